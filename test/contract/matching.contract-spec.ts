import { Global, type INestApplicationContext, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConfigModule } from '../../src/config/config.module';
import { ChallengesErrorCode } from '../../src/challenges/challenges.exception';
import { GraphStore } from '../../src/graph-store/graph-store';
import { GraphStoreModule } from '../../src/graph-store/graph-store.module';
import { ExpertFeedbackRepository } from '../../src/matching/expert-feedback.repository';
import { MatchingModule } from '../../src/matching/matching.module';
import { MatchingRepository } from '../../src/matching/matching.repository';
import { MatchingService } from '../../src/matching/matching.service';
import { queryWords } from '../../src/matching/query-words';
import {
  type RecommendationResult,
  type RecommendRequest,
} from '../../src/matching/recommendation.types';
import { PeopleErrorCode } from '../../src/people/people.exception';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { SkillsErrorCode } from '../../src/skills/skills.exception';
import { challengeRow, municipalityRow, personRow, skillRow } from '../support/factories';
import { emptyNeo4j } from '../support/fresh-neo4j';
import { makeTempDir } from '../support/temp-dir';
import { testConfig } from '../support/test-config';
import { GRAPH_STORES, type GraphStoreName } from './graph-stores';

/**
 * recommendColleagues on each store, over the small hand-made graph below (read it first: every
 * case names its people). The service runs in a Nest context of only the
 * configuration, GraphStoreModule and MatchingModule, as the evaluation uses it. Every expected
 * order is written out, so both stores giving the same answer follows from both passing.
 */

// ---- the graph -------------------------------------------------------------------------------
//
// Thuisdorp (home of the asker) and Buurstad share the collaboration "Regio Proef"; Grootstad and
// Kleindorp share "Zuidas Samen"; Gelijkstad is of Thuisdorp's size class, in no collaboration.
//
// KNOWS: asker–friend–lead, asker–friend–busy, asker–v1–busy, asker–collab-seen,
//        asker–secret–member, asker–v1–v2–member, asker–secret–away, asker–v1–v3–v4–skilled.
// mc-secret works in Gelijkstad with MUNICIPALITY visibility: Thuisdorp may not see them.

const codes = { home: 'GM9101', near: 'GM9102', same: 'GM9103', far: 'GM9104', small: 'GM9105' };

const askedText =
  'Regionale aanbesteding jeugdhulp. De gemeenten in de regio willen de inkoop van jeugdhulp samen aanbesteden en de contracten met zorgaanbieders gezamenlijk beheren.';

type PersonSpec = [
  id: string,
  name: string,
  code: string,
  visibility: string,
  availability: string,
];
const PEOPLE: PersonSpec[] = [
  ['mc-asker', 'Anna Vrager', codes.home, 'NETWORK', 'AVAILABLE'],
  ['mc-colleague', 'Carla Collega', codes.home, 'NETWORK', 'AVAILABLE'],
  ['mc-friend', 'Frank Vriend', codes.home, 'NETWORK', 'AVAILABLE'],
  ['mc-lead', 'Lotte Leider', codes.near, 'NETWORK', 'AVAILABLE'],
  ['mc-hidden-muni', 'Hanna Binnen', codes.near, 'MUNICIPALITY', 'AVAILABLE'],
  ['mc-collab-seen', 'Cor Zichtbaar', codes.near, 'COLLABORATIONS', 'AVAILABLE'],
  ['mc-v1', 'Victor Een', codes.near, 'NETWORK', 'AVAILABLE'],
  ['mc-member', 'Mira Lid', codes.same, 'NETWORK', 'AVAILABLE'],
  ['mc-away', 'Abel Weg', codes.same, 'NETWORK', 'UNAVAILABLE'],
  ['mc-secret', 'Sanne Geheim', codes.same, 'MUNICIPALITY', 'AVAILABLE'],
  ['mc-v2', 'Vera Twee', codes.same, 'NETWORK', 'AVAILABLE'],
  ['mc-collab-hidden', 'Cas Verborgen', codes.far, 'COLLABORATIONS', 'AVAILABLE'],
  ['mc-busy', 'Bram Druk', codes.far, 'NETWORK', 'LIMITED'],
  ['mc-v3', 'Vincent Drie', codes.far, 'NETWORK', 'AVAILABLE'],
  ['mc-skilled', 'Sara Kundig', codes.small, 'NETWORK', 'AVAILABLE'],
  ['mc-v4', 'Vos Vier', codes.small, 'NETWORK', 'AVAILABLE'],
  ['mc-unrelated', 'Uri Anders', codes.small, 'NETWORK', 'AVAILABLE'],
];

type ChallengeSpec = [id: string, code: string, theme: string, title: string, description: string];
const CHALLENGES: ChallengeSpec[] = [
  [
    'mc-asked',
    codes.home,
    'sociaal-domein',
    'Regionale aanbesteding jeugdhulp',
    'De gemeenten in de regio willen de inkoop van jeugdhulp samen aanbesteden en de contracten met zorgaanbieders gezamenlijk beheren.',
  ],
  [
    'mc-sim1',
    codes.near,
    'sociaal-domein',
    'Aanbesteding jeugdhulp in de regio',
    'Samen met de gemeenten in de regio de inkoop van jeugdhulp aanbesteden, met contracten voor zorgaanbieders die we gezamenlijk beheren.',
  ],
  [
    'mc-sim2',
    codes.same,
    'sociaal-domein',
    'Inkoop jeugdhulp bij zorgaanbieders',
    'Jeugdhulp regionaal inkopen en de contracten met zorgaanbieders beheren.',
  ],
  [
    'mc-sim3',
    codes.far,
    'sociaal-domein',
    'Jeugdhulp aanbesteden in de grote stad',
    'De aanbesteding van jeugdhulp voor de hele stad.',
  ],
  [
    'mc-own',
    codes.home,
    'sociaal-domein',
    'Contracten jeugdhulp beheren',
    'Het beheer van de contracten voor jeugdhulp.',
  ],
  [
    'mc-unrel',
    codes.small,
    'omgeving',
    'Omgevingswet invoeren',
    'Het digitale stelsel aansluiten en vergunningen verlenen.',
  ],
];

type ExperienceSpec = [
  personId: string,
  challengeId: string,
  role: string,
  outcome: string,
  year: number,
];
const EXPERIENCES: ExperienceSpec[] = [
  ['mc-colleague', 'mc-sim1', 'LEAD', 'SOLVED', 2024],
  ['mc-lead', 'mc-sim1', 'LEAD', 'SOLVED', 2024],
  ['mc-hidden-muni', 'mc-sim1', 'LEAD', 'SOLVED', 2024],
  ['mc-collab-seen', 'mc-sim1', 'ADVISOR', 'SOLVED', 2023],
  ['mc-away', 'mc-sim1', 'LEAD', 'SOLVED', 2024],
  ['mc-member', 'mc-sim2', 'MEMBER', 'PARTIAL', 2022],
  ['mc-collab-hidden', 'mc-sim3', 'LEAD', 'SOLVED', 2024],
  ['mc-busy', 'mc-sim3', 'ADVISOR', 'ONGOING', 2020],
  ['mc-unrelated', 'mc-unrel', 'LEAD', 'SOLVED', 2024],
];

/** What people wrote on their experiences: words no challenge text holds. */
const LESSONS = new Map([
  [
    'mc-unrelated mc-unrel',
    'Leg vroeg vast wie de vergunningchecks in het omgevingsloket beheert; dat scheelt maanden.',
  ],
]);

const G = {
  codes,
  askedText,
  municipalities: [
    { code: codes.home, name: 'Thuisdorp', population: 50_000 },
    { code: codes.near, name: 'Buurstad', population: 60_000 },
    { code: codes.same, name: 'Gelijkstad', population: 55_000 },
    { code: codes.far, name: 'Grootstad', population: 800_000 },
    { code: codes.small, name: 'Kleindorp', population: 8_000 },
  ],
  collaborations: [
    { id: 'mc-k1', name: 'Regio Proef', kind: 'OTHER' },
    { id: 'mc-k2', name: 'Zuidas Samen', kind: 'OTHER' },
  ],
  memberships: [
    { collaborationId: 'mc-k1', municipalityCode: codes.home },
    { collaborationId: 'mc-k1', municipalityCode: codes.near },
    { collaborationId: 'mc-k2', municipalityCode: codes.far },
    { collaborationId: 'mc-k2', municipalityCode: codes.small },
  ],
  skills: [
    { id: 'mc-jeugdwet', name: 'Jeugdwet' },
    { id: 'mc-aanbesteden', name: 'Aanbesteden' },
    { id: 'mc-omgevingswet', name: 'Omgevingswet' },
  ],
  people: PEOPLE.map(([id, name, municipalityCode, visibility, availability]) => ({
    id,
    name,
    municipalityCode,
    visibility,
    availability,
  })),
  personSkills: [
    { personId: 'mc-lead', skillId: 'mc-jeugdwet', level: 5 },
    { personId: 'mc-lead', skillId: 'mc-aanbesteden', level: 4 },
    { personId: 'mc-hidden-muni', skillId: 'mc-jeugdwet', level: 5 },
    { personId: 'mc-collab-hidden', skillId: 'mc-jeugdwet', level: 4 },
    { personId: 'mc-member', skillId: 'mc-jeugdwet', level: 3 },
    { personId: 'mc-skilled', skillId: 'mc-aanbesteden', level: 5 },
    { personId: 'mc-skilled', skillId: 'mc-jeugdwet', level: 2 },
    { personId: 'mc-unrelated', skillId: 'mc-omgevingswet', level: 5 },
  ],
  challenges: CHALLENGES.map(([id, municipalityCode, theme, title, description]) => ({
    id,
    municipalityCode,
    theme,
    title,
    description,
    status: 'SOLVED',
  })),
  challengeSkills: [
    { challengeId: 'mc-asked', skillId: 'mc-jeugdwet', weight: 1 },
    { challengeId: 'mc-asked', skillId: 'mc-aanbesteden', weight: 1 },
    { challengeId: 'mc-sim1', skillId: 'mc-jeugdwet', weight: 1 },
    { challengeId: 'mc-sim1', skillId: 'mc-aanbesteden', weight: 1 },
    { challengeId: 'mc-sim2', skillId: 'mc-jeugdwet', weight: 1 },
    { challengeId: 'mc-sim3', skillId: 'mc-aanbesteden', weight: 1 },
    { challengeId: 'mc-unrel', skillId: 'mc-omgevingswet', weight: 1 },
  ],
  experiences: EXPERIENCES.map(([personId, challengeId, role, outcome, year]) => ({
    personId,
    challengeId,
    role,
    outcome,
    year,
    lessonsLearned: LESSONS.get(`${personId} ${challengeId}`) ?? null,
  })),
  acquaintances: [
    ['mc-asker', 'mc-friend'],
    ['mc-friend', 'mc-lead'],
    ['mc-friend', 'mc-busy'],
    ['mc-asker', 'mc-v1'],
    ['mc-v1', 'mc-busy'],
    ['mc-asker', 'mc-collab-seen'],
    ['mc-asker', 'mc-secret'],
    ['mc-secret', 'mc-member'],
    ['mc-secret', 'mc-away'],
    ['mc-v1', 'mc-v2'],
    ['mc-v2', 'mc-member'],
    ['mc-v1', 'mc-v3'],
    ['mc-v3', 'mc-v4'],
    ['mc-v4', 'mc-skilled'],
  ].map(([personId, otherPersonId]) => ({ personId, otherPersonId })),
};

// ---- the cases -------------------------------------------------------------------------------

interface Matching {
  readonly context: INestApplicationContext;
  close(): Promise<void>;
}

/**
 * The feedback of introductions lives in the relational store, which this graph contract leaves
 * out: no expert has any, so the ranking is the graph's alone.
 */
@Global()
@Module({
  providers: [
    {
      provide: ExpertFeedbackRepository,
      useValue: { feedbackFor: () => Promise.resolve(new Map()) },
    },
  ],
  exports: [ExpertFeedbackRepository],
})
class NoIntroductionFeedbackModule {}

async function openMatching(store: GraphStoreName): Promise<Matching> {
  if (store === 'neo4j') await emptyNeo4j();
  const temp = makeTempDir(`matching-${store}`);
  const config = testConfig(temp.dir, { GRAPH_STORE: store });
  const context = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      GraphStoreModule.forRoot(config),
      NoIntroductionFeedbackModule,
      MatchingModule,
    ],
  }).compile();
  await context.get(GraphStore).migrate();
  return {
    context,
    close: async () => {
      await context.close();
      await context.get(GraphStore).close();
      temp.remove();
    },
  };
}

async function importGraph(importer: GraphImportRepository): Promise<void> {
  await importer.importMunicipalities(G.municipalities.map((row) => municipalityRow(row)));
  await importer.importCollaborations(G.collaborations);
  await importer.importMemberships(G.memberships);
  await importer.importSkills(G.skills.map((row) => skillRow(row)));
  await importer.importPeople(G.people.map((row) => personRow(row)));
  await importer.importPersonSkills(G.personSkills);
  await importer.importChallenges(G.challenges.map((row) => challengeRow(row)));
  await importer.importChallengeSkills(G.challengeSkills);
  await importer.importExperiences(G.experiences);
  await importer.importAcquaintances(G.acquaintances);
}

const ASK: RecommendRequest = {
  challengeId: 'mc-asked',
  askerId: 'mc-asker',
  includeOwnMunicipality: false,
  first: 10,
};
const OPTIONS = { referenceYear: 2025 };

const ids = (results: readonly RecommendationResult[]): string[] =>
  results.map((result) => result.personId);

describe.each(GRAPH_STORES)('matching contract on %s', (store) => {
  let matching: Matching;
  let sut: MatchingService;
  let repository: MatchingRepository;

  beforeAll(async () => {
    matching = await openMatching(store);
    await importGraph(matching.context.get(GraphImportRepository));
    sut = matching.context.get(MatchingService);
    repository = matching.context.get(MatchingRepository);
  });
  afterAll(() => matching.close());

  const recommend = (request: Partial<RecommendRequest> = {}): Promise<RecommendationResult[]> =>
    sut.recommend({ ...ASK, ...request }, OPTIONS);

  describe('the ranking', () => {
    it('ranks the same colleagues in the same order on every store', async () => {
      expect(ids(await recommend())).toEqual([
        'mc-lead',
        'mc-collab-seen',
        'mc-member',
        'mc-skilled',
        'mc-busy',
        'mc-away',
      ]);
    });

    it('answers a description like the challenge it describes', async () => {
      const results = await recommend({
        challengeId: undefined,
        description: G.askedText,
        skillIds: ['mc-jeugdwet', 'mc-aanbesteden'],
      });
      expect(ids(results).slice(0, 3)).toEqual(['mc-lead', 'mc-collab-seen', 'mc-member']);
    });

    it('cuts the list at first', async () => {
      expect(ids(await recommend({ first: 2 }))).toEqual(['mc-lead', 'mc-collab-seen']);
    });

    it('explains the top colleague with facts and their path', async () => {
      const [top] = await recommend();
      expect(top.reasons).toEqual([
        "Leidde 'Aanbesteding jeugdhulp in de regio' in Buurstad (opgelost, 2024)",
        'Deelt de vaardigheden Aanbesteden en Jeugdwet',
        'Werkt in een gemeente uit dezelfde samenwerking (Regio Proef)',
        'Bereikbaar via Frank Vriend',
      ]);
      expect(top.matchedChallenges).toEqual([
        {
          challengeId: 'mc-sim1',
          similarity: 1,
          lessonRelevance: 0,
          role: 'LEAD',
          outcome: 'SOLVED',
          year: 2024,
        },
      ]);
      // Aanbesteden is the rarer skill (2 holders against 5), so it comes first.
      expect(top.sharedSkillIds).toEqual(['mc-aanbesteden', 'mc-jeugdwet']);
      expect(top.introductionPath).toEqual(['mc-asker', 'mc-friend', 'mc-lead']);
      expect(top.score).toBeGreaterThan(0);
      expect(top.score).toBeLessThanOrEqual(1);
      for (const value of Object.values(top.signals)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    });
  });

  describe('evidence from what people wrote, and short queries', () => {
    it('finds an expert by the lessons they wrote, and quotes them', async () => {
      const results = await recommend({
        challengeId: undefined,
        description: 'vergunningcheck omgevingsloket',
      });
      expect(ids(results)).toEqual(['mc-unrelated']);
      expect(results[0].reasons[0]).toBe(
        'Leidde \'Omgevingswet invoeren\' in Kleindorp (opgelost, 2024) en schreef: "Leg vroeg vast wie de vergunningchecks in het omgevingsloket beheert; dat scheelt maanden."',
      );
    });

    it('splits a compound and fills the list with everyone visible who has evidence', async () => {
      const asked = { challengeId: undefined, description: 'jeugdhulpregio', first: 10 };
      // Every visible person outside the asking municipality who worked on a challenge saying
      // "jeugdhulp" or "regio": the available ones, then the unavailable one.
      expect(ids(await recommend(asked))).toEqual([
        'mc-lead',
        'mc-collab-seen',
        'mc-member',
        'mc-busy',
        'mc-away',
      ]);
      expect(ids(await recommend({ ...asked, first: 3 }))).toHaveLength(3);
      // The word as typed is in no text: without splitting nothing matches.
      expect(
        await sut.recommend({ ...ASK, ...asked }, { ...OPTIONS, splitCompounds: false }),
      ).toEqual([]);
    });

    it('gives reasons that each name evidence that exists', async () => {
      const titles = new Map(G.challenges.map((challenge) => [challenge.id, challenge.title]));
      const skillNames = new Map(G.skills.map((skill) => [skill.id, skill.name]));
      const requests: Partial<RecommendRequest>[] = [
        {},
        { challengeId: undefined, description: 'vergunningcheck omgevingsloket' },
        { challengeId: undefined, description: 'jeugdhulpregio' },
        { challengeId: undefined, description: G.askedText, skillIds: ['mc-jeugdwet'] },
      ];
      const checked = { challenges: 0, quotes: 0, skills: 0 };
      for (const request of requests) {
        for (const result of await recommend(request)) {
          const shown = result.matchedChallenges.map((match) => match.challengeId);
          for (const reason of result.reasons) {
            const done = /^(?:Leidde|Werkte mee aan|Adviseerde bij) '(.+?)' in /.exec(reason);
            if (done) {
              const challengeId = shown.find((id) => titles.get(id) === done[1]);
              expect(challengeId).toBeDefined();
              checked.challenges += 1;
              const quote = / en schreef: "(.+?)…?"$/.exec(reason);
              if (quote) {
                const lessons = LESSONS.get(`${result.personId} ${challengeId}`);
                expect(lessons?.startsWith(quote[1])).toBe(true);
                checked.quotes += 1;
              }
            }
            const shared = /^Deelt de (?:vaardigheid|vaardigheden) (.+)$/.exec(reason);
            if (shared) {
              const names = result.sharedSkillIds.map((id) => skillNames.get(id));
              for (const name of shared[1].split(/, | en /)) expect(names).toContain(name);
              checked.skills += 1;
            }
          }
        }
      }
      // Each kind of reason was met, so the checks above ran.
      expect(Math.min(checked.challenges, checked.quotes, checked.skills)).toBeGreaterThan(0);
    });
  });

  describe('hard rules', () => {
    it('never recommends the asker, not even when they are the best match', async () => {
      const results = await recommend({ askerId: 'mc-lead', includeOwnMunicipality: true });
      expect(ids(results)).not.toContain('mc-lead');
      expect(results.length).toBeGreaterThan(0);
    });

    it('leaves out the asking municipality, and includes it when asked', async () => {
      expect(ids(await recommend())).not.toContain('mc-colleague');
      const own = await recommend({ includeOwnMunicipality: true });
      expect(ids(own)).toContain('mc-colleague');
      expect(own.find((each) => each.personId === 'mc-colleague')?.reasons).toContain(
        'Werkt in uw eigen gemeente (Thuisdorp)',
      );
    });

    it('takes municipalityCode as the asking municipality over the asker’s own', async () => {
      const results = await recommend({ municipalityCode: G.codes.near });
      expect(ids(results)).not.toContain('mc-lead');
      expect(ids(results)).toContain('mc-colleague');
    });

    it('never shows a MUNICIPALITY person outside their municipality', async () => {
      expect(ids(await recommend())).not.toContain('mc-hidden-muni');
      // Their own municipality may see them (when it includes itself).
      const fromNear = await recommend({
        askerId: undefined,
        municipalityCode: G.codes.near,
        includeOwnMunicipality: true,
      });
      expect(ids(fromNear)).toContain('mc-hidden-muni');
    });

    it('shows a COLLABORATIONS person only to municipalities sharing a collaboration', async () => {
      const fromHome = await recommend();
      expect(ids(fromHome)).toContain('mc-collab-seen'); // Buurstad shares Regio Proef with Thuisdorp
      expect(ids(fromHome)).not.toContain('mc-collab-hidden'); // Grootstad does not
      const fromSmall = await recommend({ askerId: undefined, municipalityCode: G.codes.small });
      expect(ids(fromSmall)).toContain('mc-collab-hidden'); // Kleindorp shares Zuidas Samen
    });

    it('shows only NETWORK people when nobody asks (no asker, no municipality)', async () => {
      const results = await recommend({ askerId: undefined });
      expect(ids(results).sort()).toEqual(
        ['mc-away', 'mc-busy', 'mc-colleague', 'mc-lead', 'mc-member', 'mc-skilled'].sort(),
      );
      expect(results.every((each) => each.introductionPath === null)).toBe(true);
    });

    it('ranks unavailable people after every available one, whatever their score', async () => {
      const results = await recommend();
      const away = results.find((each) => each.personId === 'mc-away');
      expect(ids(results).at(-1)).toBe('mc-away');
      // mc-away solved the most similar challenge: by score alone they would be near the top.
      expect(away?.signals.experience).toBe(1);
      expect(away?.reasons.at(-1)).toBe('Nu niet beschikbaar');
      const busy = results.find((each) => each.personId === 'mc-busy');
      expect(busy?.reasons.at(-1)).toBe('Beperkt beschikbaar');
    });
  });

  describe('introduction paths', () => {
    const pathOf = (results: RecommendationResult[], id: string): string[] | null | undefined =>
      results.find((each) => each.personId === id)?.introductionPath;

    it('is the shortest path: direct acquaintances in one step', async () => {
      const results = await recommend();
      expect(pathOf(results, 'mc-collab-seen')).toEqual(['mc-asker', 'mc-collab-seen']);
      expect(results.find((each) => each.personId === 'mc-collab-seen')?.reasons).toContain(
        'U kent elkaar al',
      );
    });

    it('picks the first of equally short paths by id, the same on every store', async () => {
      // mc-busy is two steps away through mc-friend and through mc-v1.
      expect(pathOf(await recommend(), 'mc-busy')).toEqual(['mc-asker', 'mc-friend', 'mc-busy']);
    });

    it('goes around a hidden person when a visible path of at most 3 steps exists', async () => {
      // The shortest path runs through mc-secret, whom Thuisdorp may not see.
      const results = await recommend();
      expect(pathOf(results, 'mc-member')).toEqual(['mc-asker', 'mc-v1', 'mc-v2', 'mc-member']);
      const reasons = results.flatMap((each) => each.reasons).join(' ');
      expect(reasons).not.toContain('Sanne Geheim');
    });

    it('is null when only a hidden person connects, or the path is longer than 3 steps', async () => {
      const results = await recommend();
      expect(pathOf(results, 'mc-away')).toBeNull(); // only through mc-secret
      expect(pathOf(results, 'mc-skilled')).toBeNull(); // 4 steps away
    });
  });

  describe('errors', () => {
    it('names an unknown challenge, skill or asker', async () => {
      await expect(recommend({ challengeId: 'mc-nope' })).rejects.toMatchObject({
        code: ChallengesErrorCode.CHALLENGE_NOT_FOUND,
      });
      const skills = recommend({ skillIds: ['mc-jeugdwet', 'mc-nope-1', 'mc-nope-2'] });
      await expect(skills).rejects.toMatchObject({ code: SkillsErrorCode.SKILL_NOT_FOUND });
      await expect(skills).rejects.toThrow(/"mc-nope-1", "mc-nope-2"/);
      await expect(recommend({ askerId: 'mc-nobody' })).rejects.toMatchObject({
        code: PeopleErrorCode.PERSON_NOT_FOUND,
      });
    });
  });

  describe('repository', () => {
    it('finds similar challenges by text, the asked one left out, the best first', async () => {
      const hits = await repository.similarChallenges(queryWords(G.askedText), 10, 'mc-asked');
      expect(hits[0].challengeId).toBe('mc-sim1');
      expect(hits.map((hit) => hit.challengeId).sort()).toEqual(
        ['mc-own', 'mc-sim1', 'mc-sim2', 'mc-sim3'].sort(),
      );
      const withAsked = await repository.similarChallenges(queryWords(G.askedText), 1, null);
      expect(withAsked.map((hit) => hit.challengeId)).toEqual(['mc-asked']);
      expect(await repository.similarChallenges([], 10, null)).toEqual([]);
    });

    it('treats query syntax in words as plain text', async () => {
      const hits = await repository.similarChallenges(['jeugdhulp*', '"OR', 'a:b)'], 10, null);
      expect(hits.length).toBeGreaterThan(0);
    });

    it('gives every shortest path, and the 3-step detours', async () => {
      const shortest = await repository.shortestKnowsPaths('mc-asker', ['mc-busy', 'mc-member']);
      expect(shortest.map((path) => [...path.personIds]).sort()).toEqual([
        ['mc-asker', 'mc-friend', 'mc-busy'],
        ['mc-asker', 'mc-secret', 'mc-member'],
        ['mc-asker', 'mc-v1', 'mc-busy'],
      ]);
      const detours = await repository.threeHopKnowsPaths('mc-asker', ['mc-member']);
      expect(detours.map((path) => [...path.personIds])).toContainEqual([
        'mc-asker',
        'mc-v1',
        'mc-v2',
        'mc-member',
      ]);
      expect(await repository.shortestKnowsPaths('mc-asker', ['mc-skilled'])).toEqual([]);
    });

    it('reads people, municipalities and skills as the ranking needs them', async () => {
      const [lead] = await repository.people(['mc-lead']);
      expect(lead).toMatchObject({
        municipalityCode: G.codes.near,
        visibility: 'NETWORK',
        challengeThemes: ['sociaal-domein'],
      });
      const levels = await repository.skillLevels(
        ['mc-lead', 'mc-skilled', 'mc-unrelated'],
        ['mc-aanbesteden', 'mc-omgevingswet'],
      );
      expect(levels.map((row) => `${row.personId} ${row.skillId} ${row.level}`).sort()).toEqual([
        'mc-lead mc-aanbesteden 4',
        'mc-skilled mc-aanbesteden 5',
        'mc-unrelated mc-omgevingswet 5',
      ]);
      const [near] = await repository.municipalities([G.codes.near]);
      expect(near).toEqual({
        code: G.codes.near,
        name: 'Buurstad',
        population: 60_000,
        collaborations: [{ id: 'mc-k1', name: 'Regio Proef' }],
      });
      const inContext = await repository.peopleInContext([
        'mc-lead',
        'mc-v1',
        'mc-member',
        'mc-nope',
      ]);
      expect(inContext.people.map((person) => person.id).sort()).toEqual([
        'mc-lead',
        'mc-member',
        'mc-v1',
      ]);
      expect(inContext.people.find((person) => person.id === 'mc-lead')).toEqual(lead);
      expect([...inContext.municipalities].sort((a, b) => a.code.localeCompare(b.code))).toEqual([
        near,
        { code: G.codes.same, name: 'Gelijkstad', population: 55_000, collaborations: [] },
      ]);
      expect(await repository.skillFrequencies(['mc-jeugdwet', 'mc-nope'])).toEqual([
        { skillId: 'mc-jeugdwet', name: 'Jeugdwet', holders: 5 },
      ]);
      expect(await repository.peopleCount()).toBe(G.people.length);
      expect(
        (await repository.skillHolders(['mc-jeugdwet'], 2)).map((holder) => holder.personId),
      ).toEqual(['mc-hidden-muni', 'mc-lead']);
    });

    it('names the other municipalities sharing a collaboration with one', async () => {
      const partners = async (code: string): Promise<string[]> =>
        (await repository.partnerMunicipalities(code)).sort();
      expect(await partners(G.codes.home)).toEqual([G.codes.near]);
      expect(await partners(G.codes.far)).toEqual([G.codes.small]);
      expect(await partners(G.codes.same)).toEqual([]);
      expect(await partners('GM0000')).toEqual([]);
    });

    // Last: it adds to the graph. Kuzu keeps these reads until the next write.
    it('sees the municipalities and the number of people as changed by a write', async () => {
      expect(await repository.municipalities([G.codes.same])).toMatchObject([
        { collaborations: [] },
      ]);
      expect(await repository.peopleCount()).toBe(G.people.length);
      const importer = matching.context.get(GraphImportRepository);
      await importer.importMemberships([
        { collaborationId: 'mc-k2', municipalityCode: G.codes.same },
      ]);
      await importer.importPeople([
        personRow({ ...G.people[0], id: 'mc-late', name: 'Laura Laat' }),
      ]);
      expect(await repository.municipalities([G.codes.same])).toMatchObject([
        { collaborations: [{ id: 'mc-k2', name: 'Zuidas Samen' }] },
      ]);
      expect(await repository.peopleCount()).toBe(G.people.length + 1);
      expect((await repository.partnerMunicipalities(G.codes.same)).sort()).toEqual(
        [G.codes.far, G.codes.small].sort(),
      );
    });
  });
});
