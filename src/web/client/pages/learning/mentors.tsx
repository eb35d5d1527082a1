import {
  Button,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { problemOf, useMutation } from '../../api';
import { DescribedField } from '../../components/described-field';
import { OnRequest } from '../../components/on-request';
import { ScrollTable } from '../../components/scroll-table';
import { LoadMoreButton } from '../../paging';
import { AVAILABILITY_LABELS, PersonLink, titleAndMunicipality } from '../../people';
import { Empty } from '../../states';
import {
  ActionResult,
  ConfirmButton,
  countOf,
  formatDate,
  formatNumber,
  isOpen,
  LearningProblem,
  PERSON_FIELDS,
  type PersonSummary,
  useActionOutcome,
} from './common';
import { type Mentor, type Programme, type SectionProps } from './model';
import { ParticipantChoice } from './participant-choice';
import { PersonPicker } from './pickers';
import { SuggestionsArea, useSuggestions } from './suggestions';

const SUGGEST_MENTORS = `
  query SuggestMentors($programmeId: ID!, $first: Int!) {
    suggestMentors(programmeId: $programmeId, first: $first) {
      score
      reasons
      insideProgrammeArea
      mentees
      person { ${PERSON_FIELDS} }
      sharedSkills { id name }
    }
  }
`;

const ADD_MENTOR = `
  mutation AddMentor($programmeId: ID!, $personId: ID!) {
    addProgrammeMentor(programmeId: $programmeId, personId: $personId) {
      id
      mentors { person { id } }
    }
  }
`;

const REMOVE_MENTOR = `
  mutation RemoveMentor($programmeId: ID!, $personId: ID!) {
    removeProgrammeMentor(programmeId: $programmeId, personId: $personId)
  }
`;

const PAIR_MENTORS = `
  mutation PairMentors($programmeId: ID!, $replace: Boolean!) {
    pairMentors(programmeId: $programmeId, replace: $replace) {
      pairs { fit kept reasons participant { id name } mentor { id name } }
      unpaired { reason participant { id name } }
    }
  }
`;

const SET_MENTOR = `
  mutation SetMentor($programmeId: ID!, $participantId: ID!, $mentorId: ID) {
    setProgrammeMentor(programmeId: $programmeId, participantId: $participantId, mentorId: $mentorId) {
      fit kept reasons participant { id name } mentor { id name }
    }
  }
`;

interface MentorSuggestion {
  readonly score: number;
  readonly reasons: readonly string[];
  readonly insideProgrammeArea: boolean;
  readonly mentees: number;
  readonly person: PersonSummary;
  readonly sharedSkills: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

interface PersonRef {
  readonly id: string;
  readonly name: string;
}

interface MentorPair {
  readonly fit: number;
  readonly kept: boolean;
  readonly reasons: readonly string[];
  readonly participant: PersonRef;
  readonly mentor: PersonRef;
}

interface MentorPairing {
  readonly pairs: readonly MentorPair[];
  readonly unpaired: ReadonlyArray<{ readonly reason: string; readonly participant: PersonRef }>;
}

/**
 * Mentors and mentor pairs: who mentors, Kennissen's suggestions for more, pairing everyone with
 * the best fit, and the coordinator's adjustments.
 */
export function MentorsSection({ programme, onChanged }: SectionProps) {
  const headingId = useId();
  const outcome = useActionOutcome();
  const [added, add] = useMutation<{
    addProgrammeMentor: { mentors: ReadonlyArray<{ person: { id: string } }> };
  }>(ADD_MENTOR);
  const [, remove] = useMutation<{ removeProgrammeMentor: boolean }>(REMOVE_MENTOR);
  const open = isOpen(programme.status);

  const addMentor = (person: PersonSummary, then?: () => void): void =>
    outcome.act(
      () => add({ programmeId: programme.id, personId: person.id }),
      (answer) => {
        const result = answer.data?.addProgrammeMentor;
        return result
          ? `${person.name} is nu mentor. Het programma heeft ${countOf(result.mentors.length, 'mentor', 'mentoren')}; koppel ze hieronder aan deelnemers.`
          : null;
      },
      () => {
        then?.();
        onChanged();
      },
    );
  const stop = (mentor: Mentor): void =>
    outcome.act(
      () => remove({ programmeId: programme.id, personId: mentor.person.id }),
      (answer) => {
        if (answer.error) return null;
        return answer.data?.removeProgrammeMentor
          ? `${mentor.person.name} is geen mentor meer; wie bij hen gekoppeld was, heeft nu geen mentor.`
          : `${mentor.person.name} was al geen mentor meer.`;
      },
      onChanged,
    );

  return (
    <section aria-labelledby={headingId} className="kn-learning-section">
      <Heading2 id={headingId}>Mentoren en koppels</Heading2>
      <ActionResult>{outcome.message}</ActionResult>
      {outcome.problem ? <LearningProblem problem={outcome.problem} need="manage" /> : null}
      {programme.mentors.length === 0 ? (
        <Empty>Nog geen mentoren{open ? '. Laat Kennissen mentoren voorstellen.' : '.'}</Empty>
      ) : (
        <MentorsTable programme={programme} onStop={open ? stop : null} />
      )}
      {open ? (
        <>
          <Heading3>Mentoren voorstellen</Heading3>
          <Paragraph>
            Kennissen zoekt collega&apos;s die de vraagstukken van dit programma of vergelijkbare al
            hebben aangepakt, bij voorkeur uit de eigen gemeenten, en die nog ruimte hebben om te
            begeleiden.
          </Paragraph>
          <OnRequest label="Stel mentoren voor">
            <MentorSuggestions
              programmeId={programme.id}
              adding={added.fetching}
              onAdd={addMentor}
            />
          </OnRequest>
          <Heading3>Een mentor zoeken</Heading3>
          <PersonPicker
            label="Zoek een collega als mentor"
            help="Op naam; een mentor mag uit elke gemeente komen, maar niet wie niet beschikbaar is."
            searchLabel="Zoek mentoren"
            pickedIds={new Set(programme.mentors.map(({ person }) => person.id))}
            pickLabel={(person) =>
              `Voeg ${person.name} (${person.municipality.name}) toe als mentor`
            }
            busy={added.fetching}
            onPick={(person) => addMentor(person)}
          />
          <PairMentors programme={programme} onChanged={onChanged} />
          <SetMentor programme={programme} onChanged={onChanged} />
        </>
      ) : null}
    </section>
  );
}

function MentorsTable({
  programme,
  onStop,
}: {
  programme: Programme;
  onStop: ((mentor: Mentor) => void) | null;
}) {
  return (
    <ScrollTable
      caption={
        <>
          {countOf(programme.mentors.length, 'mentor', 'mentoren')}, met de deelnemers die zij in
          dit programma begeleiden
        </>
      }
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Naam</TableHeaderCell>
          <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
          <TableHeaderCell scope="col">Begeleidt</TableHeaderCell>
          <TableHeaderCell scope="col">Mentor sinds</TableHeaderCell>
          {onStop ? <TableHeaderCell scope="col">Mentorschap</TableHeaderCell> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {programme.mentors.map((mentor) => {
          const mentees = programme.participants.filter(
            (participant) => participant.mentor?.id === mentor.person.id,
          );
          return (
            <TableRow key={mentor.person.id}>
              <TableCell>
                <PersonLink person={mentor.person} />
              </TableCell>
              <TableCell>{mentor.person.municipality.name}</TableCell>
              <TableCell>
                {mentees.length > 0
                  ? mentees.map((participant) => participant.person.name).join(', ')
                  : 'nog niemand'}
              </TableCell>
              <TableCell>{formatDate(mentor.since)}</TableCell>
              {onStop ? (
                <TableCell>
                  <ConfirmButton
                    label={`Beëindig het mentorschap van ${mentor.person.name}`}
                    confirmLabel={`Ja, ${mentor.person.name} is geen mentor meer`}
                    onConfirm={() => onStop(mentor)}
                  />
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </ScrollTable>
  );
}

function MentorSuggestions({
  programmeId,
  adding,
  onAdd,
}: {
  programmeId: string;
  adding: boolean;
  onAdd: (person: PersonSummary, then?: () => void) => void;
}) {
  const list = useSuggestions<{ suggestMentors: MentorSuggestion[] }, MentorSuggestion>(
    SUGGEST_MENTORS,
    programmeId,
    (data) => data.suggestMentors,
  );
  return (
    <SuggestionsArea
      list={list}
      loading="Voorstellen voor mentoren"
      none="Kennissen vond niemand die deze vraagstukken of vergelijkbare heeft aangepakt en nog ruimte heeft om te begeleiden. Zoek hieronder zelf een mentor."
    >
      {list.suggestions.length > 0 ? (
        <ol
          className="kn-results kn-learning-wide"
          aria-label="Voorgestelde mentoren, best passend eerst"
        >
          {list.suggestions.map((suggestion) => (
            <li key={suggestion.person.id}>
              <MentorSuggestionCard
                suggestion={suggestion}
                adding={adding}
                onAdd={() => onAdd(suggestion.person, list.retry)}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {list.hasMore ? (
        <LoadMoreButton appearance="subtle-button" onClick={list.loadMore}>
          Meer voorstellen laden
        </LoadMoreButton>
      ) : null}
    </SuggestionsArea>
  );
}

function MentorSuggestionCard({
  suggestion,
  adding,
  onAdd,
}: {
  suggestion: MentorSuggestion;
  adding: boolean;
  onAdd: () => void;
}) {
  const { person } = suggestion;
  const headingId = useId();
  return (
    <article className="kn-card" aria-labelledby={headingId}>
      <Paragraph id={headingId}>
        <PersonLink person={person} /> ({titleAndMunicipality(person)}), score{' '}
        {formatNumber(suggestion.score)}
      </Paragraph>
      <Paragraph>
        {suggestion.insideProgrammeArea
          ? 'Werkt in een van de deelnemende gemeenten.'
          : 'Werkt buiten de deelnemende gemeenten.'}{' '}
        Begeleidt nu {suggestion.mentees} {suggestion.mentees === 1 ? 'deelnemer' : 'deelnemers'}.{' '}
        {AVAILABILITY_LABELS[person.availability] ?? person.availability}.
      </Paragraph>
      {suggestion.sharedSkills.length > 0 ? (
        <Paragraph>
          Heeft: {suggestion.sharedSkills.map((skill) => skill.name).join(', ')}
        </Paragraph>
      ) : null}
      <UnorderedList>
        {suggestion.reasons.map((reason) => (
          <UnorderedListItem key={reason}>{reason}</UnorderedListItem>
        ))}
      </UnorderedList>
      <div className="kn-actions">
        <Button
          appearance="secondary-action-button"
          busy={adding}
          disabled={adding}
          onClick={onAdd}
        >
          Voeg {person.name} toe als mentor
        </Button>
      </div>
    </article>
  );
}

/** pairMentors: every participant without a mentor (or everyone, anew) with the best fit. */
function PairMentors({ programme, onChanged }: SectionProps) {
  const formId = useId();
  const [replace, setReplace] = useState(false);
  const [pairing, setPairing] = useState<MentorPairing | null>(null);
  const [result, pair] = useMutation<{ pairMentors: MentorPairing }>(PAIR_MENTORS);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setPairing(null);
    void pair({ programmeId: programme.id, replace }).then((answer) => {
      if (!answer.data) return;
      setPairing(answer.data.pairMentors);
      onChanged();
    });
  };
  const problem = problemOf(result.error);
  const made = pairing?.pairs.filter((pair) => !pair.kept).length ?? 0;
  return (
    <>
      <Heading3>Mentoren koppelen</Heading3>
      <form className="kn-form" onSubmit={submit} noValidate>
        <Paragraph>
          Kennissen koppelt elke deelnemer zonder mentor aan de mentor die het best past: wie de
          vaardigheden heeft die de deelnemer mist, aan hetzelfde vraagstuk werkte, of uit een
          andere gemeente komt. Een mentor begeleidt hoogstens een vast aantal deelnemers
          (gewoonlijk drie), over alle geplande en actieve programma&apos;s samen.
        </Paragraph>
        <FormField type="checkbox">
          <Checkbox
            id={`${formId}-replace`}
            checked={replace}
            aria-describedby={`${formId}-replace-help`}
            onChange={(event) => setReplace(event.target.checked)}
          />
          <FormLabel htmlFor={`${formId}-replace`} type="checkbox">
            Alle koppels opnieuw maken
          </FormLabel>
          <FormFieldDescription id={`${formId}-replace-help`}>
            Anders blijven de koppels die er al zijn staan.
          </FormFieldDescription>
        </FormField>
        {problem ? <LearningProblem problem={problem} need="manage" /> : null}
        <ActionResult>
          {pairing
            ? `${made} ${made === 1 ? 'nieuw koppel' : 'nieuwe koppels'} gemaakt, ${pairing.pairs.length - made} behouden; ${pairing.unpaired.length} ${pairing.unpaired.length === 1 ? 'deelnemer blijft' : 'deelnemers blijven'} zonder mentor.`
            : null}
        </ActionResult>
        <div className="kn-actions">
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={result.fetching}
            disabled={programme.mentors.length === 0 || programme.participants.length === 0}
          >
            Koppel deelnemers aan mentoren
          </Button>
        </div>
      </form>
      {programme.mentors.length === 0 || programme.participants.length === 0 ? (
        <Paragraph>Koppelen kan zodra het programma deelnemers en mentoren heeft.</Paragraph>
      ) : null}
      {pairing ? <PairingResult pairing={pairing} /> : null}
    </>
  );
}

function PairingResult({ pairing }: { pairing: MentorPairing }) {
  return (
    <>
      {pairing.pairs.length > 0 ? (
        <ScrollTable caption="Mentorkoppels, best passend eerst">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Deelnemer</TableHeaderCell>
              <TableHeaderCell scope="col">Mentor</TableHeaderCell>
              <TableHeaderCell scope="col">Passing</TableHeaderCell>
              <TableHeaderCell scope="col">Waarom</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {pairing.pairs.map((pair) => (
              <TableRow key={pair.participant.id}>
                <TableCell>
                  <PersonLink person={pair.participant} />
                </TableCell>
                <TableCell>
                  <PersonLink person={pair.mentor} />
                  {pair.kept ? ' (bestond al)' : ' (nieuw)'}
                </TableCell>
                <TableCell>{formatNumber(pair.fit)}</TableCell>
                <TableCell>{pair.reasons.join('; ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      ) : null}
      {pairing.unpaired.length > 0 ? (
        <>
          <Paragraph>Zonder mentor:</Paragraph>
          <UnorderedList>
            {pairing.unpaired.map(({ participant, reason }) => (
              <UnorderedListItem key={participant.id}>
                <PersonLink person={participant} />: {reason}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </>
  );
}

/** setProgrammeMentor: the coordinator's hand on one pair. */
function SetMentor({ programme, onChanged }: SectionProps) {
  const formId = useId();
  const [participantId, setParticipantId] = useState('');
  const [mentorId, setMentorId] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [message, setMessage] = useState<ReactNode>(null);
  const [result, setPair] = useMutation<{ setProgrammeMentor: MentorPair | null }>(SET_MENTOR);
  if (programme.participants.length === 0 || programme.mentors.length === 0) return null;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setInvalid(participantId === '');
    if (participantId === '') return;
    setMessage(null);
    const participant = programme.participants.find((p) => p.person.id === participantId);
    void setPair({ programmeId: programme.id, participantId, mentorId: mentorId || null }).then(
      (answer) => {
        if (answer.error || !participant) return;
        const pair = answer.data?.setProgrammeMentor;
        setMessage(
          pair
            ? `${pair.participant.name} heeft nu ${pair.mentor.name} als mentor (passing ${formatNumber(pair.fit)}${pair.reasons.length > 0 ? `: ${pair.reasons.join('; ')}` : ''}).`
            : `${participant.person.name} heeft nu geen mentor.`,
        );
        onChanged();
      },
    );
  };
  const problem = problemOf(result.error);
  return (
    <>
      <Heading3>Een koppel aanpassen</Heading3>
      <form className="kn-form" onSubmit={submit} noValidate>
        <ParticipantChoice
          id={`${formId}-participant`}
          participants={programme.participants}
          now={({ mentor }) => (mentor ? mentor.name : 'geen mentor')}
          value={participantId}
          error={invalid ? 'Kies de deelnemer wiens mentor u wilt wijzigen.' : null}
          onChange={setParticipantId}
        />
        <DescribedField
          id={`${formId}-mentor`}
          label="Mentor"
          help="Een mentor van dit programma die nog ruimte heeft, of geen."
        >
          {(describedBy) => (
            <Select
              id={`${formId}-mentor`}
              value={mentorId}
              aria-describedby={describedBy}
              onChange={(event) => setMentorId(event.target.value)}
            >
              <SelectOption value="">Geen mentor</SelectOption>
              {programme.mentors.map(({ person }) => (
                <SelectOption key={person.id} value={person.id}>
                  {person.name} ({person.municipality.name})
                </SelectOption>
              ))}
            </Select>
          )}
        </DescribedField>
        {problem ? <LearningProblem problem={problem} need="manage" /> : null}
        <ActionResult>{message}</ActionResult>
        <div className="kn-actions">
          <Button type="submit" appearance="secondary-action-button" busy={result.fetching}>
            Wijzig het koppel
          </Button>
        </div>
      </form>
    </>
  );
}
