import { type GraphqlRequest } from './load-generator';

/**
 * The operations the benchmark measures, each with a deterministic rotation of inputs over the
 * demo population (ids demo-person-0001.., demo-challenge-0001..), so that no single answer
 * stays hot in a cache and every run asks the same things.
 */
export interface BenchOperation {
  readonly name: string;
  /** What it stands for, for the report. */
  readonly description: string;
  readonly request: (i: number) => GraphqlRequest;
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

const demoId = (prefix: string, n: number): string => `${prefix}-${String(n).padStart(4, '0')}`;

export function benchOperations(
  population: { people: number; challenges: number },
  withRecommend: boolean,
): BenchOperation[] {
  const person = (i: number): string => demoId('demo-person', 1 + ((i * 7919) % population.people));
  const challenge = (i: number): string =>
    demoId('demo-challenge', 1 + ((i * 31) % population.challenges));
  const operations: BenchOperation[] = [
    {
      name: 'searchPeople',
      description: `searchPeople(first: 10), ${SEARCH_QUERIES.length} queries in turn`,
      request: (i) => ({
        query: SEARCH_PEOPLE,
        variables: { query: SEARCH_QUERIES[i % SEARCH_QUERIES.length] },
      }),
    },
    {
      name: 'person lookup',
      description: 'person(id) with its skills and municipality',
      request: (i) => ({ query: LOOKUP_PERSON, variables: { id: person(i) } }),
    },
  ];
  operations.push(
    {
      name: 'skillGaps (collaboration)',
      description: `skillGaps of the largest collaboration (${LARGEST_COLLABORATION}, 31 members), 20 gaps with sources`,
      request: () => ({
        query: SKILL_GAPS,
        variables: { input: { collaborationId: LARGEST_COLLABORATION, first: 20 } },
      }),
    },
    {
      name: 'skillGaps (municipality)',
      description:
        'skillGaps of one of the four largest municipalities in turn, 20 gaps with sources',
      request: (i) => ({
        query: SKILL_GAPS,
        variables: {
          input: {
            municipalityCode: LARGE_MUNICIPALITIES[i % LARGE_MUNICIPALITIES.length],
            first: 20,
          },
        },
      }),
    },
  );
  if (withRecommend) {
    operations.push({
      name: 'recommendColleagues',
      description: 'recommendColleagues(challengeId, askerId, first: 10) with reasons and paths',
      request: (i) => ({
        query: RECOMMEND,
        variables: { input: { challengeId: challenge(i), askerId: person(i), first: 10 } },
      }),
    });
  }
  return operations;
}
