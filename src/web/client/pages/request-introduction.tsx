import { Alert, Button, Link, Paragraph, Textarea } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { problemOf, useMutation } from '../api';
import { DescribedField } from '../components/described-field';
import { type PersonRef } from '../people';
import { hrefOf } from '../routes';
import { useSession } from '../session';
import { Problem } from '../states';

const REQUEST = `
  mutation RequestIntroduction($expertId: ID!, $message: String!, $via: ID) {
    requestIntroduction(expertId: $expertId, message: $message, via: $via) { id status }
  }
`;

const MAX_MESSAGE = 2000;

/**
 * Asking for an introduction to a colleague, with a message, through the first acquaintance on
 * the path when there is one. Only a signed-in person can ask: the request is theirs.
 */
export function RequestIntroduction({ expert, via }: { expert: PersonRef; via: PersonRef | null }) {
  const { session, signIn } = useSession();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [result, request] = useMutation<{ requestIntroduction: { id: string } }>(REQUEST);
  const fieldId = useId();

  if (result.data) {
    const id = result.data.requestIntroduction.id;
    return (
      <Alert type="ok" role="status">
        <Paragraph>
          Uw verzoek is verstuurd naar {expert.name}
          {via ? `, via ${via.name}` : ''}.{' '}
          <Link href={hrefOf({ name: 'introductions', id })}>Bekijk het verzoek</Link>.
        </Paragraph>
      </Alert>
    );
  }
  if (!session) {
    return signIn ? (
      <div className="kn-actions">
        <Button appearance="secondary-action-button" onClick={signIn}>
          Meld u aan om een introductie te vragen
        </Button>
      </div>
    ) : null;
  }
  if (!open) {
    return (
      <div className="kn-actions">
        <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
          Vraag een introductie aan {expert.name}
        </Button>
      </div>
    );
  }
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const text = message.trim();
    setInvalid(text.length === 0);
    if (text.length === 0) return;
    void request({ expertId: expert.id, message: text, via: via?.id ?? null });
  };
  const problem = problemOf(result.error);
  return (
    <form
      className="kn-form"
      onSubmit={submit}
      noValidate
      aria-label={`Introductie bij ${expert.name}`}
    >
      <DescribedField
        id={fieldId}
        label={<>Uw bericht aan {expert.name}</>}
        help={
          <>
            Wie u bent en wat u wilt vragen (hoogstens {MAX_MESSAGE} tekens).
            {via ? ` ${via.name} wordt gevraagd het door te geven.` : ''}
          </>
        }
        error={invalid ? 'Schrijf een bericht.' : null}
      >
        {(describedBy) => (
          <Textarea
            id={fieldId}
            value={message}
            maxLength={MAX_MESSAGE}
            rows={4}
            invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => setMessage(event.target.value)}
          />
        )}
      </DescribedField>
      {problem ? <Problem problem={problem} /> : null}
      <div className="kn-actions">
        <Button type="submit" appearance="primary-action-button" busy={result.fetching}>
          Verstuur het verzoek
        </Button>
        <Button appearance="subtle-button" onClick={() => setOpen(false)}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}
