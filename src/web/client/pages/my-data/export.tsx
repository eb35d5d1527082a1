import {
  Button,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { problemOf, useQuery } from '../../api';
import { useObjectUrl } from '../../downloads';
import { Loading, Problem } from '../../states';
import { SavedStatus } from './status';

/** A signed-in person leaves personId out: the API then answers with their own data. */
const EXPORT_MY_DATA = `
  query ExportMyData {
    exportMyData {
      personId
      generatedAt
      json
    }
  }
`;

interface PersonalDataExport {
  readonly personId: string;
  readonly generatedAt: string;
  readonly json: string;
}

/** Section 3: everything Kennissen stores about the person, as a JSON file (AVG art. 15 and 20). */
export function ExportSection() {
  const [requested, setRequested] = useState(false);
  const [result, run] = useQuery<{ exportMyData: PersonalDataExport }>({
    query: EXPORT_MY_DATA,
    pause: !requested,
  });
  const [usedAt, setUsedAt] = useState<string | null>(null);
  const problem = problemOf(result.error);
  const exported = result.data?.exportMyData;
  const ready = exported && !result.fetching && !problem ? exported : null;
  const used = ready !== null && usedAt === ready.generatedAt;

  const ask = (): void => {
    if (requested) run({ requestPolicy: 'network-only' });
    else setRequested(true);
  };

  return (
    <section aria-labelledby="mijn-export" aria-busy={result.fetching}>
      <Heading2 id="mijn-export">Uw gegevens downloaden</Heading2>
      <ExportContents />
      <div className="kn-actions">
        <Button appearance="primary-action-button" busy={result.fetching} onClick={ask}>
          Download mijn gegevens
        </Button>
      </div>
      {result.fetching ? <Loading what="Uw gegevens" /> : null}
      {problem ? <Problem problem={problem} onRetry={ask} /> : null}
      {ready ? (
        <DownloadLink
          key={ready.generatedAt}
          exported={ready}
          used={used}
          onUsed={() => setUsedAt(ready.generatedAt)}
        />
      ) : null}
      <SavedStatus
        message={
          ready
            ? used
              ? 'Het bestand is gedownload.'
              : 'Uw gegevens staan klaar om op te slaan.'
            : ''
        }
      />
    </section>
  );
}

/** What the export holds and leaves out, after docs/privacy.md. */
function ExportContents() {
  return (
    <>
      <Paragraph>
        U krijgt alles wat Kennissen over u bewaart in één bestand (JSON, leesbaar voor andere
        programma’s, zodat u het kunt meenemen):
      </Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          uw profiel: naam, e-mailadres, functie, beschrijving, beschikbaarheid, zichtbaarheid,
          gemeente en afdeling, en wanneer het is aangemaakt en gewijzigd;
        </UnorderedListItem>
        <UnorderedListItem>uw vaardigheden met hun niveau, en wat u wilt leren;</UnorderedListItem>
        <UnorderedListItem>
          uw ervaringen met vraagstukken: rol, resultaat, jaar en geleerde lessen;
        </UnorderedListItem>
        <UnorderedListItem>
          uw kennissen: de namen van wie u mag zien, en van de anderen alleen hoeveel het er zijn;
        </UnorderedListItem>
        <UnorderedListItem>
          wie u na een introductie hebt geholpen en wie u heeft geholpen, met de waardering;
        </UnorderedListItem>
        <UnorderedListItem>
          de leerprogramma’s waarin u deelneemt, mentor bent of die u coördineert (ook eerdere), en
          de voortgang die u vastlegde;
        </UnorderedListItem>
        <UnorderedListItem>
          elke introductie waaraan u deelnam, met de teksten van beide kanten;
        </UnorderedListItem>
        <UnorderedListItem>
          het auditlogboek over u: wat u of anderen met uw gegevens deden, wanneer, met welk
          resultaat en vanaf welk IP-adres, en welke gekoppelde systemen uw e-mailadres te zien
          kregen.
        </UnorderedListItem>
      </UnorderedList>
      <Paragraph>
        Andere mensen staan er alleen met hun id in. Niet in het bestand: het logboek van de dienst
        (dat alleen ids bevat) en de back-ups. Elke download wordt in het auditlogboek vastgelegd.
        Het bestand bevat persoonsgegevens: bewaar het zorgvuldig.
      </Paragraph>
    </>
  );
}

/**
 * The export as a file the person saves: a Blob URL behind a download link. The URL is revoked
 * once the link was used (or when it goes away), so the data does not linger in the page's memory.
 */
function DownloadLink({
  exported,
  used,
  onUsed,
}: {
  exported: PersonalDataExport;
  used: boolean;
  onUsed: () => void;
}) {
  const file = useMemo(
    () => new Blob([exported.json], { type: 'application/json' }),
    [exported.json],
  );
  const url = useObjectUrl(file);
  const link = useRef<HTMLAnchorElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const fileName = `kennissen-mijn-gegevens-${exported.generatedAt.slice(0, 10)}.json`;

  // The person asked for it: take them to the link, the status says it is ready.
  useEffect(() => {
    if (url) link.current?.focus();
  }, [url]);

  // The used link is replaced by a sentence: keep the focus near it rather than nowhere.
  useEffect(() => {
    if (used) heading.current?.focus();
  }, [used]);

  const activated = (): void => {
    if (!url) return;
    // Revoked after the browser has started the download, which it does on this click.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
    onUsed();
  };

  return (
    <>
      <Heading3 ref={heading} tabIndex={-1}>
        Uw bestand
      </Heading3>
      {used ? (
        <Paragraph>
          Het bestand {fileName} is gedownload. Wilt u het nog eens? Kies dan opnieuw &quot;Download
          mijn gegevens&quot;.
        </Paragraph>
      ) : url ? (
        <Paragraph>
          <Link ref={link} href={url} download={fileName} onClick={activated}>
            Sla het bestand {fileName} op
          </Link>{' '}
          (gemaakt op {new Date(exported.generatedAt).toLocaleString('nl-NL')}).
        </Paragraph>
      ) : null}
    </>
  );
}
