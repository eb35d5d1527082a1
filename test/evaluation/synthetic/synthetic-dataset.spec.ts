import { loadReferenceData } from '../../../src/seed/reference/reference-data';
import { buildSyntheticDataset } from './synthetic-dataset';
import { generateSyntheticWorld, DEFAULT_SYNTHETIC_OPTIONS } from './synthetic-world';

describe('the synthetic benchmark', () => {
  const reference = loadReferenceData();
  const sut = buildSyntheticDataset(reference);

  it('is the same on every run', () => {
    const again = buildSyntheticDataset(reference);
    expect(again.graph).toEqual(sut.graph);
    expect(again.queries).toEqual(sut.queries);
  });

  it('changes with the seed', () => {
    const other = buildSyntheticDataset(reference, { ...DEFAULT_SYNTHETIC_OPTIONS, seed: 7 });
    expect(other.queries.map((q) => q.request.description)).not.toEqual(
      sut.queries.map((q) => q.request.description),
    );
  });

  it('gives every query at least one grade-2 answer and several relevant people', () => {
    for (const query of sut.queries) {
      expect([...query.relevant.values()]).toContain(2);
      expect(query.relevant.size).toBeGreaterThanOrEqual(3);
    }
  });

  it('marks the queries of the look-alike pairs, with the solvers of the sibling problem', () => {
    const { lookAlikePairs, queriesPerFamily } = DEFAULT_SYNTHETIC_OPTIONS;
    const lookAlike = sut.queries.filter((q) => q.lookAlikeSolvers);
    expect(lookAlike).toHaveLength(2 * lookAlikePairs * queriesPerFamily);
    expect(new Set(sut.queries.map((q) => q.id.split('#')[0])).size).toBe(60);
    for (const query of lookAlike) {
      const solvers = [...(query.lookAlikeSolvers ?? [])];
      expect(solvers.length).toBeGreaterThanOrEqual(3);
      expect(solvers.filter((id) => query.relevant.has(id))).toEqual([]);
    }
  });

  it("judges the sibling family's solvers not relevant for the pair's queries", () => {
    const world = generateSyntheticWorld(reference);
    const familyOf = new Map(world.population.challenges.map((c) => [c.id, c.familyId]));
    const byQuery = new Map(sut.queries.map((q) => [q.id, q]));
    for (const planted of world.queries.filter((q) => q.lookAlikeOf !== null)) {
      const siblingLeads = world.population.experiences
        .filter((e) => familyOf.get(e.challengeId) === planted.lookAlikeOf && e.role === 'LEAD')
        .filter((e) => e.outcome === 'SOLVED')
        .map((e) => e.personId);
      const query = byQuery.get(planted.id);
      expect(siblingLeads.length).toBeGreaterThan(0);
      expect(siblingLeads.filter((id) => query?.relevant.has(id))).toEqual([]);
    }
  });

  it('numbers people in random order, so ties broken by id favour nobody', () => {
    const ids = sut.graph.people.map((p) => p.id).sort();
    const median = ids[Math.floor(ids.length / 2)];
    const relevant = sut.queries.flatMap((q) => [...q.relevant.keys()]);
    const below = relevant.filter((id) => id < median).length / relevant.length;
    expect(below).toBeGreaterThan(0.35);
    expect(below).toBeLessThan(0.65);
  });

  it('plants every hard-rule trap for some query', () => {
    const reasons = sut.queries.flatMap((q) => [...q.forbidden.values()]);
    expect(new Set(reasons)).toEqual(new Set(['asker', 'own-municipality', 'not-visible']));
    expect(sut.queries.every((q) => q.unavailable.size > 0)).toBe(true);
  });

  it('plants hard-rule probes: a rare skill whose best holder is away, one local, one hidden', () => {
    expect(sut.probes.length).toBeGreaterThan(0);
    for (const probe of sut.probes) {
      expect(probe.request.description).toBe('Wie kan dit?');
      expect(probe.request.skillIds).toHaveLength(1);
      const holders = sut.graph.personSkills
        .filter((s) => s.skillId === probe.request.skillIds?.[0])
        .map((s) => s.personId);
      expect(holders).toHaveLength(6);
      expect(holders.filter((id) => probe.unavailable.has(id))).toHaveLength(1);
      expect(holders.filter((id) => probe.forbidden.has(id))).toHaveLength(2);
    }
  });

  it('never uses a query wording in a challenge of the graph', () => {
    const world = generateSyntheticWorld(reference);
    const descriptions = world.population.challenges.map((c) => c.description);
    for (const query of world.queries.filter((q) => !q.probe)) {
      const body = query.description
        .split(/(?<=[.?!]) /)
        .slice(1)
        .join(' ');
      expect(descriptions.some((d) => d.startsWith(body.slice(0, 60)))).toBe(false);
    }
  });

  it('only refers to people, skills and challenges it defines, in real municipalities', () => {
    const people = new Set(sut.graph.people.map((p) => p.id));
    const skills = new Set(sut.graph.skills.map((s) => s.id));
    const challenges = new Set(sut.graph.challenges.map((c) => c.id));
    const codes = new Set(reference.municipalities.map((m) => m.code));
    expect(people.size).toBe(sut.graph.people.length);
    expect(sut.graph.people.every((p) => codes.has(p.municipalityCode))).toBe(true);
    expect(
      sut.graph.personSkills.every((s) => people.has(s.personId) && skills.has(s.skillId)),
    ).toBe(true);
    expect(
      sut.graph.challengeSkills.every(
        (s) => challenges.has(s.challengeId) && skills.has(s.skillId),
      ),
    ).toBe(true);
    expect(
      sut.graph.experiences.every((e) => people.has(e.personId) && challenges.has(e.challengeId)),
    ).toBe(true);
    expect(
      sut.graph.acquaintances.every((a) => people.has(a.personId) && people.has(a.otherPersonId)),
    ).toBe(true);
    for (const query of sut.queries) {
      expect(people.has(query.request.askerId ?? '')).toBe(true);
      expect(query.request.skillIds?.every((id) => skills.has(id))).toBe(true);
    }
  });
});
