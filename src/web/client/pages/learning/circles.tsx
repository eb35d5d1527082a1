import {
  Button,
  FormField,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { problemOf, useMutation } from '../../api';
import { PersonLink } from '../../people';
import { Empty } from '../../states';
import { ActionResult, ConfirmButton, countOf, isOpen, LearningProblem } from './common';
import { type Circle, type SectionProps } from './model';
import { ParticipantChoice } from './participant-choice';

const FORM_CIRCLES = `
  mutation FormCircles($programmeId: ID!) {
    formLearningCircles(programmeId: $programmeId) {
      number municipalityCount averageLevel explanation
      members { id }
    }
  }
`;

const MOVE = `
  mutation MoveToCircle($programmeId: ID!, $personId: ID!, $circle: Int) {
    moveToLearningCircle(programmeId: $programmeId, personId: $personId, circle: $circle) {
      number explanation
      members { id }
    }
  }
`;

interface CircleAnswer {
  readonly number: number;
  readonly explanation: string;
  readonly members: ReadonlyArray<{ readonly id: string }>;
}

const SMALLEST = 4;
const LARGEST = 8;
/** The API numbers circles 1..50. */
const MOST_CIRCLES = 50;

/**
 * Learning circles of 4–8 participants across municipalities, and the coordinator's hand. Each
 * circle's explanation (from the API) says why it looks as it does, and warns outside 4–8.
 */
export function CirclesSection({ programme, onChanged }: SectionProps) {
  const headingId = useId();
  const open = isOpen(programme.status);
  const outside = programme.participants.filter((participant) => participant.circle === null);
  return (
    <section aria-labelledby={headingId} className="kn-learning-section">
      <Heading2 id={headingId}>Leerkringen</Heading2>
      {programme.circles.length === 0 ? (
        <Empty>
          Nog geen leerkringen
          {open ? '. Vorm ze zodra er ten minste vier deelnemers zijn.' : '.'}
        </Empty>
      ) : (
        programme.circles.map((circle) => <CircleCard key={circle.number} circle={circle} />)
      )}
      {programme.circles.length > 0 && outside.length > 0 ? (
        <Paragraph>
          Nog zonder leerkring: {outside.map((participant) => participant.person.name).join(', ')}.
        </Paragraph>
      ) : null}
      {open ? (
        <>
          <FormCircles programme={programme} onChanged={onChanged} />
          <MoveToCircle programme={programme} onChanged={onChanged} />
        </>
      ) : null}
    </section>
  );
}

function CircleCard({ circle }: { circle: Circle }) {
  const headingId = useId();
  return (
    <article className="kn-card" aria-labelledby={headingId}>
      <Heading3 id={headingId}>Leerkring {circle.number}</Heading3>
      <Paragraph>{circle.explanation}</Paragraph>
      <UnorderedList>
        {circle.members.map((member) => (
          <UnorderedListItem key={member.id}>
            <PersonLink person={member} /> ({member.municipality.name})
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </article>
  );
}

/** formLearningCircles: all participants anew, replacing the circles there are. */
function FormCircles({ programme, onChanged }: SectionProps) {
  const [message, setMessage] = useState<ReactNode>(null);
  const [result, form] = useMutation<{ formLearningCircles: CircleAnswer[] }>(FORM_CIRCLES);
  const run = (): void => {
    setMessage(null);
    void form({ programmeId: programme.id }).then((answer) => {
      const circles = answer.data?.formLearningCircles;
      if (!circles) return;
      setMessage(
        `${circles.length} ${circles.length === 1 ? 'leerkring' : 'leerkringen'} gevormd: ${circles
          .map(
            (circle) =>
              `kring ${circle.number} met ${countOf(circle.members.length, 'deelnemer', 'deelnemers')}`,
          )
          .join(', ')}.`,
      );
      onChanged();
    });
  };
  const problem = problemOf(result.error);
  const count = programme.participants.length;
  return (
    <>
      <Heading3>Leerkringen vormen</Heading3>
      <Paragraph>
        Kennissen verdeelt alle {count} deelnemers over kringen van {SMALLEST} tot {LARGEST}, met zo
        veel mogelijk gemeenten door elkaar en de sterkste deelnemers over de kringen gespreid.
        {programme.circles.length > 0 ? ' Dit vervangt de huidige indeling.' : ''}
      </Paragraph>
      {problem ? <LearningProblem problem={problem} need="manage" /> : null}
      <ActionResult>{message}</ActionResult>
      <div className="kn-actions">
        {programme.circles.length > 0 ? (
          <ConfirmButton
            label="Vorm de leerkringen opnieuw"
            confirmLabel="Ja, vervang de huidige leerkringen"
            busy={result.fetching}
            onConfirm={run}
          />
        ) : (
          <Button appearance="primary-action-button" busy={result.fetching} onClick={run}>
            Vorm leerkringen
          </Button>
        )}
      </div>
    </>
  );
}

/** moveToLearningCircle: one participant to another circle, or out of every circle. */
function MoveToCircle({ programme, onChanged }: SectionProps) {
  const formId = useId();
  const [personId, setPersonId] = useState('');
  const [circle, setCircle] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [message, setMessage] = useState<ReactNode>(null);
  const [result, move] = useMutation<{ moveToLearningCircle: CircleAnswer[] }>(MOVE);
  if (programme.circles.length === 0) return null;

  // The circles there are, and one more for a coordinator who wants to split one off.
  const highest = Math.max(0, ...programme.circles.map((c) => c.number));
  const existing = new Set(programme.circles.map((c) => c.number));
  const numbers = Array.from(
    { length: Math.min(highest + 1, MOST_CIRCLES) },
    (_, index) => index + 1,
  );
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setInvalid(personId === '');
    if (personId === '') return;
    setMessage(null);
    const name = programme.participants.find((p) => p.person.id === personId)?.person.name;
    const target = circle === '' ? null : Number(circle);
    void move({ programmeId: programme.id, personId, circle: target }).then((answer) => {
      const circles = answer.data?.moveToLearningCircle;
      if (!circles) return;
      const odd = circles.filter((c) => c.members.length < SMALLEST || c.members.length > LARGEST);
      setMessage(
        `${name ?? 'De deelnemer'} ${target === null ? 'zit nu in geen leerkring' : `zit nu in leerkring ${target}`}.${odd
          .map((c) => ` Leerkring ${c.number}: ${c.explanation}`)
          .join('')}`,
      );
      onChanged();
    });
  };
  const problem = problemOf(result.error);
  return (
    <>
      <Heading3>Een deelnemer verplaatsen</Heading3>
      <form className="kn-form" onSubmit={submit} noValidate>
        <ParticipantChoice
          id={`${formId}-person`}
          participants={programme.participants}
          now={({ circle: now }) => (now === null ? 'geen leerkring' : `leerkring ${now}`)}
          value={personId}
          error={invalid ? 'Kies de deelnemer die u wilt verplaatsen.' : null}
          onChange={setPersonId}
        />
        <FormField>
          <FormLabel htmlFor={`${formId}-circle`}>Naar</FormLabel>
          <Select
            id={`${formId}-circle`}
            value={circle}
            onChange={(event) => setCircle(event.target.value)}
          >
            <SelectOption value="">Geen leerkring</SelectOption>
            {numbers.map((number) => (
              <SelectOption key={number} value={String(number)}>
                Leerkring {number}
                {existing.has(number) ? '' : ' (nieuw)'}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        {problem ? <LearningProblem problem={problem} need="manage" /> : null}
        <ActionResult>{message}</ActionResult>
        <div className="kn-actions">
          <Button type="submit" appearance="secondary-action-button" busy={result.fetching}>
            Verplaats
          </Button>
        </div>
      </form>
    </>
  );
}
