import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import { type Connection, LoadMoreButton, usePagedList } from '../../paging';
import { AVAILABILITY_LABELS } from '../../people';
import { Empty, Loading } from '../../states';
import { LearningProblem, PERSON_FIELDS, type PersonSummary } from './common';

const PICK_PAGE_SIZE = 10;

interface SearchPickerProps<Data, Item extends { readonly id: string }> {
  /** The label of the search field, e.g. "Zoek een vaardigheid". */
  readonly label: string;
  readonly help: string;
  /** The search button's text, e.g. "Zoek vaardigheden" (unique on the page). */
  readonly searchLabel: string;
  readonly query: string;
  readonly variablesFor: (text: string) => Record<string, unknown>;
  readonly connectionOf: (data: Data) => Connection<Item>;
  readonly describe: (item: Item) => ReactNode;
  /** The text of an item's button, e.g. "Voeg Jeugdwet toe". */
  readonly pickLabel: (item: Item) => string;
  readonly onPick: (item: Item) => void;
  /** Items that were picked already: shown, without a button. */
  readonly pickedIds?: ReadonlySet<string>;
  /** Refuses the search field (e.g. the form's own check), linked to the field. */
  readonly invalid?: string | null;
  /** While an action with a picked item runs. */
  readonly busy?: boolean;
  /** The search field's id, when the form around it must be able to focus it. */
  readonly inputId?: string;
}

/**
 * Search, then pick from the results with a button per result: usable by keyboard and screen
 * reader alike, and it never submits the form it sits in (Enter searches).
 */
export function SearchPicker<Data, Item extends { readonly id: string }>(
  props: SearchPickerProps<Data, Item>,
) {
  const ownId = useId();
  const fieldId = props.inputId ?? ownId;
  const [draft, setDraft] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const [tooShort, setTooShort] = useState(false);
  const search = (): void => {
    const text = draft.trim();
    setTooShort(text.length < 2);
    if (text.length >= 2) setAsked(text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    search();
  };
  const error = tooShort ? 'Typ ten minste twee tekens.' : (props.invalid ?? null);
  const describedBy = [`${fieldId}-help`, error ? `${fieldId}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="kn-learning-picker">
      <FormField invalid={error !== null}>
        <FormLabel htmlFor={fieldId}>{props.label}</FormLabel>
        <FormFieldDescription id={`${fieldId}-help`}>{props.help}</FormFieldDescription>
        {error ? (
          <FormFieldDescription id={`${fieldId}-error`} invalid>
            {error}
          </FormFieldDescription>
        ) : null}
        <div className="kn-learning-search">
          <Textbox
            id={fieldId}
            type="search"
            value={draft}
            maxLength={200}
            invalid={error !== null}
            aria-describedby={describedBy}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <Button appearance="secondary-action-button" onClick={search}>
            {props.searchLabel}
          </Button>
        </div>
      </FormField>
      {asked !== null ? <PickerResults key={asked} {...props} text={asked} /> : null}
    </div>
  );
}

function PickerResults<Data, Item extends { readonly id: string }>({
  text,
  query,
  variablesFor,
  connectionOf,
  describe,
  pickLabel,
  onPick,
  pickedIds,
  busy,
}: SearchPickerProps<Data, Item> & { readonly text: string }) {
  const list = usePagedList<Data, Item>(query, variablesFor(text), connectionOf);
  return (
    <div aria-busy={list.fetching} aria-label={`Gevonden voor ‘${text}’`} role="region">
      {list.fetching && !list.loaded ? <Loading what="Zoekresultaten" /> : null}
      {list.problem ? <LearningProblem problem={list.problem} onRetry={list.retry} /> : null}
      {list.loaded && list.nodes.length === 0 ? (
        <Empty>Niets gevonden voor ‘{text}’. Probeer een ander woord.</Empty>
      ) : null}
      {list.nodes.length > 0 ? (
        <ul className="kn-learning-picks">
          {list.nodes.map((item) => (
            <li key={item.id}>
              <span>{describe(item)}</span>
              {pickedIds?.has(item.id) ? (
                <span>(gekozen)</span>
              ) : (
                <Button appearance="subtle-button" disabled={busy} onClick={() => onPick(item)}>
                  {pickLabel(item)}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {list.hasNextPage ? (
        <LoadMoreButton appearance="subtle-button" onClick={list.loadMore} />
      ) : null}
    </div>
  );
}

// The pickers the page uses, each over one list of the API.

const SKILLS = `
  query PickSkills($search: String, $first: Int!, $after: String) {
    skills(search: $search, first: $first, after: $after) {
      pageInfo { endCursor hasNextPage }
      edges { node { id name category } }
    }
  }
`;

export interface SkillOption {
  readonly id: string;
  readonly name: string;
  readonly category: string | null;
}

export function SkillPicker({
  onPick,
  pickedIds,
  invalid,
  inputId,
}: {
  onPick: (skill: SkillOption) => void;
  pickedIds: ReadonlySet<string>;
  invalid?: string | null;
  inputId?: string;
}) {
  return (
    <SearchPicker<{ skills: Connection<SkillOption> }, SkillOption>
      label="Zoek een vaardigheid"
      help="Een deel van de naam, bijvoorbeeld ‘schuld’ of ‘jeugd’."
      searchLabel="Zoek vaardigheden"
      query={SKILLS}
      variablesFor={(search) => ({ search, first: PICK_PAGE_SIZE })}
      connectionOf={(data) => data.skills}
      describe={(skill) => `${skill.name}${skill.category ? ` (${skill.category})` : ''}`}
      pickLabel={(skill) => `Voeg ${skill.name} toe`}
      onPick={onPick}
      pickedIds={pickedIds}
      invalid={invalid}
      inputId={inputId}
    />
  );
}

const CHALLENGES = `
  query PickChallenges($filter: ChallengeFilter, $first: Int!, $after: String) {
    challenges(filter: $filter, first: $first, after: $after) {
      pageInfo { endCursor hasNextPage }
      edges { node { id title status municipality { code name } } }
    }
  }
`;

export interface ChallengeOption {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly municipality: { readonly code: string; readonly name: string };
}

const CHALLENGE_STATUS: Record<string, string> = {
  OPEN: 'open',
  IN_PROGRESS: 'in behandeling',
  SOLVED: 'opgelost',
};

export function challengeText(challenge: ChallengeOption): string {
  const status = CHALLENGE_STATUS[challenge.status] ?? challenge.status;
  return `${challenge.title} (${challenge.municipality.name}, ${status})`;
}

export function ChallengePicker({
  onPick,
  pickedIds,
  invalid,
  inputId,
}: {
  onPick: (challenge: ChallengeOption) => void;
  pickedIds: ReadonlySet<string>;
  invalid?: string | null;
  inputId?: string;
}) {
  return (
    <SearchPicker<{ challenges: Connection<ChallengeOption> }, ChallengeOption>
      label="Zoek een vraagstuk"
      help="Woorden uit de titel of de beschrijving, bijvoorbeeld ‘schulden’."
      searchLabel="Zoek vraagstukken"
      query={CHALLENGES}
      variablesFor={(text) => ({ filter: { text }, first: PICK_PAGE_SIZE })}
      connectionOf={(data) => data.challenges}
      describe={challengeText}
      pickLabel={(challenge) => `Voeg ‘${challenge.title}’ van ${challenge.municipality.name} toe`}
      onPick={onPick}
      pickedIds={pickedIds}
      invalid={invalid}
      inputId={inputId}
    />
  );
}

const PEOPLE = `
  query PickPeople($filter: PersonFilter, $first: Int!, $after: String) {
    people(filter: $filter, first: $first, after: $after) {
      pageInfo { endCursor hasNextPage }
      edges { node { ${PERSON_FIELDS} } }
    }
  }
`;

export function personText(person: PersonSummary): string {
  return [
    person.name,
    person.title,
    person.municipality.name,
    AVAILABILITY_LABELS[person.availability] ?? person.availability,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Colleagues by name (or words of their title), optionally of one municipality. */
export function PersonPicker({
  label,
  help,
  searchLabel,
  pickLabel,
  onPick,
  municipalityCode,
  pickedIds,
  invalid,
  busy,
}: {
  label: string;
  help: string;
  searchLabel: string;
  pickLabel: (person: PersonSummary) => string;
  onPick: (person: PersonSummary) => void;
  municipalityCode?: string | null;
  pickedIds?: ReadonlySet<string>;
  invalid?: string | null;
  busy?: boolean;
}) {
  return (
    <SearchPicker<{ people: Connection<PersonSummary> }, PersonSummary>
      label={label}
      help={help}
      searchLabel={searchLabel}
      query={PEOPLE}
      variablesFor={(text) => ({
        filter: municipalityCode ? { text, municipalityCode } : { text },
        first: PICK_PAGE_SIZE,
      })}
      connectionOf={(data) => data.people}
      describe={personText}
      pickLabel={pickLabel}
      onPick={onPick}
      pickedIds={pickedIds}
      invalid={invalid}
      busy={busy}
    />
  );
}

const MUNICIPALITIES = `
  query PickMunicipalities($search: String, $first: Int!, $after: String) {
    municipalities(search: $search, first: $first, after: $after) {
      pageInfo { endCursor hasNextPage }
      edges { node { id: code code name } }
    }
  }
`;

export interface MunicipalityOption {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

export function MunicipalityPicker({
  onPick,
  invalid,
  inputId,
}: {
  onPick: (municipality: MunicipalityOption) => void;
  invalid?: string | null;
  inputId?: string;
}) {
  return (
    <SearchPicker<{ municipalities: Connection<MunicipalityOption> }, MunicipalityOption>
      label="Zoek de gemeente"
      help="Een deel van de naam, of de CBS-code (bijvoorbeeld GM0344)."
      searchLabel="Zoek gemeenten"
      query={MUNICIPALITIES}
      variablesFor={(search) => ({ search, first: PICK_PAGE_SIZE })}
      connectionOf={(data) => data.municipalities}
      describe={(municipality) => `${municipality.name} (${municipality.code})`}
      pickLabel={(municipality) => `Kies ${municipality.name}`}
      onPick={onPick}
      invalid={invalid}
      inputId={inputId}
    />
  );
}

/** What was picked, with a way to undo it. */
export function Picked({
  children,
  onClear,
  clearLabel,
}: {
  children: ReactNode;
  onClear: () => void;
  clearLabel: string;
}) {
  return (
    <div className="kn-learning-picked">
      <Paragraph>{children}</Paragraph>
      <Button appearance="subtle-button" onClick={onClear}>
        {clearLabel}
      </Button>
    </div>
  );
}
