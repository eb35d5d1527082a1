import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useMutation } from '../../api';
import { OnRequest } from '../../components/on-request';
import { ScrollTable } from '../../components/scroll-table';
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
import { type Participant, type SectionProps } from './model';
import { PersonPicker } from './pickers';
import { SuggestionsArea, useSuggestions } from './suggestions';

const SUGGEST_PARTICIPANTS = `
  query SuggestParticipants($programmeId: ID!, $first: Int!) {
    suggestProgrammeParticipants(programmeId: $programmeId, first: $first) {
      score
      reasons
      person { ${PERSON_FIELDS} }
      challenges { id title }
      lackingSkills { level targetLevel needed wanted skill { id name } }
    }
  }
`;

const ADD_PARTICIPANTS = `
  mutation AddParticipants($programmeId: ID!, $personIds: [ID!]!) {
    addProgrammeParticipants(programmeId: $programmeId, personIds: $personIds) {
      id
      participants { person { id } }
    }
  }
`;

const REMOVE_PARTICIPANT = `
  mutation RemoveParticipant($programmeId: ID!, $personId: ID!) {
    removeProgrammeParticipant(programmeId: $programmeId, personId: $personId)
  }
`;

interface ParticipantSuggestion {
  readonly score: number;
  readonly reasons: readonly string[];
  readonly person: PersonSummary;
  readonly challenges: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly lackingSkills: ReadonlyArray<{
    readonly level: number;
    readonly targetLevel: number;
    readonly needed: boolean;
    readonly wanted: boolean;
    readonly skill: { readonly id: string; readonly name: string };
  }>;
}

interface AddAnswer {
  readonly addProgrammeParticipants: {
    readonly id: string;
    readonly participants: ReadonlyArray<{ readonly person: { readonly id: string } }>;
  };
}

/** The API's limit per addProgrammeParticipants call. */
const MAX_ADD = 100;

/**
 * Who takes part: the participants with their circle and mentor, and the coordinator's ways to
 * add people (Kennissen's suggestions, or anyone of the programme's municipalities) or end
 * someone's taking part.
 */
export function ParticipantsSection({ programme, onChanged }: SectionProps) {
  const headingId = useId();
  const outcome = useActionOutcome();
  const [, remove] = useMutation<{ removeProgrammeParticipant: boolean }>(REMOVE_PARTICIPANT);
  const [added, add] = useMutation<AddAnswer>(ADD_PARTICIPANTS);
  const open = isOpen(programme.status);

  const addPeople = (people: readonly PersonSummary[], then?: () => void): void =>
    outcome.act(
      () => add({ programmeId: programme.id, personIds: people.map((person) => person.id) }),
      (answer) => {
        const result = answer.data?.addProgrammeParticipants;
        return result
          ? `${namesOf(people)} ${people.length === 1 ? 'neemt' : 'nemen'} nu deel. Het programma heeft ${countOf(result.participants.length, 'deelnemer', 'deelnemers')} (die u mag zien).`
          : null;
      },
      () => {
        then?.();
        onChanged();
      },
    );
  const end = (participant: Participant): void =>
    outcome.act(
      () => remove({ programmeId: programme.id, personId: participant.person.id }),
      (answer) => {
        if (answer.error) return null;
        return answer.data?.removeProgrammeParticipant
          ? `${participant.person.name} neemt niet meer deel; de leerkring en het mentorkoppel zijn beëindigd (de geschiedenis blijft bewaard).`
          : `${participant.person.name} nam al geen deel meer.`;
      },
      onChanged,
    );

  return (
    <section aria-labelledby={headingId} className="kn-learning-section">
      <Heading2 id={headingId}>Deelnemers</Heading2>
      <ActionResult>{outcome.message}</ActionResult>
      {outcome.problem ? <LearningProblem problem={outcome.problem} need="manage" /> : null}
      {programme.participants.length === 0 ? (
        <Empty>
          Nog geen deelnemers
          {open ? '. Laat Kennissen deelnemers voorstellen, of zoek een collega.' : '.'}
        </Empty>
      ) : (
        <ParticipantsTable participants={programme.participants} onEnd={open ? end : null} />
      )}
      {open ? (
        <>
          <Heading3>Deelnemers voorstellen</Heading3>
          <Paragraph>
            Kennissen zoekt collega&apos;s van de deelnemende gemeenten die aan een vraagstuk werken
            dat de vaardigheden van dit programma vraagt, of die ze willen leren, en die het
            doelniveau nog niet halen. Wie het meeste tekort komt, staat bovenaan.
          </Paragraph>
          <OnRequest label="Stel deelnemers voor">
            <ParticipantSuggestions
              programmeId={programme.id}
              adding={added.fetching}
              onAdd={addPeople}
            />
          </OnRequest>
          <Heading3>Een collega toevoegen</Heading3>
          <PersonPicker
            label="Zoek een collega om toe te voegen"
            help="Op naam; deelnemers komen uit de gemeenten die het programma uitvoeren."
            searchLabel="Zoek deelnemers"
            municipalityCode={programme.municipality?.code ?? null}
            pickedIds={new Set(programme.participants.map(({ person }) => person.id))}
            pickLabel={(person) =>
              `Voeg ${person.name} (${person.municipality.name}) toe als deelnemer`
            }
            busy={added.fetching}
            onPick={(person) => addPeople([person])}
          />
        </>
      ) : null}
    </section>
  );
}

function namesOf(people: readonly { name: string }[]): string {
  const names = people.map((person) => person.name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names.at(-1)}` : names.join('');
}

function ParticipantsTable({
  participants,
  onEnd,
}: {
  participants: readonly Participant[];
  onEnd: ((participant: Participant) => void) | null;
}) {
  return (
    <ScrollTable
      caption={
        <>{countOf(participants.length, 'deelnemer', 'deelnemers')}, met hun leerkring en mentor</>
      }
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Naam</TableHeaderCell>
          <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
          <TableHeaderCell scope="col">Beschikbaarheid</TableHeaderCell>
          <TableHeaderCell scope="col">Leerkring</TableHeaderCell>
          <TableHeaderCell scope="col">Mentor</TableHeaderCell>
          <TableHeaderCell scope="col">Deelnemer sinds</TableHeaderCell>
          {onEnd ? <TableHeaderCell scope="col">Deelname</TableHeaderCell> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {participants.map((participant) => (
          <TableRow key={participant.person.id}>
            <TableCell>
              <PersonLink person={participant.person} />
            </TableCell>
            <TableCell>{participant.person.municipality.name}</TableCell>
            <TableCell>
              {AVAILABILITY_LABELS[participant.person.availability] ??
                participant.person.availability}
            </TableCell>
            <TableCell>{participant.circle ?? 'nog geen'}</TableCell>
            <TableCell>
              {participant.mentor ? <PersonLink person={participant.mentor} /> : 'nog geen'}
            </TableCell>
            <TableCell>{formatDate(participant.since)}</TableCell>
            {onEnd ? (
              <TableCell>
                <ConfirmButton
                  label={`Beëindig de deelname van ${participant.person.name}`}
                  confirmLabel={`Ja, ${participant.person.name} neemt niet meer deel`}
                  onConfirm={() => onEnd(participant)}
                />
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}

/** Kennissen's suggestions of participants, to tick and add together (asked for on request). */
function ParticipantSuggestions({
  programmeId,
  adding,
  onAdd,
}: {
  programmeId: string;
  adding: boolean;
  onAdd: (people: readonly PersonSummary[], then?: () => void) => void;
}) {
  const formId = useId();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [tooMany, setTooMany] = useState(false);
  const list = useSuggestions<
    { suggestProgrammeParticipants: ParticipantSuggestion[] },
    ParticipantSuggestion
  >(SUGGEST_PARTICIPANTS, programmeId, (data) => data.suggestProgrammeParticipants);
  const { suggestions } = list;
  const toggle = (id: string, on: boolean): void =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const people = suggestions.map((s) => s.person).filter((person) => chosen.has(person.id));
    setTooMany(people.length > MAX_ADD);
    if (people.length === 0 || people.length > MAX_ADD) return;
    onAdd(people, () => {
      setChosen(new Set());
      list.retry();
    });
  };

  return (
    <SuggestionsArea
      list={list}
      loading="Voorstellen voor deelnemers"
      none="Kennissen heeft niemand om voor te stellen: niemand in de deelnemende gemeenten werkt aan een vraagstuk dat deze vaardigheden vraagt of wil ze leren, of zij doen al mee. Geef het programma vaardigheden of vraagstukken, of voeg collega's zelf toe."
    >
      {suggestions.length > 0 ? (
        <form className="kn-form kn-learning-wide" onSubmit={submit} noValidate>
          <Fieldset>
            <FieldsetLegend>
              Voorgestelde deelnemers, wie het meeste tekort komt eerst ({suggestions.length})
            </FieldsetLegend>
            <ol className="kn-results">
              {suggestions.map((suggestion) => (
                <li key={suggestion.person.id}>
                  <SuggestionCard
                    suggestion={suggestion}
                    inputId={`${formId}-${suggestion.person.id}`}
                    checked={chosen.has(suggestion.person.id)}
                    onToggle={(on) => toggle(suggestion.person.id, on)}
                  />
                </li>
              ))}
            </ol>
          </Fieldset>
          {tooMany ? (
            <Paragraph className="kn-learning-error" role="alert">
              Voeg hoogstens {MAX_ADD} deelnemers tegelijk toe.
            </Paragraph>
          ) : null}
          <div className="kn-actions">
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={adding}
              disabled={chosen.size === 0}
            >
              Voeg de gekozen deelnemers toe ({chosen.size})
            </Button>
            <Button
              appearance="secondary-action-button"
              onClick={() => setChosen(new Set(suggestions.map((s) => s.person.id)))}
            >
              Kies alle voorgestelde
            </Button>
            {list.hasMore ? (
              <Button appearance="subtle-button" onClick={list.loadMore}>
                Meer voorstellen laden
              </Button>
            ) : null}
          </div>
        </form>
      ) : null}
    </SuggestionsArea>
  );
}

function SuggestionCard({
  suggestion,
  inputId,
  checked,
  onToggle,
}: {
  suggestion: ParticipantSuggestion;
  inputId: string;
  checked: boolean;
  onToggle: (on: boolean) => void;
}) {
  const { person } = suggestion;
  return (
    <div className="kn-card">
      <FormField type="checkbox">
        <Checkbox
          id={inputId}
          checked={checked}
          aria-describedby={`${inputId}-why`}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <FormLabel htmlFor={inputId} type="checkbox">
          {person.name} ({titleAndMunicipality(person)}), score {formatNumber(suggestion.score)}
        </FormLabel>
      </FormField>
      <div id={`${inputId}-why`}>
        <UnorderedList>
          {suggestion.lackingSkills.map((need) => (
            <UnorderedListItem key={need.skill.id}>
              {need.skill.name}: niveau {need.level}, doel {need.targetLevel}
              {need.needed ? '; nodig voor het eigen werk' : ''}
              {need.wanted ? '; wil het leren' : ''}
            </UnorderedListItem>
          ))}
        </UnorderedList>
        {suggestion.challenges.length > 0 ? (
          <Paragraph>
            Werkt aan: {suggestion.challenges.map((challenge) => challenge.title).join('; ')}
          </Paragraph>
        ) : null}
        <Paragraph>Waarom: {suggestion.reasons.join(' ')}</Paragraph>
      </div>
      <Paragraph>
        {AVAILABILITY_LABELS[person.availability] ?? person.availability}. Profiel:{' '}
        <PersonLink person={person} />
      </Paragraph>
    </div>
  );
}
