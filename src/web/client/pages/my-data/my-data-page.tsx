import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSession } from '../../session';
import { ErasureSection, type ErasureResult, ErasureDone } from './erasure';
import { ExportSection } from './export';
import { ProfileSection } from './profile';
import { SkillsSection } from './skills';
import './my-data.css';

/**
 * Mijn gegevens: the signed-in person's own profile, skills and learning wishes, the download
 * of everything Kennissen stores about them, and how to be erased. Only for a signed-in person
 * whose token names them: everything here acts on `session.personId`.
 */
export function MyDataPage(_props: { id?: string }) {
  const { session } = useSession();
  const [erased, setErased] = useState<ErasureResult | null>(null);

  if (!session) {
    return <Refused reason="Meld u aan om uw eigen gegevens te bekijken en te wijzigen." />;
  }
  if (!session.personId) {
    return (
      <Refused
        reason={`U bent aangemeld als ${session.name}, maar uw aanmelding hoort bij niemand in de gids van Kennissen. Meld u aan met het account waarmee u in Kennissen staat, of vraag de beheerder u op te nemen.`}
      />
    );
  }
  if (erased) {
    return (
      <>
        <Heading1>Mijn gegevens</Heading1>
        <ErasureDone result={erased} />
      </>
    );
  }
  return (
    <>
      <Heading1>Mijn gegevens</Heading1>
      <Paragraph>
        Wat Kennissen over u bewaart: uw profiel, uw vaardigheden en wat u wilt leren. U kunt het
        hier zelf aanpassen, alles downloaden en uzelf laten wissen.
      </Paragraph>
      <ProfileSection personId={session.personId} />
      <SkillsSection personId={session.personId} />
      <ExportSection />
      <ErasureSection personId={session.personId} onErased={setErased} />
    </>
  );
}

/** Nobody (or no person of the directory) is signed in: nothing here can be shown. */
function Refused({ reason }: { reason: string }) {
  const { signIn } = useSession();
  return (
    <>
      <Heading1>Mijn gegevens</Heading1>
      <Alert type="warning" role="alert">
        <Heading2>Aanmelden nodig</Heading2>
        <Paragraph>{reason}</Paragraph>
        {signIn ? (
          <Button appearance="primary-action-button" onClick={signIn}>
            Aanmelden
          </Button>
        ) : (
          <Paragraph>
            Aanmelden is op deze installatie niet ingeschakeld. Vraag de beheerder van Kennissen om
            uw gegevens.
          </Paragraph>
        )}
      </Alert>
    </>
  );
}
