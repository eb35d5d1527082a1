import { ChallengeStatus } from '../../src/challenges/challenge-status';
import { SkillGapsRepository } from '../../src/gaps/skill-gaps.repository';
import { type SkillSupplyRow } from '../../src/gaps/skill-gaps.records';
import { EVERYONE_SCOPE, type VisibilityScope } from '../../src/people/visibility';
import { GraphImportRepository, type ImportPerson } from '../../src/seed/graph-import.repository';
import {
  challengeRow,
  municipalityRow,
  nextNumber,
  personRow,
  skillRow,
} from '../support/factories';
import { GRAPH_STORES, type OpenGraph, openGraph } from './graph-stores';

const OPEN_ONES = [ChallengeStatus.OPEN, ChallengeStatus.IN_PROGRESS];

/**
 * A small world: municipalities `a` and `b` share a collaboration, `c` stands alone. Skill
 * `wanted` is held in a by Anna (4, available), Bart (3, unavailable) and Cas (2, too low), in b
 * by Dirk (5, MUNICIPALITY-visible) and in c by Eva (3). Skill `rare` only by Anna. Challenges of
 * a: open (wanted, rare, theme ict), in progress (wanted), solved (rare; solved by Bart, now
 * unavailable, and Fien, who moved to c and is seen only there); of b: open (wanted, theme
 * omgeving).
 */
async function world(graph: OpenGraph) {
  const importer = graph.get(GraphImportRepository);
  const [a, b, c] = [municipalityRow(), municipalityRow(), municipalityRow()];
  await importer.importMunicipalities([a, b, c]);
  const collaboration = `gaps-collab-${nextNumber()}`;
  await importer.importCollaborations([{ id: collaboration, name: collaboration, kind: 'OTHER' }]);
  await importer.importMemberships([
    { collaborationId: collaboration, municipalityCode: a.code },
    { collaborationId: collaboration, municipalityCode: b.code },
  ]);
  const [wanted, rare] = [skillRow(), skillRow()];
  await importer.importSkills([wanted, rare]);
  const person = (code: string, overrides: Partial<ImportPerson> = {}) =>
    personRow({ municipalityCode: code, ...overrides });
  const anna = person(a.code);
  const bart = person(a.code, { availability: 'UNAVAILABLE' });
  const cas = person(a.code);
  const dirk = person(b.code, { visibility: 'MUNICIPALITY' });
  const eva = person(c.code);
  const fien = person(c.code, { visibility: 'MUNICIPALITY' });
  await importer.importPeople([anna, bart, cas, dirk, eva, fien]);
  await importer.importPersonSkills([
    { personId: anna.id, skillId: wanted.id, level: 4 },
    { personId: anna.id, skillId: rare.id, level: 5 },
    { personId: bart.id, skillId: wanted.id, level: 3 },
    { personId: cas.id, skillId: wanted.id, level: 2 },
    { personId: dirk.id, skillId: wanted.id, level: 5 },
    { personId: eva.id, skillId: wanted.id, level: 3 },
  ]);
  const open = challengeRow({ municipalityCode: a.code, theme: 'ict' });
  const busy = challengeRow({ municipalityCode: a.code, status: 'IN_PROGRESS' });
  const solved = challengeRow({ municipalityCode: a.code, status: 'SOLVED' });
  const elsewhere = challengeRow({ municipalityCode: b.code, theme: 'omgeving' });
  await importer.importChallenges([open, busy, solved, elsewhere]);
  await importer.importChallengeSkills([
    { challengeId: open.id, skillId: wanted.id, weight: null },
    { challengeId: open.id, skillId: rare.id, weight: null },
    { challengeId: busy.id, skillId: wanted.id, weight: null },
    { challengeId: solved.id, skillId: rare.id, weight: null },
    { challengeId: elsewhere.id, skillId: wanted.id, weight: null },
  ]);
  const experience = (personId: string) => ({
    personId,
    challengeId: solved.id,
    role: 'MEMBER',
    outcome: 'SOLVED',
    year: 2022,
    lessonsLearned: null,
  });
  await importer.importExperiences([experience(bart.id), experience(fien.id)]);
  return { a, b, c, wanted, rare, anna, bart, cas, dirk, eva, fien, open, busy, solved, elsewhere };
}

const sortedRows = (rows: readonly SkillSupplyRow[]) =>
  [...rows].sort(
    (x, y) =>
      x.skillId.localeCompare(y.skillId) || x.municipalityCode.localeCompare(y.municipalityCode),
  );

describe.each(GRAPH_STORES)('skill gaps contract on %s', (store) => {
  let graph: OpenGraph;
  let sut: SkillGapsRepository;
  let w: Awaited<ReturnType<typeof world>>;

  beforeAll(async () => {
    graph = await openGraph(store);
    sut = graph.get(SkillGapsRepository);
    w = await world(graph);
  });
  afterAll(() => graph.close());

  /** What someone working in `code` may see, partners given. */
  const viewerIn = (code: string, partners: string[]): VisibilityScope => ({
    seesEveryone: false,
    municipalityCode: code,
    partnerMunicipalityCodes: partners,
  });

  it("reads an area's open and in-progress challenges with their required skills", async () => {
    const found = await sut.demand({
      kind: 'area',
      municipalityCodes: [w.a.code],
      statuses: OPEN_ONES,
      themes: null,
    });
    expect(found.map((c) => c.id).sort()).toEqual([w.open.id, w.busy.id].sort());
    const open = found.find((c) => c.id === w.open.id)!;
    expect(open).toMatchObject({
      status: ChallengeStatus.OPEN,
      theme: 'ict',
      municipalityCode: w.a.code,
      requiredSkillIds: [w.wanted.id, w.rare.id].sort(),
    });
    expect(open.createdAt).toBeInstanceOf(Date);
    expect(open.createdAt.toISOString()).toBe(w.open.createdAt);
  });

  it('narrows the demand to themes, and reads named challenges whatever their status', async () => {
    const themed = await sut.demand({
      kind: 'area',
      municipalityCodes: [w.a.code, w.b.code],
      statuses: OPEN_ONES,
      themes: ['omgeving'],
    });
    expect(themed.map((c) => c.id)).toEqual([w.elsewhere.id]);
    const named = await sut.demand({
      kind: 'ids',
      challengeIds: [w.solved.id, 'no-such-challenge'],
    });
    expect(named).toMatchObject([
      { id: w.solved.id, status: ChallengeStatus.SOLVED, requiredSkillIds: [w.rare.id] },
    ]);
    expect(await sut.demand({ kind: 'ids', challengeIds: [] })).toEqual([]);
  });

  it('counts holders at the level and the available ones, per skill and municipality', async () => {
    const everywhere = await sut.supply([w.wanted.id, w.rare.id], 3, EVERYONE_SCOPE, null);
    expect(sortedRows(everywhere)).toEqual(
      sortedRows([
        { skillId: w.wanted.id, municipalityCode: w.a.code, holders: 2, available: 1 },
        { skillId: w.wanted.id, municipalityCode: w.b.code, holders: 1, available: 1 },
        { skillId: w.wanted.id, municipalityCode: w.c.code, holders: 1, available: 1 },
        { skillId: w.rare.id, municipalityCode: w.a.code, holders: 1, available: 1 },
      ]),
    );
    const inA = await sut.supply([w.wanted.id], 2, EVERYONE_SCOPE, [w.a.code]);
    expect(inA).toEqual([
      { skillId: w.wanted.id, municipalityCode: w.a.code, holders: 3, available: 2 },
    ]);
    expect(await sut.supply([w.wanted.id], 3, EVERYONE_SCOPE, [])).toEqual([]);
    expect(await sut.supply([], 3, EVERYONE_SCOPE, null)).toEqual([]);
  });

  it("counts only people the scope may see: b's MUNICIPALITY person for b, not for c", async () => {
    const seenFromB = await sut.supply([w.wanted.id], 3, viewerIn(w.b.code, [w.a.code]), [
      w.b.code,
    ]);
    expect(seenFromB).toEqual([
      { skillId: w.wanted.id, municipalityCode: w.b.code, holders: 1, available: 1 },
    ]);
    const seenFromC = await sut.supply([w.wanted.id], 3, viewerIn(w.c.code, []), [w.b.code]);
    expect(seenFromC).toEqual([]);
  });

  it('finds the skills held at the level by only a few people of the area', async () => {
    const thin = await sut.thinSkills([w.a.code], 3, 2, EVERYONE_SCOPE);
    expect([...thin].sort((x, y) => x.skillId.localeCompare(y.skillId))).toEqual(
      [
        { skillId: w.wanted.id, holders: 2 },
        { skillId: w.rare.id, holders: 1 },
      ].sort((x, y) => x.skillId.localeCompare(y.skillId)),
    );
    expect(await sut.thinSkills([w.a.code], 3, 1, EVERYONE_SCOPE)).toEqual([
      { skillId: w.rare.id, holders: 1 },
    ]);
    expect(await sut.thinSkills([w.a.code, w.b.code, w.c.code], 3, 2, EVERYONE_SCOPE)).toEqual([
      { skillId: w.rare.id, holders: 1 },
    ]);
  });

  it('reads every holding of the skills in the area, at any level, as the scope may see', async () => {
    const holdings = await sut.holdings(
      [w.a.code, w.b.code],
      [w.wanted.id],
      viewerIn(w.c.code, []),
    );
    expect(holdings.map((h) => `${h.personId} ${h.level} ${h.availability}`).sort()).toEqual(
      [`${w.anna.id} 4 AVAILABLE`, `${w.bart.id} 3 UNAVAILABLE`, `${w.cas.id} 2 AVAILABLE`].sort(),
    );
    expect(
      holdings.every((h) => h.skillId === w.wanted.id && h.municipalityCode === w.a.code),
    ).toBe(true);
  });

  it('names who worked on the solved challenges of the area, and where they work now', async () => {
    const solvers = await sut.solvers([w.a.code], EVERYONE_SCOPE);
    expect([...solvers].sort((x, y) => x.personId.localeCompare(y.personId))).toEqual(
      [
        {
          challengeId: w.solved.id,
          municipalityCode: w.a.code,
          personId: w.bart.id,
          availability: 'UNAVAILABLE',
          worksAt: w.a.code,
        },
        {
          challengeId: w.solved.id,
          municipalityCode: w.a.code,
          personId: w.fien.id,
          availability: 'AVAILABLE',
          worksAt: w.c.code,
        },
      ].sort((x, y) => x.personId.localeCompare(y.personId)),
    );
    expect(await sut.solvers([w.b.code], EVERYONE_SCOPE)).toEqual([]);
    const seenFromA = await sut.solvers([w.a.code], viewerIn(w.a.code, [w.b.code]));
    expect(seenFromA.map((row) => row.personId)).toEqual([w.bart.id]);
  });
});
