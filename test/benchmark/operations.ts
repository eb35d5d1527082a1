import { type BenchParameters } from './bench-parameters';

/** One GraphQL request: the operation and its variables. */
export interface GraphqlRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/**
 * The operations the benchmark measures, each with a deterministic rotation of inputs picked
 * from the loaded data (bench-parameters.ts), so that no single answer stays hot in a cache and
 * every run over the same data asks the same things.
 */
export interface BenchOperation {
  readonly name: string;
  /** What it stands for, for the report. */
  readonly description: string;
  readonly request: (i: number) => GraphqlRequest;
  /**
   * Whether the answer's `data` to the first request holds what was asked for. Checked once
   * before measuring, so that a server answering empty (a wrong id, a filter that matches
   * nothing) is not measured as fast.
   */
  readonly answered?: (data: Record<string, unknown>) => boolean;
}

/** The `data` field at a dotted path, for the `answered` checks. */
export function at(data: unknown, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      data,
    );
}

const SEARCH_PEOPLE = `query SearchPeople($query: String!) {
  searchPeople(query: $query, first: 10) {
    score
    person { id name title municipality { code name } }
    matchedSkills { id name }
  }
}`;

// Realistic questions: themes, skills by name and alias, titles, two-word combinations.
const SEARCH_QUERIES = [
  'aanbesteding',
  'jeugdzorg',
  'BIO',
  'Omgevingswet',
  'statushouders huisvesting',
  'Wmo maatwerkvoorziening',
  'schuldhulpverlening',
  'informatiebeveiliging',
  'beleidsadviseur',
  'energietransitie warmtenet',
  'Woo openbaarmaking',
  'contractmanagement',
  'participatiewet re-integratie',
  'vergunningverlening toezicht',
  'AVG privacy',
  'begroting',
];

const LOOKUP_PERSON = `query Person($id: ID!) {
  person(id: $id) {
    id name title availability
    municipality { code name }
    skills { level skill { id name } }
  }
}`;

const FLOOR = '{ __typename }';

const PEOPLE_FILTER = `query People($skillId: ID!, $municipalityCode: ID!) {
  people(filter: { skillId: $skillId, municipalityCode: $municipalityCode }, first: 20) {
    totalCount
    edges { node { id name title skills { level skill { id name } } } }
  }
}`;

const RECOMMEND = `query Recommend($input: RecommendInput!) {
  recommendColleagues(input: $input) {
    score
    reasons
    person { id name municipality { name } }
    matchedChallenges { similarity role outcome challenge { id title } }
    sharedSkills { id }
    introductionPath { id }
  }
}`;

const SKILL_GAPS = `query SkillGaps($input: SkillGapInput!) {
  skillGaps(input: $input) {
    challengeCount
    gaps {
      totalCount
      edges {
        node {
          skill { id name }
          demand { challengeCount weighted }
          holders { known complete }
          available { known complete }
          coverage
          severity
          sources { sharesCollaboration municipality { name } available { value suppressed } }
        }
      }
    }
  }
}`;

/** The largest collaboration of the reference data (31 members, graph/seed). */
export const LARGEST_COLLABORATION = 'VT27';
/** The four largest municipalities: Amsterdam, Rotterdam, Den Haag, Utrecht. */
const LARGE_MUNICIPALITIES = ['GM0363', 'GM0599', 'GM0518', 'GM0344'];

/** Challenges in an asker's own words, as someone would type them into the search box. */
const DESCRIPTIONS = [
  'We moeten de inkoop van jeugdzorg opnieuw aanbesteden samen met de regiogemeenten en zoeken ervaring met het opstellen van het bestek en contractmanagement.',
  'Hoe huisvesten we statushouders sneller? Wij zoeken collega’s die flexwoningen hebben gerealiseerd en de samenwerking met corporaties hebben ingericht.',
  'Ons warmtenet voor een bestaande wijk loopt vast op participatie van bewoners en de financiering; wie heeft een wijkaanpak voor de energietransitie uitgevoerd?',
  'De Omgevingswet vraagt een nieuw omgevingsplan en snellere vergunningverlening; wij zoeken ervaring met het omzetten van bestemmingsplannen en toezicht.',
  'Wij willen de schuldhulpverlening vroeger laten signaleren met gegevens van woningcorporaties en energieleveranciers, binnen de AVG.',
  'Na een datalek moeten we de informatiebeveiliging volgens de BIO op orde brengen en medewerkers bewust maken van phishing.',
];

export const OPERATION_NAMES = {
  floor: 'floor { __typename }',
  lookup: 'person lookup',
  filter: 'people filter',
  search: 'searchPeople',
  gapsCollaboration: 'skillGaps (collaboration)',
  gapsMunicipality: 'skillGaps (municipality)',
  recommendChallenge: 'recommendColleagues (challenge)',
  recommendDescription: 'recommendColleagues (description)',
} as const;

/** The i-th element, round and round. */
const nth = <T>(values: readonly T[], i: number): T => values[i % values.length];

export function benchOperations(parameters: BenchParameters): BenchOperation[] {
  const { personIds, challengeIds, skillInMunicipality } = parameters;
  // Step through the people with a stride prime to their number, so that consecutive requests
  // (and the 8 clients) ask about people far apart in the id order.
  const person = (i: number): string => nth(personIds, i * 7919);
  return [
    {
      name: OPERATION_NAMES.floor,
      description: 'the smallest query: no resolver, no store; the cost of HTTP, auth and GraphQL',
      request: () => ({ query: FLOOR, variables: {} }),
    },
    {
      name: OPERATION_NAMES.lookup,
      description: `person(id) with its skills and municipality, ${personIds.length} people in turn`,
      request: (i) => ({ query: LOOKUP_PERSON, variables: { id: person(i) } }),
      answered: (data) => typeof at(data, 'person.id') === 'string',
    },
    {
      name: OPERATION_NAMES.filter,
      description: `people(filter: {skillId, municipalityCode}, first: 20) with their skills, ${skillInMunicipality.length} pairs in turn`,
      request: (i) => ({ query: PEOPLE_FILTER, variables: { ...nth(skillInMunicipality, i) } }),
      answered: (data) => Number(at(data, 'people.totalCount')) > 0,
    },
    {
      name: OPERATION_NAMES.search,
      description: `searchPeople(first: 10), ${SEARCH_QUERIES.length} queries in turn`,
      request: (i) => ({ query: SEARCH_PEOPLE, variables: { query: nth(SEARCH_QUERIES, i) } }),
    },
    {
      name: OPERATION_NAMES.gapsCollaboration,
      description: `skillGaps of the largest collaboration (${LARGEST_COLLABORATION}, 31 members), 20 gaps with sources`,
      request: () => ({
        query: SKILL_GAPS,
        variables: { input: { collaborationId: LARGEST_COLLABORATION, first: 20 } },
      }),
    },
    {
      name: OPERATION_NAMES.gapsMunicipality,
      description:
        'skillGaps of one of the four largest municipalities in turn, 20 gaps with sources',
      request: (i) => ({
        query: SKILL_GAPS,
        variables: { input: { municipalityCode: nth(LARGE_MUNICIPALITIES, i), first: 20 } },
      }),
    },
    {
      name: OPERATION_NAMES.recommendChallenge,
      description: `recommendColleagues(challengeId, askerId, first: 10) with reasons and paths, ${challengeIds.length} challenges in turn`,
      request: (i) => ({
        query: RECOMMEND,
        variables: {
          input: { challengeId: nth(challengeIds, i * 31), askerId: person(i), first: 10 },
        },
      }),
    },
    {
      name: OPERATION_NAMES.recommendDescription,
      description: `recommendColleagues(description, askerId, first: 10) with reasons and paths, ${DESCRIPTIONS.length} descriptions in turn`,
      request: (i) => ({
        query: RECOMMEND,
        variables: { input: { description: nth(DESCRIPTIONS, i), askerId: person(i), first: 10 } },
      }),
    },
  ];
}
