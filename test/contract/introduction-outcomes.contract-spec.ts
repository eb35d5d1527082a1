import { randomUUID } from 'node:crypto';
import { ChallengeStatus } from '../../src/challenges/challenge-status';
import { ExperienceRole, Outcome } from '../../src/experiences/experience-role';
import { ExperiencesRepository } from '../../src/experiences/experiences.repository';
import {
  type HelpedOutcome,
  IntroductionOutcomesRepository,
} from '../../src/introductions/introduction-outcomes.repository';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { challengeRow, municipalityRow, personRow } from '../support/factories';
import { GRAPH_STORES, type OpenGraph, openGraph } from './graph-stores';

describe.each(GRAPH_STORES)('introduction outcomes contract on %s', (store) => {
  let graph: OpenGraph;
  let sut: IntroductionOutcomesRepository;
  let importer: GraphImportRepository;
  let experiences: ExperiencesRepository;
  const home = municipalityRow();

  beforeAll(async () => {
    graph = await openGraph(store);
    importer = graph.get(GraphImportRepository);
    await importer.importMunicipalities([home]);
    sut = graph.get(IntroductionOutcomesRepository);
    experiences = graph.get(ExperiencesRepository);
  });
  afterAll(() => graph.close());

  async function people(): Promise<{ expertId: string; requesterId: string }> {
    const expert = personRow({ municipalityCode: home.code });
    const requester = personRow({ municipalityCode: home.code });
    await importer.importPeople([expert, requester]);
    return { expertId: expert.id, requesterId: requester.id };
  }

  async function challenge(status = ChallengeStatus.OPEN): Promise<string> {
    const row = challengeRow({ municipalityCode: home.code, status });
    await importer.importChallenges([row]);
    return row.id;
  }

  const outcome = (
    ids: { expertId: string; requesterId: string },
    overrides: Partial<HelpedOutcome> = {},
  ): HelpedOutcome => ({
    eventId: randomUUID(),
    introductionId: randomUUID(),
    challengeId: null,
    rating: 4,
    at: new Date('2026-11-02T10:00:00Z'),
    ...ids,
    ...overrides,
  });

  it('records one HELPED per event, however often the event is applied', async () => {
    const ids = await people();
    const event = outcome(ids);
    expect(await sut.recordHelped(event)).toBe('APPLIED');
    expect(await sut.recordHelped(event)).toBe('APPLIED');
    expect(await sut.helpedRecords([ids.expertId])).toEqual(
      new Map([[ids.expertId, { helped: 1, meanRating: 4 }]]),
    );

    await sut.recordHelped(outcome(ids, { rating: 2 }));
    await sut.recordHelped(outcome(ids, { rating: null }));
    expect(await sut.helpedRecords([ids.expertId, ids.requesterId])).toEqual(
      new Map([[ids.expertId, { helped: 3, meanRating: 3 }]]),
    );
  });

  it('lists the HELPED a person gave and received, from either side', async () => {
    const ids = await people();
    const named = await challenge();
    const given = outcome(ids, { challengeId: named, rating: 5 });
    const returned = outcome(
      { expertId: ids.requesterId, requesterId: ids.expertId },
      { rating: null },
    );
    await sut.recordHelped(given);
    await sut.recordHelped(returned);

    expect(await sut.helpedLinksOf(ids.expertId)).toEqual([
      {
        direction: 'GAVE',
        otherId: ids.requesterId,
        introductionId: given.introductionId,
        challengeId: named,
        rating: 5,
        at: given.at,
      },
      {
        direction: 'RECEIVED',
        otherId: ids.requesterId,
        introductionId: returned.introductionId,
        challengeId: null,
        rating: null,
        at: returned.at,
      },
    ]);
    expect((await sut.helpedLinksOf(ids.requesterId)).map((link) => link.direction)).toEqual([
      'GAVE',
      'RECEIVED',
    ]);
    expect(await sut.helpedLinksOf('nobody-by-this-id')).toEqual([]);
  });

  it('makes the expert an ADVISOR on the named challenge, with its outcome so far', async () => {
    const ids = await people();
    const open = await challenge();
    const solved = await challenge(ChallengeStatus.SOLVED);
    await sut.recordHelped(outcome(ids, { challengeId: open }));
    await sut.recordHelped(outcome(ids, { challengeId: solved }));
    const recorded = await experiences.findByPersonIds([ids.expertId]);
    expect(
      recorded.map(({ challengeId, role, outcome: result, year }) => ({
        challengeId,
        role,
        result,
        year,
      })),
    ).toEqual(
      expect.arrayContaining([
        { challengeId: open, role: ExperienceRole.ADVISOR, result: Outcome.ONGOING, year: 2026 },
        { challengeId: solved, role: ExperienceRole.ADVISOR, result: Outcome.SOLVED, year: 2026 },
      ]),
    );
    expect(recorded).toHaveLength(2);
  });

  it('leaves an expert who already worked on the challenge in the role they had', async () => {
    const ids = await people();
    const challengeId = await challenge();
    await experiences.record({
      personId: ids.expertId,
      challengeId,
      role: ExperienceRole.LEAD,
      outcome: Outcome.PARTIAL,
      year: 2021,
      lessonsLearned: 'Eerst de keten in kaart.',
    });
    await sut.recordHelped(outcome(ids, { challengeId }));
    expect(await experiences.findByPersonIds([ids.expertId])).toEqual([
      expect.objectContaining({ role: ExperienceRole.LEAD, outcome: Outcome.PARTIAL, year: 2021 }),
    ]);
  });

  it('skips an outcome whose expert or requester is gone, writing nothing', async () => {
    const ids = await people();
    const challengeId = await challenge();
    const gone = { ...ids, requesterId: `gone-${randomUUID()}` };
    expect(await sut.recordHelped(outcome(gone, { challengeId }))).toBe('SKIPPED_PERSON_GONE');
    expect(await sut.helpedRecords([ids.expertId])).toEqual(new Map());
    expect(await experiences.findByPersonIds([ids.expertId])).toEqual([]);
  });
});
