import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading3,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  StatusBadge,
  Textarea,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { problemOf, useMutation } from '../api';
import { type PersonRef, PersonLink } from '../people';
import { Problem } from '../states';

export interface IntroductionView {
  readonly id: string;
  readonly status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'COMPLETED' | 'CANCELLED';
  readonly message: string;
  readonly responseNote: string | null;
  readonly requestedAt: string;
  readonly helpful: boolean | null;
  readonly rating: number | null;
  readonly requester: PersonRef;
  readonly expert: PersonRef;
  readonly via: PersonRef | null;
}

const STATUS_LABELS: Record<IntroductionView['status'], string> = {
  PENDING: 'Wacht op antwoord',
  ACCEPTED: 'Geaccepteerd',
  DECLINED: 'Afgewezen',
  COMPLETED: 'Afgerond',
  CANCELLED: 'Ingetrokken',
};

const RESPOND = `
  mutation Respond($id: ID!, $answer: IntroductionAnswer!, $note: String) {
    respondToIntroduction(id: $id, answer: $answer, note: $note) { id status }
  }
`;
const COMPLETE = `
  mutation Complete($id: ID!, $helpful: Boolean!, $rating: Int!, $feedback: String) {
    completeIntroduction(id: $id, helpful: $helpful, rating: $rating, feedback: $feedback) { id status }
  }
`;

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });

/** One introduction, with the step that is the person's to take: answer it, or complete it. */
export function IntroductionCard({
  introduction,
  direction,
  highlighted,
  onChanged,
}: {
  introduction: IntroductionView;
  direction: 'INCOMING' | 'OUTGOING';
  highlighted: boolean;
  onChanged: () => void;
}) {
  const card = useRef<HTMLElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (highlighted) card.current?.scrollIntoView({ block: 'start' });
  }, [highlighted]);
  const other = direction === 'INCOMING' ? introduction.requester : introduction.expert;
  return (
    <article
      ref={card}
      className="kn-card"
      aria-labelledby={headingId}
      aria-current={highlighted ? 'true' : undefined}
    >
      <Heading3 id={headingId}>
        {direction === 'INCOMING' ? 'Van ' : 'Aan '}
        <PersonLink person={other} />
        {other.municipality ? ` (${other.municipality.name})` : ''}
      </Heading3>
      <Paragraph>
        <StatusBadge>{STATUS_LABELS[introduction.status]}</StatusBadge> · gevraagd op{' '}
        {dateFormat.format(new Date(introduction.requestedAt))}
        {introduction.via ? ` · via ${introduction.via.name}` : ''}
      </Paragraph>
      <Paragraph>“{introduction.message}”</Paragraph>
      {introduction.responseNote ? (
        <Paragraph>
          Antwoord van {introduction.expert.name}: “{introduction.responseNote}”
        </Paragraph>
      ) : null}
      {direction === 'INCOMING' && introduction.status === 'PENDING' ? (
        <AnswerForm id={introduction.id} requester={introduction.requester} onDone={onChanged} />
      ) : null}
      {direction === 'OUTGOING' && introduction.status === 'ACCEPTED' ? (
        <CompleteForm id={introduction.id} expert={introduction.expert} onDone={onChanged} />
      ) : null}
    </article>
  );
}

function AnswerForm({
  id,
  requester,
  onDone,
}: {
  id: string;
  requester: PersonRef;
  onDone: () => void;
}) {
  const [note, setNote] = useState('');
  const [result, respond] = useMutation(RESPOND);
  const noteId = useId();
  const answer = async (value: 'ACCEPTED' | 'DECLINED'): Promise<void> => {
    const outcome = await respond({ id, answer: value, note: note.trim() || null });
    if (!outcome.error) onDone();
  };
  const problem = problemOf(result.error);
  return (
    <form
      className="kn-form"
      onSubmit={(event) => event.preventDefault()}
      aria-label={`Antwoord aan ${requester.name}`}
    >
      <FormField>
        <FormLabel htmlFor={noteId}>Uw antwoord aan {requester.name} (niet verplicht)</FormLabel>
        <Textarea
          id={noteId}
          value={note}
          maxLength={2000}
          rows={3}
          onChange={(event) => setNote(event.target.value)}
        />
      </FormField>
      {problem ? <Problem problem={problem} /> : null}
      <div className="kn-actions">
        <Button
          appearance="primary-action-button"
          busy={result.fetching}
          onClick={() => void answer('ACCEPTED')}
        >
          Accepteren
        </Button>
        <Button
          appearance="secondary-action-button"
          busy={result.fetching}
          onClick={() => void answer('DECLINED')}
        >
          Afwijzen
        </Button>
      </div>
    </form>
  );
}

function CompleteForm({
  id,
  expert,
  onDone,
}: {
  id: string;
  expert: PersonRef;
  onDone: () => void;
}) {
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const [rating, setRating] = useState('');
  const [feedback, setFeedback] = useState('');
  const [missing, setMissing] = useState(false);
  const [result, complete] = useMutation(COMPLETE);
  const baseId = useId();
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const incomplete = helpful === null || rating === '';
    setMissing(incomplete);
    if (incomplete) return;
    const outcome = await complete({
      id,
      helpful,
      rating: Number(rating),
      feedback: feedback.trim() || null,
    });
    if (!outcome.error) onDone();
  };
  const problem = problemOf(result.error);
  return (
    <form
      className="kn-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={`Afronden met ${expert.name}`}
    >
      <Fieldset
        invalid={missing && helpful === null}
        aria-describedby={missing ? `${baseId}-missing` : undefined}
      >
        <FieldsetLegend>Hielp {expert.name} u verder?</FieldsetLegend>
        {[true, false].map((value) => (
          <FormField type="radio" key={String(value)}>
            <RadioButton
              id={`${baseId}-helpful-${value}`}
              name={`${baseId}-helpful`}
              checked={helpful === value}
              onChange={() => setHelpful(value)}
            />
            <FormLabel htmlFor={`${baseId}-helpful-${value}`} type="radio">
              {value ? 'Ja' : 'Nee'}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <FormField invalid={missing && rating === ''}>
        <FormLabel htmlFor={`${baseId}-rating`}>
          Hoeveel hielp het, van 1 (niet) tot 5 (heel veel)?
        </FormLabel>
        <Select
          id={`${baseId}-rating`}
          value={rating}
          invalid={missing && rating === ''}
          onChange={(event) => setRating(event.target.value)}
        >
          <SelectOption value="">Kies een cijfer</SelectOption>
          {[1, 2, 3, 4, 5].map((value) => (
            <SelectOption key={value} value={String(value)}>
              {value}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${baseId}-feedback`}>Wat leverde het op? (niet verplicht)</FormLabel>
        <Textarea
          id={`${baseId}-feedback`}
          value={feedback}
          maxLength={2000}
          rows={3}
          onChange={(event) => setFeedback(event.target.value)}
        />
      </FormField>
      {missing ? (
        <FormFieldDescription id={`${baseId}-missing`} invalid>
          Geef aan of het hielp en kies een cijfer.
        </FormFieldDescription>
      ) : null}
      {problem ? <Problem problem={problem} /> : null}
      <div className="kn-actions">
        <Button type="submit" appearance="primary-action-button" busy={result.fetching}>
          Rond de introductie af
        </Button>
      </div>
    </form>
  );
}
