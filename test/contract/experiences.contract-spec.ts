import { ChallengesErrorCode } from '../../src/challenges/challenges.exception';
import { ExperienceRole, Outcome } from '../../src/experiences/experience-role';
import { type ExperienceRecord } from '../../src/experiences/experience.record';
import { ExperiencesRepository } from '../../src/experiences/experiences.repository';
import { PeopleErrorCode } from '../../src/people/people.exception';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { challengeRow, municipalityRow, personRow } from '../support/factories';
import { GRAPH_STORES, type OpenGraph, openGraph } from './graph-stores';

describe.each(GRAPH_STORES)('experiences contract on %s', (store) => {
  let graph: OpenGraph;
  let sut: ExperiencesRepository;
  let importer: GraphImportRepository;
  const home = municipalityRow();

  beforeAll(async () => {
    graph = await openGraph(store);
    importer = graph.get(GraphImportRepository);
    await importer.importMunicipalities([home]);
    sut = graph.get(ExperiencesRepository);
  });
  afterAll(() => graph.close());

  /** A fresh person and challenge for one test. */
  async function pair(): Promise<{ personId: string; challengeId: string }> {
    const person = personRow({ municipalityCode: home.code });
    const challenge = challengeRow({ municipalityCode: home.code });
    await importer.importPeople([person]);
    await importer.importChallenges([challenge]);
    return { personId: person.id, challengeId: challenge.id };
  }

  const experience = (
    ids: { personId: string; challengeId: string },
    overrides: Partial<ExperienceRecord> = {},
  ): ExperienceRecord => ({
    ...ids,
    role: ExperienceRole.LEAD,
    outcome: Outcome.SOLVED,
    year: 2022,
    lessonsLearned: 'Begin klein.',
    ...overrides,
  });

  it('records an experience that reads back from both ends', async () => {
    const ids = await pair();
    const recorded = await sut.record(experience(ids));
    expect(recorded).toEqual(experience(ids));
    expect(await sut.findByPersonIds([ids.personId])).toEqual([recorded]);
    expect(await sut.findByChallengeIds([ids.challengeId])).toEqual([recorded]);
  });

  it('keeps one experience per person and challenge: recording again replaces it', async () => {
    const ids = await pair();
    await sut.record(experience(ids));
    const again = experience(ids, {
      role: ExperienceRole.ADVISOR,
      outcome: Outcome.PARTIAL,
      year: null,
      lessonsLearned: null,
    });
    expect(await sut.record(again)).toEqual(again);
    expect(await sut.findByChallengeIds([ids.challengeId])).toEqual([again]);
  });

  it('orders by most recent year first (no year last), then by id', async () => {
    const { personId, challengeId: first } = await pair();
    const { challengeId: second } = await pair();
    const { challengeId: third } = await pair();
    const { challengeId: fourth } = await pair();
    await sut.record(experience({ personId, challengeId: first }, { year: 2019 }));
    await sut.record(experience({ personId, challengeId: second }, { year: null }));
    await sut.record(experience({ personId, challengeId: third }, { year: 2024 }));
    await sut.record(experience({ personId, challengeId: fourth }, { year: 2024 }));
    const found = await sut.findByPersonIds([personId]);
    const sameYear = [third, fourth].sort();
    expect(found.map((each) => each.challengeId)).toEqual([...sameYear, first, second]);
  });

  it('gives the experiences of several challenges at once, grouped per challenge', async () => {
    const a = await pair();
    const b = await pair();
    const other = personRow({ municipalityCode: home.code });
    await importer.importPeople([other]);
    await sut.record(experience(a, { year: 2020 }));
    await sut.record(experience(b));
    await sut.record(
      experience({ personId: other.id, challengeId: a.challengeId }, { year: 2021 }),
    );
    const found = await sut.findByChallengeIds([a.challengeId, b.challengeId, 'nope']);
    // Within challenge a, 2021 comes before 2020; the groups themselves may come in any order.
    const pairs = found.map((each) => [each.challengeId, each.personId]);
    expect(pairs.filter(([challengeId]) => challengeId === a.challengeId)).toEqual([
      [a.challengeId, other.id],
      [a.challengeId, a.personId],
    ]);
    expect(pairs.filter(([challengeId]) => challengeId === b.challengeId)).toEqual([
      [b.challengeId, b.personId],
    ]);
    expect(pairs).toHaveLength(3);
    expect(await sut.findByChallengeIds([])).toEqual([]);
    expect(await sut.findByPersonIds([])).toEqual([]);
  });

  it('refuses an unknown person and writes nothing', async () => {
    const { challengeId } = await pair();
    const failure = sut.record(experience({ personId: 'no-such-person', challengeId }));
    await expect(failure).rejects.toMatchObject({ code: PeopleErrorCode.PERSON_NOT_FOUND });
    await expect(failure).rejects.toThrow('no-such-person');
    expect(await sut.findByChallengeIds([challengeId])).toEqual([]);
  });

  it('refuses an unknown challenge and writes nothing', async () => {
    const { personId } = await pair();
    const failure = sut.record(experience({ personId, challengeId: 'no-such-challenge' }));
    await expect(failure).rejects.toMatchObject({ code: ChallengesErrorCode.CHALLENGE_NOT_FOUND });
    await expect(failure).rejects.toThrow('no-such-challenge');
    expect(await sut.findByPersonIds([personId])).toEqual([]);
  });
});
