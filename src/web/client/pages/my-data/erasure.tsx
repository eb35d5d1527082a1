import {
  Alert,
  Button,
  Checkbox,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { problemOf, useMutation } from '../../api';
import { useSession } from '../../session';
import { Problem } from '../../states';

/** A signed-in person may erase only themselves (docs/privacy.md, "Erasure"). */
const ERASE_ME = `
  mutation EraseMe($id: ID!) {
    erasePerson(id: $id) {
      reference
      removedFromGraph
      introductionsAnonymised
      auditRecordsPseudonymised
      outboxEventsScrubbed
    }
  }
`;

/** What erasePerson did; it holds no personal data (reference is the pseudonym). */
export interface ErasureResult {
  readonly reference: string;
  readonly removedFromGraph: boolean;
  readonly introductionsAnonymised: number;
  readonly auditRecordsPseudonymised: number;
  readonly outboxEventsScrubbed: number;
}

/**
 * Section 4: how erasure works, and the person's own erasure. The API lets a signed-in person
 * erase themselves (and an administrator anyone), so the button is theirs to use; it asks them
 * to confirm first, because nothing brings the data back.
 */
export function ErasureSection({
  personId,
  onErased,
}: {
  personId: string;
  onErased: (result: ErasureResult) => void;
}) {
  return (
    <section aria-labelledby="mijn-wissen">
      <Heading2 id="mijn-wissen">Uw gegevens laten wissen</Heading2>
      <Paragraph>
        U kunt uzelf hieronder uit Kennissen wissen (het recht op vergetelheid, AVG artikel 17). Een
        beheerder van Kennissen kan dat ook op uw verzoek voor u doen. Collega’s en HR kunnen u niet
        wissen.
      </Paragraph>
      <Heading3>Wat er gebeurt</Heading3>
      <UnorderedList>
        <UnorderedListItem>
          Uw profiel verdwijnt meteen uit de gids, met uw vaardigheden, ervaringen, kennissen, wat u
          wilt leren en uw deelname aan leerprogramma’s.
        </UnorderedListItem>
        <UnorderedListItem>
          In introducties wordt uw naam vervangen door een schuilnaam en worden alle teksten gewist
          (ook die van de ander); open verzoeken worden geannuleerd.
        </UnorderedListItem>
        <UnorderedListItem>
          In het auditlogboek komt dezelfde schuilnaam in plaats van uw id.
        </UnorderedListItem>
        <UnorderedListItem>Daarna kunt u zich niet meer aanmelden bij Kennissen.</UnorderedListItem>
      </UnorderedList>
      <Heading3>Wat blijft</Heading3>
      <UnorderedList>
        <UnorderedListItem>
          De auditregels met uw schuilnaam (tijd, handeling, resultaat en IP-adres) en de
          introducties zonder teksten. Die schuilnaam is terug te rekenen door wie uw id kent.
        </UnorderedListItem>
        <UnorderedListItem>
          Wat anderen over hun eigen werk vastlegden, zoals een collega die u adviseerde.
        </UnorderedListItem>
        <UnorderedListItem>
          Kopieën van vóór het wissen: back-ups, eerdere exports en e-mail die al is verstuurd. Zet
          uw gemeente u later opnieuw in de gids (bijvoorbeeld vanuit het personeelssysteem), dan
          staat u er weer in.
        </UnorderedListItem>
      </UnorderedList>
      <Paragraph>
        Wilt u uw gegevens bewaren? Download ze dan eerst hierboven: na het wissen kan dat niet
        meer.
      </Paragraph>
      <EraseMyself personId={personId} onErased={onErased} />
    </section>
  );
}

function EraseMyself({
  personId,
  onErased,
}: {
  personId: string;
  onErased: (result: ErasureResult) => void;
}) {
  const [confirmed, setConfirmed] = useState(false);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const [result, runErase] = useMutation<{ erasePerson: ErasureResult }>(ERASE_ME);
  const id = useId();
  const problem = problemOf(result.error);

  const erase = async (): Promise<void> => {
    if (!confirmed) {
      setUnconfirmed(true);
      document.getElementById(`${id}-confirm`)?.focus();
      return;
    }
    const answer = await runErase({ id: personId });
    if (answer.data) onErased(answer.data.erasePerson);
  };

  return (
    <div className="kn-form">
      <FormField type="checkbox" invalid={unconfirmed}>
        {unconfirmed ? (
          <FormFieldDescription id={`${id}-error`} invalid>
            Vink eerst aan dat u begrijpt wat wissen betekent.
          </FormFieldDescription>
        ) : null}
        <Checkbox
          id={`${id}-confirm`}
          checked={confirmed}
          invalid={unconfirmed}
          aria-describedby={unconfirmed ? `${id}-error` : undefined}
          onChange={(event) => {
            setConfirmed(event.target.checked);
            if (event.target.checked) setUnconfirmed(false);
          }}
        />
        <FormLabel htmlFor={`${id}-confirm`} type="checkbox" checked={confirmed}>
          Ik begrijp dat wissen niet ongedaan kan worden en dat ik daarna niet meer in Kennissen
          sta.
        </FormLabel>
      </FormField>
      {problem ? <Problem problem={problem} /> : null}
      <div className="kn-actions">
        <Button
          appearance="secondary-action-button"
          hint="danger"
          busy={result.fetching}
          onClick={() => void erase()}
        >
          Wis mijn gegevens
        </Button>
      </div>
    </div>
  );
}

/** After the erasure: what was done, and the way out (the sign-in no longer works). */
export function ErasureDone({ result }: { result: ErasureResult }) {
  const { signOut } = useSession();
  const alert = useRef<HTMLDivElement>(null);
  // The rest of the page is gone: take the focus to what happened.
  useEffect(() => alert.current?.focus(), []);
  return (
    <Alert type="ok" role="status" ref={alert} tabIndex={-1}>
      <Heading2>Uw gegevens zijn gewist</Heading2>
      <Paragraph>
        {result.removedFromGraph
          ? 'U staat niet meer in Kennissen.'
          : 'U stond al niet meer in de gids; wat er nog van u over was, is nu ook opgeruimd.'}{' '}
        Uw aanmelding werkt in Kennissen niet meer: meld u af.
      </Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>Introducties zonder uw naam en teksten</DataListKey>
          <DataListValue>{result.introductionsAnonymised}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Auditregels met uw schuilnaam</DataListKey>
          <DataListValue>{result.auditRecordsPseudonymised}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Berichten in de wachtrij leeggemaakt</DataListKey>
          <DataListValue>{result.outboxEventsScrubbed}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Uw schuilnaam in het auditlogboek (kenmerk)</DataListKey>
          <DataListValue className="kn-my-data-reference">{result.reference}</DataListValue>
        </DataListItem>
      </DataList>
      <Paragraph>
        Noteer het kenmerk als u de beheerder later nog iets over dit verzoek wilt vragen.
      </Paragraph>
      <Button appearance="primary-action-button" onClick={signOut}>
        Afmelden
      </Button>
    </Alert>
  );
}
