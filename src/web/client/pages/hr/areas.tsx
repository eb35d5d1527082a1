import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { type OperationResult, useClient } from 'urql';
import { useQuery } from '../../api';
import { useSession } from '../../session';
import { HrProblem, type HrProblemInfo, hrProblemOf } from './states';

export interface MunicipalityOption {
  readonly code: string;
  readonly name: string;
}

export interface CollaborationOption {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly memberCount: number;
}

/** A list loaded page by page to its end, for a Select. */
export interface WholeList<T> {
  readonly items: readonly T[] | null;
  readonly problem: HrProblemInfo | null;
  readonly retry: () => void;
}

/** What the scope pickers choose from: every municipality and collaboration, and one's own. */
export interface AreaLists {
  readonly municipalities: WholeList<MunicipalityOption>;
  readonly collaborations: WholeList<CollaborationOption>;
  readonly own: {
    readonly code: string;
    readonly name: string;
    readonly collaborationIds: readonly string[];
  } | null;
}

export type Area =
  | { readonly kind: 'municipality'; readonly code: string; readonly name: string }
  | { readonly kind: 'collaboration'; readonly id: string; readonly name: string };

/** What a section asks about: an area and the level that counts as holding a skill. */
export interface AreaChoice {
  readonly area: Area;
  readonly minLevel: number;
}

/** The area as the GraphQL inputs and the exports' query strings name it. */
export function areaParams(area: Area): { municipalityCode: string } | { collaborationId: string } {
  return area.kind === 'municipality'
    ? { municipalityCode: area.code }
    : { collaborationId: area.id };
}

/** Stable text for keys and file names. */
export function areaKey(choice: AreaChoice): string {
  return `${choice.area.kind === 'municipality' ? choice.area.code : choice.area.id}-${choice.minLevel}`;
}

const MUNICIPALITIES = `
  query HrMunicipalities($first: Int, $after: String) {
    municipalities(first: $first, after: $after) {
      edges { node { code name } }
      pageInfo { endCursor hasNextPage }
    }
  }
`;

const COLLABORATIONS = `
  query HrCollaborations($first: Int, $after: String) {
    collaborations(first: $first, after: $after) {
      edges { node { id name kind memberCount } }
      pageInfo { endCursor hasNextPage }
    }
  }
`;

const OWN_MUNICIPALITY = `
  query HrOwnMunicipality($id: ID!) {
    person(id: $id) {
      id
      municipality { code name collaborations { id } }
    }
  }
`;

interface Connection<T> {
  readonly edges: ReadonlyArray<{ readonly node: T }>;
  readonly pageInfo: { readonly endCursor: string | null; readonly hasNextPage: boolean };
}

/**
 * Every page of a connection (342 municipalities, about 180 collaborations: a few requests of
 * 100), so that a Select can offer all of them and type-ahead finds any.
 */
function useWholeList<T>(query: string, field: string): WholeList<T> {
  const client = useClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<WholeList<T>, 'retry'>>({ items: null, problem: null });
  useEffect(() => {
    let cancelled = false;
    const load = async (): Promise<void> => {
      const items: T[] = [];
      let after: string | null = null;
      do {
        const result: OperationResult<Record<string, Connection<T>>> = await client
          .query<Record<string, Connection<T>>>(query, { first: 100, after })
          .toPromise();
        if (cancelled) return;
        const page: Connection<T> | undefined = result.data?.[field];
        if (!page) {
          const problem = hrProblemOf(result.error) ?? {
            code: 'ERROR',
            message: 'Kennissen gaf geen antwoord op de vraag naar de lijst.',
          };
          setState({ items: null, problem });
          return;
        }
        items.push(...page.edges.map((edge) => edge.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      setState({ items, problem: null });
    };
    setState({ items: null, problem: null });
    void load();
    return () => {
      cancelled = true;
    };
  }, [client, query, field, attempt]);
  return { ...state, retry: () => setAttempt((count) => count + 1) };
}

/** Loaded once for the whole page and shared by its sections. */
export function useAreaLists(): AreaLists {
  const { session } = useSession();
  const personId = session?.personId ?? null;
  const municipalities = useWholeList<MunicipalityOption>(MUNICIPALITIES, 'municipalities');
  const collaborations = useWholeList<CollaborationOption>(COLLABORATIONS, 'collaborations');
  const [me] = useQuery<{
    person: {
      municipality: { code: string; name: string; collaborations: Array<{ id: string }> };
    } | null;
  }>({ query: OWN_MUNICIPALITY, variables: { id: personId ?? '' }, pause: personId === null });
  const mine = me.data?.person?.municipality;
  const own = mine
    ? {
        code: mine.code,
        name: mine.name,
        collaborationIds: mine.collaborations.map((collaboration) => collaboration.id),
      }
    : null;
  return { municipalities, collaborations, own };
}

/** The kinds of collaboration as groups in the Select, in Dutch. */
const KIND_GROUPS: Record<string, string> = {
  LABOUR_MARKET_REGION: 'Arbeidsmarktregio’s',
  YOUTH_CARE_REGION: 'Jeugdzorgregio’s',
  HEALTH_REGION: 'GGD-regio’s',
  SAFETY_REGION: 'Veiligheidsregio’s',
  DOMESTIC_SAFETY_REGION: 'Veilig Thuis-regio’s',
  ENVIRONMENT_SERVICE: 'Omgevingsdiensten',
  ENERGY_REGION: 'RES-regio’s',
  SHARED_SERVICE: 'Gemeenschappelijke bedrijfsvoering',
  COOPERATIVE: 'Coöperaties',
  OTHER: 'Overige samenwerkingsverbanden',
};

const LEVELS: ReadonlyArray<{ value: number; label: string }> = [
  { value: 1, label: '1 – basis' },
  { value: 2, label: '2' },
  { value: 3, label: '3 (standaard)' },
  { value: 4, label: '4' },
  { value: 5, label: '5 – expert' },
];

type Scope = 'municipality' | 'collaboration';

/**
 * The question of a section: a municipality (by CBS code) or a collaboration, and the minimum
 * level. `collaborationOnly` for the coverage, which compares the members of one collaboration.
 */
export function AreaPicker({
  lists,
  collaborationOnly = false,
  submitLabel,
  onSubmit,
}: {
  lists: AreaLists;
  collaborationOnly?: boolean;
  submitLabel: string;
  onSubmit: (choice: AreaChoice) => void;
}) {
  const baseId = useId();
  const [scope, setScope] = useState<Scope>(collaborationOnly ? 'collaboration' : 'municipality');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [collaborationId, setCollaborationId] = useState('');
  const [minLevel, setMinLevel] = useState(3);
  const [missing, setMissing] = useState(false);
  // One's own municipality is the likely question; preselect it until something else is chosen.
  const chosenCode = municipalityCode || lists.own?.code || '';

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const area = chosenArea(lists, scope, chosenCode, collaborationId);
    setMissing(area === null);
    if (area) onSubmit({ area, minLevel });
  };

  const areaId = `${baseId}-area`;
  const errorId = `${baseId}-missing`;
  return (
    <form className="kn-form" onSubmit={submit} noValidate>
      {collaborationOnly ? null : (
        <Fieldset>
          <FieldsetLegend>Gebied</FieldsetLegend>
          {(['municipality', 'collaboration'] as const).map((value) => (
            <FormField type="radio" key={value}>
              <RadioButton
                id={`${baseId}-${value}`}
                name={`${baseId}-scope`}
                checked={scope === value}
                onChange={() => {
                  setScope(value);
                  setMissing(false);
                }}
              />
              <FormLabel htmlFor={`${baseId}-${value}`} type="radio">
                {value === 'municipality'
                  ? 'Eén gemeente'
                  : 'Een samenwerkingsverband (alle gemeenten samen)'}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
      )}
      {scope === 'municipality' ? (
        <ListSelect
          id={areaId}
          errorId={missing ? errorId : null}
          label="Gemeente"
          what="Gemeenten"
          list={lists.municipalities}
          value={chosenCode}
          onChange={(value) => {
            setMunicipalityCode(value);
            setMissing(false);
          }}
        >
          {lists.municipalities.items?.map((municipality) => (
            <SelectOption key={municipality.code} value={municipality.code}>
              {municipality.name} ({municipality.code})
            </SelectOption>
          ))}
        </ListSelect>
      ) : (
        <ListSelect
          id={areaId}
          errorId={missing ? errorId : null}
          label="Samenwerkingsverband"
          what="Samenwerkingsverbanden"
          list={lists.collaborations}
          value={collaborationId}
          onChange={(value) => {
            setCollaborationId(value);
            setMissing(false);
          }}
        >
          <CollaborationOptions collaborations={lists.collaborations.items ?? []} own={lists.own} />
        </ListSelect>
      )}
      <FormField
        label={<FormLabel htmlFor={`${baseId}-level`}>Minimumniveau</FormLabel>}
        description={
          <FormFieldDescription id={`${baseId}-level-help`}>
            Vanaf welk niveau (1 basis tot 5 expert) iemand meetelt als iemand die de vaardigheid
            heeft.
          </FormFieldDescription>
        }
        input={
          <Select
            id={`${baseId}-level`}
            value={String(minLevel)}
            aria-describedby={`${baseId}-level-help`}
            onChange={(event) => setMinLevel(Number(event.target.value))}
          >
            {LEVELS.map((level) => (
              <SelectOption key={level.value} value={String(level.value)}>
                {level.label}
              </SelectOption>
            ))}
          </Select>
        }
      />
      <div>
        <Button type="submit" appearance="primary-action-button">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

function chosenArea(
  lists: AreaLists,
  scope: Scope,
  municipalityCode: string,
  collaborationId: string,
): Area | null {
  if (scope === 'municipality') {
    const found = lists.municipalities.items?.find((item) => item.code === municipalityCode);
    return found ? { kind: 'municipality', code: found.code, name: found.name } : null;
  }
  const found = lists.collaborations.items?.find((item) => item.id === collaborationId);
  return found ? { kind: 'collaboration', id: found.id, name: found.name } : null;
}

/** A Select over a whole list, with its loading and error states and the "choose one" error. */
function ListSelect({
  id,
  errorId,
  label,
  what,
  list,
  value,
  onChange,
  children,
}: {
  id: string;
  errorId: string | null;
  label: string;
  what: string;
  list: WholeList<unknown>;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const loading = list.items === null && list.problem === null;
  return (
    // label and input as FormField's own parts, so that each is on its own line.
    <FormField
      invalid={errorId !== null}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        errorId || list.problem ? (
          <>
            {errorId ? (
              <FormFieldDescription id={errorId} invalid>
                Kies een {label.toLowerCase()}.
              </FormFieldDescription>
            ) : null}
            {list.problem ? <HrProblem problem={list.problem} onRetry={list.retry} /> : null}
          </>
        ) : null
      }
      input={
        <Select
          id={id}
          value={value}
          busy={loading}
          invalid={errorId !== null}
          aria-describedby={errorId ?? undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          <SelectOption value="">
            {loading ? `${what} worden geladen…` : `Kies een ${label.toLowerCase()}`}
          </SelectOption>
          {children}
        </Select>
      }
    />
  );
}

/** One's own collaborations first (knowledge at risk answers only those), then by kind. */
function CollaborationOptions({
  collaborations,
  own,
}: {
  collaborations: readonly CollaborationOption[];
  own: AreaLists['own'];
}) {
  const ownIds = new Set(own?.collaborationIds ?? []);
  const mine = collaborations.filter((collaboration) => ownIds.has(collaboration.id));
  const others = collaborations.filter((collaboration) => !ownIds.has(collaboration.id));
  const kinds = [...new Set(others.map((collaboration) => collaboration.kind))].sort((a, b) =>
    (KIND_GROUPS[a] ?? a).localeCompare(KIND_GROUPS[b] ?? b, 'nl'),
  );
  const option = (collaboration: CollaborationOption) => (
    <SelectOption key={collaboration.id} value={collaboration.id}>
      {collaboration.name} ({collaboration.memberCount} gemeenten)
    </SelectOption>
  );
  return (
    <>
      {mine.length > 0 && own ? (
        <optgroup label={`Waar ${own.name} lid van is`}>{mine.map(option)}</optgroup>
      ) : null}
      {kinds.map((kind) => (
        <optgroup key={kind} label={KIND_GROUPS[kind] ?? kind}>
          {others.filter((collaboration) => collaboration.kind === kind).map(option)}
        </optgroup>
      ))}
    </>
  );
}
