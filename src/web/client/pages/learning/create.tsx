import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Link,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { problemOf, useMutation } from '../../api';
import { DescribedField } from '../../components/described-field';
import { type Connection, LoadMoreButton, usePagedList } from '../../paging';
import { hrefOf } from '../../routes';
import { Loading } from '../../states';
import {
  ActionResult,
  LearningProblem,
  type PersonSummary,
  type ProgrammeStatus,
  STATUS_LABELS,
  THEMES,
} from './common';
import {
  type ChallengeOption,
  ChallengePicker,
  challengeText,
  type MunicipalityOption,
  MunicipalityPicker,
  Picked,
  PersonPicker,
  personText,
  type SkillOption,
  SkillPicker,
} from './pickers';

const CREATE = `
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createLearningProgramme(input: $input) { id title status }
  }
`;

const LEVELS = [1, 2, 3, 4, 5] as const;
const MAX_TITLE = 200;
const MAX_GOAL = 2000;
const MAX_SKILLS = 20;
const MAX_CHALLENGES = 50;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAY_MESSAGE = 'Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-01-05.';

interface Draft {
  readonly title: string;
  readonly runBy: 'collaboration' | 'municipality';
  readonly collaborationId: string;
  readonly municipality: MunicipalityOption | null;
  readonly goal: string;
  readonly theme: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly status: ProgrammeStatus;
  readonly skills: ReadonlyArray<{ readonly skill: SkillOption; readonly targetLevel: number }>;
  readonly challenges: readonly ChallengeOption[];
  readonly coordinator: PersonSummary | null;
}

const EMPTY: Draft = {
  title: '',
  runBy: 'collaboration',
  collaborationId: '',
  municipality: null,
  goal: '',
  theme: '',
  startDate: '',
  endDate: '',
  status: 'PLANNED',
  skills: [],
  challenges: [],
  coordinator: null,
};

type Field = 'title' | 'runner' | 'goal' | 'startDate' | 'endDate' | 'skills' | 'challenges';
type Errors = Partial<Record<Field, string>>;

/** The API's rules for CreateProgrammeInput, checked before anything is sent. */
function validate(draft: Draft): Errors {
  const errors: Errors = {};
  const title = draft.title.trim();
  if (title.length === 0) errors.title = 'Geef het leerprogramma een titel.';
  else if (title.length > MAX_TITLE) errors.title = `Een titel is hoogstens ${MAX_TITLE} tekens.`;
  if (draft.runBy === 'collaboration' && !draft.collaborationId) {
    errors.runner = 'Kies het samenwerkingsverband dat het leerprogramma uitvoert.';
  }
  if (draft.runBy === 'municipality' && !draft.municipality) {
    errors.runner = 'Kies de gemeente die het leerprogramma uitvoert.';
  }
  if (draft.goal.trim().length > MAX_GOAL)
    errors.goal = `Het doel is hoogstens ${MAX_GOAL} tekens.`;
  // Browsers without a date picker leave the typing to the person.
  if (draft.startDate && !DAY.test(draft.startDate)) errors.startDate = DAY_MESSAGE;
  if (draft.endDate && !DAY.test(draft.endDate)) errors.endDate = DAY_MESSAGE;
  else if (draft.startDate && draft.endDate && draft.endDate < draft.startDate) {
    errors.endDate =
      'De einddatum ligt vóór de begindatum; een programma eindigt op of na de start.';
  }
  if (draft.skills.length > MAX_SKILLS) errors.skills = `Hoogstens ${MAX_SKILLS} vaardigheden.`;
  if (draft.challenges.length > MAX_CHALLENGES) {
    errors.challenges = `Hoogstens ${MAX_CHALLENGES} vraagstukken.`;
  }
  return errors;
}

/** CreateProgrammeInput, with the optional fields that were left empty left out. */
function inputOf(draft: Draft): Record<string, unknown> {
  const goal = draft.goal.trim();
  return {
    title: draft.title.trim(),
    ...(draft.runBy === 'collaboration'
      ? { collaborationId: draft.collaborationId }
      : { municipalityCode: draft.municipality?.code }),
    ...(goal ? { goal } : {}),
    ...(draft.theme ? { theme: draft.theme } : {}),
    ...(draft.startDate ? { startDate: draft.startDate } : {}),
    ...(draft.endDate ? { endDate: draft.endDate } : {}),
    ...(draft.coordinator ? { coordinatorId: draft.coordinator.id } : {}),
    ...(draft.skills.length > 0
      ? {
          skills: draft.skills.map(({ skill, targetLevel }) => ({
            skillId: skill.id,
            targetLevel,
          })),
        }
      : {}),
    ...(draft.challenges.length > 0
      ? { challengeIds: draft.challenges.map((challenge) => challenge.id) }
      : {}),
    status: draft.status,
  };
}

/** The form to start a programme (createLearningProgramme), PLANNED unless chosen otherwise. */
export function CreateProgrammeForm({ onCreated }: { onCreated: () => void }) {
  const formId = useId();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [created, setCreated] = useState<{ id: string; title: string } | null>(null);
  const [result, create] = useMutation<{
    createLearningProgramme: { id: string; title: string; status: ProgrammeStatus };
  }>(CREATE);
  const change = (patch: Partial<Draft>): void => setDraft((current) => ({ ...current, ...patch }));
  const idOf = (field: Field): string => `${formId}-${field}`;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    const first = (Object.keys(found) as Field[])[0];
    if (first) {
      document.getElementById(idOf(first))?.focus();
      return;
    }
    setCreated(null);
    void create({ input: inputOf(draft) }).then((answer) => {
      const programme = answer.data?.createLearningProgramme;
      if (!programme) return;
      setCreated(programme);
      setDraft(EMPTY);
      onCreated();
    });
  };

  const problem = problemOf(result.error);
  return (
    <form className="kn-form" onSubmit={submit} noValidate>
      <Paragraph>Velden met ‘verplicht’ moet u invullen; de rest kunt u later aanvullen.</Paragraph>
      <DescribedField
        id={idOf('title')}
        label="Titel (verplicht)"
        help={`Bijvoorbeeld ‘Leernetwerk schuldhulp: eerder erbij’; hoogstens ${MAX_TITLE} tekens.`}
        error={errors.title}
      >
        {(describedBy) => (
          <Textbox
            id={idOf('title')}
            value={draft.title}
            maxLength={MAX_TITLE}
            required
            invalid={Boolean(errors.title)}
            aria-describedby={describedBy}
            onChange={(event) => change({ title: event.target.value })}
          />
        )}
      </DescribedField>
      <RunnerFieldset
        draft={draft}
        change={change}
        fieldId={idOf('runner')}
        error={errors.runner}
      />
      <DescribedField
        id={idOf('goal')}
        label="Doel"
        help={`Wat de deelnemers samen willen bereiken; hoogstens ${MAX_GOAL} tekens.`}
        error={errors.goal}
      >
        {(describedBy) => (
          <Textarea
            id={idOf('goal')}
            value={draft.goal}
            rows={3}
            maxLength={MAX_GOAL}
            invalid={Boolean(errors.goal)}
            aria-describedby={describedBy}
            onChange={(event) => change({ goal: event.target.value })}
          />
        )}
      </DescribedField>
      <FormField>
        <FormLabel htmlFor={`${formId}-theme`}>Thema</FormLabel>
        <Select
          id={`${formId}-theme`}
          value={draft.theme}
          onChange={(event) => change({ theme: event.target.value })}
        >
          <SelectOption value="">Geen thema</SelectOption>
          {Object.entries(THEMES).map(([value, label]) => (
            <SelectOption key={value} value={value}>
              {label}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <div className="kn-learning-dates">
        <DescribedField
          id={idOf('startDate')}
          label="Begindatum"
          help="Als jjjj-mm-dd, of met de kalender."
          error={errors.startDate}
        >
          {(describedBy) => (
            <Textbox
              id={idOf('startDate')}
              type="date"
              value={draft.startDate}
              invalid={Boolean(errors.startDate)}
              aria-describedby={describedBy}
              onChange={(event) => change({ startDate: event.target.value })}
            />
          )}
        </DescribedField>
        <DescribedField
          id={idOf('endDate')}
          label="Einddatum"
          help="Op of na de begindatum."
          error={errors.endDate}
        >
          {(describedBy) => (
            <Textbox
              id={idOf('endDate')}
              type="date"
              value={draft.endDate}
              min={draft.startDate || undefined}
              invalid={Boolean(errors.endDate)}
              aria-describedby={describedBy}
              onChange={(event) => change({ endDate: event.target.value })}
            />
          )}
        </DescribedField>
      </div>
      <DescribedField
        id={`${formId}-status`}
        label="Status bij de start"
        help="Een gepland programma stelt u eerst samen; een actief programma loopt al."
      >
        {(describedBy) => (
          <Select
            id={`${formId}-status`}
            value={draft.status}
            aria-describedby={describedBy}
            onChange={(event) => change({ status: event.target.value as ProgrammeStatus })}
          >
            <SelectOption value="PLANNED">{STATUS_LABELS.PLANNED}</SelectOption>
            <SelectOption value="ACTIVE">{STATUS_LABELS.ACTIVE}</SelectOption>
          </Select>
        )}
      </DescribedField>
      <SkillsFieldset
        draft={draft}
        change={change}
        fieldId={idOf('skills')}
        error={errors.skills}
      />
      <ChallengesFieldset
        draft={draft}
        change={change}
        fieldId={idOf('challenges')}
        error={errors.challenges}
      />
      <CoordinatorFieldset draft={draft} change={change} />
      {Object.keys(errors).length > 0 ? (
        <Paragraph className="kn-learning-error" role="alert">
          Het formulier is nog niet goed ingevuld: {Object.values(errors).join(' ')}
        </Paragraph>
      ) : null}
      {problem ? <LearningProblem problem={problem} need="create" /> : null}
      <ActionResult>
        {created ? (
          <>
            Het leerprogramma ‘{created.title}’ is gestart.{' '}
            <Link href={hrefOf({ name: 'learning', id: created.id })}>
              Stel het samen: deelnemers, leerkringen en mentoren
            </Link>
            .
          </>
        ) : null}
      </ActionResult>
      <div className="kn-actions">
        <Button type="submit" appearance="primary-action-button" busy={result.fetching}>
          Start het leerprogramma
        </Button>
      </div>
    </form>
  );
}

interface DraftPart {
  draft: Draft;
  change: (patch: Partial<Draft>) => void;
}

/** Who runs it: one collaboration, or one municipality (exactly one of the two). */
function RunnerFieldset({
  draft,
  change,
  fieldId,
  error,
}: DraftPart & { fieldId: string; error: string | undefined }) {
  const radioId = useId();
  return (
    <Fieldset invalid={Boolean(error)}>
      <FieldsetLegend>Wie voert het uit? (verplicht)</FieldsetLegend>
      <FormField type="radio">
        <RadioButton
          id={`${radioId}-collaboration`}
          name={radioId}
          checked={draft.runBy === 'collaboration'}
          onChange={() => change({ runBy: 'collaboration' })}
        />
        <FormLabel htmlFor={`${radioId}-collaboration`} type="radio">
          Een samenwerkingsverband (alle leden doen mee)
        </FormLabel>
      </FormField>
      <FormField type="radio">
        <RadioButton
          id={`${radioId}-municipality`}
          name={radioId}
          checked={draft.runBy === 'municipality'}
          onChange={() => change({ runBy: 'municipality' })}
        />
        <FormLabel htmlFor={`${radioId}-municipality`} type="radio">
          Eén gemeente
        </FormLabel>
      </FormField>
      {draft.runBy === 'collaboration' ? (
        <CollaborationSelect
          fieldId={fieldId}
          value={draft.collaborationId}
          error={error}
          onChange={(collaborationId) => change({ collaborationId })}
        />
      ) : draft.municipality ? (
        <Picked
          clearLabel="Kies een andere gemeente"
          onClear={() => change({ municipality: null })}
        >
          Uitgevoerd door gemeente {draft.municipality.name} ({draft.municipality.code}).
        </Picked>
      ) : (
        // The search field takes the field's id, so that a failed check can focus it.
        <MunicipalityPicker
          inputId={fieldId}
          invalid={error}
          onPick={(municipality) => change({ municipality })}
        />
      )}
    </Fieldset>
  );
}

const KINDS: Record<string, string> = {
  COOPERATIVE: 'Coöperaties',
  HEALTH_REGION: 'GGD-regio’s',
  LABOUR_MARKET_REGION: 'Arbeidsmarktregio’s',
  YOUTH_CARE_REGION: 'Jeugdzorgregio’s',
  SAFETY_REGION: 'Veiligheidsregio’s',
  DOMESTIC_SAFETY_REGION: 'Veilig Thuis-regio’s',
  ENERGY_REGION: 'Energieregio’s (RES)',
  ENVIRONMENT_SERVICE: 'Omgevingsdiensten',
  SHARED_SERVICE: 'Gemeenschappelijke uitvoeringsorganisaties',
  OTHER: 'Overige samenwerkingsverbanden',
};

const COLLABORATIONS = `
  query PickCollaborations($kind: CollaborationKind, $first: Int!, $after: String) {
    collaborations(kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node { id name memberCount } }
    }
  }
`;

interface CollaborationOption {
  readonly id: string;
  readonly name: string;
  readonly memberCount: number;
}

/** The kind first, then the collaboration of that kind: the list of all of them is long. */
function CollaborationSelect({
  fieldId,
  value,
  error,
  onChange,
}: {
  fieldId: string;
  value: string;
  error: string | undefined;
  onChange: (collaborationId: string) => void;
}) {
  const kindId = useId();
  const [kind, setKind] = useState('LABOUR_MARKET_REGION');
  return (
    <>
      <FormField>
        <FormLabel htmlFor={kindId}>Soort samenwerkingsverband</FormLabel>
        <Select
          id={kindId}
          value={kind}
          onChange={(event) => {
            setKind(event.target.value);
            onChange('');
          }}
        >
          {Object.entries(KINDS).map(([key, label]) => (
            <SelectOption key={key} value={key}>
              {label}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <CollaborationsOfKind
        key={kind}
        kind={kind}
        fieldId={fieldId}
        value={value}
        error={error}
        onChange={onChange}
      />
    </>
  );
}

function CollaborationsOfKind({
  kind,
  fieldId,
  value,
  error,
  onChange,
}: {
  kind: string;
  fieldId: string;
  value: string;
  error: string | undefined;
  onChange: (collaborationId: string) => void;
}) {
  const list = usePagedList<
    { collaborations: Connection<CollaborationOption> },
    CollaborationOption
  >(COLLABORATIONS, { kind, first: 100 }, (data) => data.collaborations);
  return (
    <div aria-busy={list.fetching}>
      {list.fetching && !list.loaded ? <Loading what="Samenwerkingsverbanden" /> : null}
      {list.problem ? <LearningProblem problem={list.problem} onRetry={list.retry} /> : null}
      {list.loaded ? (
        <DescribedField id={fieldId} label="Samenwerkingsverband" error={error}>
          {(describedBy) => (
            <Select
              id={fieldId}
              value={value}
              invalid={Boolean(error)}
              aria-describedby={describedBy}
              onChange={(event) => onChange(event.target.value)}
            >
              <SelectOption value="">
                {list.nodes.length > 0 ? 'Kies een samenwerkingsverband' : 'Geen van deze soort'}
              </SelectOption>
              {list.nodes.map((collaboration) => (
                <SelectOption key={collaboration.id} value={collaboration.id}>
                  {collaboration.name} ({collaboration.memberCount} gemeenten)
                </SelectOption>
              ))}
            </Select>
          )}
        </DescribedField>
      ) : null}
      {list.hasNextPage ? (
        <LoadMoreButton appearance="subtle-button" onClick={list.loadMore}>
          Meer samenwerkingsverbanden laden
        </LoadMoreButton>
      ) : null}
    </div>
  );
}

/** The skills it builds, each with the level it aims for. */
function SkillsFieldset({
  draft,
  change,
  fieldId,
  error,
}: DraftPart & { fieldId: string; error: string | undefined }) {
  const levelId = useId();
  const pickedIds = new Set(draft.skills.map(({ skill }) => skill.id));
  return (
    <Fieldset invalid={Boolean(error)}>
      <FieldsetLegend>Vaardigheden die het opbouwt</FieldsetLegend>
      {draft.skills.length > 0 ? (
        <UnorderedList className="kn-learning-chosen">
          {draft.skills.map(({ skill, targetLevel }) => (
            <UnorderedListItem key={skill.id}>
              <FormField>
                <FormLabel htmlFor={`${levelId}-${skill.id}`}>
                  Doelniveau voor {skill.name}
                </FormLabel>
                <Select
                  id={`${levelId}-${skill.id}`}
                  value={String(targetLevel)}
                  onChange={(event) =>
                    change({
                      skills: draft.skills.map((chosen) =>
                        chosen.skill.id === skill.id
                          ? { skill, targetLevel: Number(event.target.value) }
                          : chosen,
                      ),
                    })
                  }
                >
                  {LEVELS.map((level) => (
                    <SelectOption key={level} value={String(level)}>
                      Niveau {level}
                    </SelectOption>
                  ))}
                </Select>
              </FormField>
              <Button
                appearance="subtle-button"
                onClick={() =>
                  change({ skills: draft.skills.filter((chosen) => chosen.skill.id !== skill.id) })
                }
              >
                Verwijder {skill.name}
              </Button>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>Nog geen vaardigheden gekozen.</Paragraph>
      )}
      <SkillPicker
        inputId={fieldId}
        pickedIds={pickedIds}
        invalid={error}
        onPick={(skill) => change({ skills: [...draft.skills, { skill, targetLevel: 3 }] })}
      />
    </Fieldset>
  );
}

/** The challenges it addresses. */
function ChallengesFieldset({
  draft,
  change,
  fieldId,
  error,
}: DraftPart & { fieldId: string; error: string | undefined }) {
  const pickedIds = new Set(draft.challenges.map((challenge) => challenge.id));
  return (
    <Fieldset invalid={Boolean(error)}>
      <FieldsetLegend>Vraagstukken die het aanpakt</FieldsetLegend>
      {draft.challenges.length > 0 ? (
        <UnorderedList className="kn-learning-chosen">
          {draft.challenges.map((challenge) => (
            <UnorderedListItem key={challenge.id}>
              <span>{challengeText(challenge)}</span>
              <Button
                appearance="subtle-button"
                onClick={() =>
                  change({
                    challenges: draft.challenges.filter((chosen) => chosen.id !== challenge.id),
                  })
                }
              >
                Verwijder ‘{challenge.title}’ van {challenge.municipality.name}
              </Button>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>Nog geen vraagstukken gekozen.</Paragraph>
      )}
      <ChallengePicker
        inputId={fieldId}
        pickedIds={pickedIds}
        invalid={error}
        onPick={(challenge) => change({ challenges: [...draft.challenges, challenge] })}
      />
    </Fieldset>
  );
}

/** The coordinator: a person of one of the municipalities that run it (the API checks). */
function CoordinatorFieldset({ draft, change }: DraftPart) {
  return (
    <Fieldset>
      <FieldsetLegend>Coördinator</FieldsetLegend>
      {draft.coordinator ? (
        <Picked
          clearLabel="Kies een andere coördinator"
          onClear={() => change({ coordinator: null })}
        >
          {personText(draft.coordinator)}
        </Picked>
      ) : (
        <PersonPicker
          label="Zoek de coördinator"
          help="Op naam; iemand van een gemeente die het uitvoert. De coördinator mag het programma aangemeld beheren."
          searchLabel="Zoek collega's"
          municipalityCode={draft.runBy === 'municipality' ? draft.municipality?.code : null}
          pickLabel={(person) => `Kies ${person.name} (${person.municipality.name})`}
          onPick={(coordinator) => change({ coordinator })}
        />
      )}
    </Fieldset>
  );
}
