import { loadReferenceData, type ReferenceMunicipality } from '../reference/reference-data';
import { BASE_DATE_MS } from './dates';
import { generateDemoPopulation } from './generate-demo-population';
import { sentenceCount } from './text-format';
import type { DemoPopulation } from './types';

const share = <T>(items: readonly T[], test: (item: T) => boolean): number =>
  items.filter(test).length / items.length;

describe('generateDemoPopulation', () => {
  let municipalities: ReferenceMunicipality[];
  let sut: DemoPopulation;

  beforeAll(() => {
    municipalities = loadReferenceData().municipalities;
    sut = generateDemoPopulation(municipalities);
  });

  it('is deterministic: the same seed gives the same population', () => {
    expect(generateDemoPopulation(municipalities)).toEqual(sut);
    const other = generateDemoPopulation(municipalities, { seed: 7 });
    expect(other.people.map((p) => p.name)).not.toEqual(sut.people.map((p) => p.name));
  });

  it('uses neither Math.random nor the clock', () => {
    const random = jest.spyOn(Math, 'random');
    const now = jest.spyOn(Date, 'now');
    try {
      generateDemoPopulation(municipalities.slice(0, 20), { people: 100 });
      expect(random).not.toHaveBeenCalled();
      expect(now).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('has the default sizes', () => {
    expect(sut.themes).toHaveLength(7);
    expect(sut.skills.length).toBeGreaterThanOrEqual(140);
    expect(sut.people).toHaveLength(2000);
    expect(sut.challenges).toHaveLength(400);
    expect(sut.experiences.length).toBeGreaterThanOrEqual(1000);
    expect(sut.experiences.length).toBeLessThanOrEqual(1400);
    expect(sut.acquaintances.length).toBeGreaterThanOrEqual(3500);
    expect(sut.acquaintances.length).toBeLessThanOrEqual(4500);
  });

  it('places at least one person in every municipality, more in larger ones', () => {
    const perCode = new Map<string, number>();
    for (const p of sut.people)
      perCode.set(p.municipalityCode, (perCode.get(p.municipalityCode) ?? 0) + 1);
    for (const m of municipalities) expect(perCode.get(m.code) ?? 0).toBeGreaterThanOrEqual(1);
    expect(perCode.size).toBe(municipalities.length);
    expect(perCode.get('GM0363')).toBeGreaterThan(50); // Amsterdam
  });

  it('marks every person as fictitious', () => {
    for (const p of sut.people) {
      expect(p.id).toMatch(/^demo-person-\d{4,}$/);
      expect(p.email).toMatch(/^[a-z0-9.]+@demo\.example\.nl$/);
    }
    for (const c of sut.challenges) expect(c.id).toMatch(/^demo-challenge-\d{4,}$/);
    expect(new Set(sut.people.map((p) => p.id)).size).toBe(sut.people.length);
    expect(new Set(sut.people.map((p) => p.email)).size).toBe(sut.people.length);
  });

  it('resolves every reference', () => {
    const codes = new Set(municipalities.map((m) => m.code));
    const people = new Set(sut.people.map((p) => p.id));
    const skills = new Set(sut.skills.map((s) => s.id));
    const challenges = new Set(sut.challenges.map((c) => c.id));
    const themes = new Set(sut.themes.map((t) => t.id));
    for (const p of sut.people) expect(codes.has(p.municipalityCode)).toBe(true);
    for (const s of sut.skills) expect(themes.has(s.category)).toBe(true);
    for (const ps of sut.personSkills) {
      expect(people.has(ps.personId)).toBe(true);
      expect(skills.has(ps.skillId)).toBe(true);
    }
    for (const c of sut.challenges) {
      expect(codes.has(c.municipalityCode)).toBe(true);
      expect(themes.has(c.theme)).toBe(true);
    }
    for (const cs of sut.challengeSkills) {
      expect(challenges.has(cs.challengeId)).toBe(true);
      expect(skills.has(cs.skillId)).toBe(true);
    }
    for (const e of sut.experiences) {
      expect(people.has(e.personId)).toBe(true);
      expect(challenges.has(e.challengeId)).toBe(true);
    }
    for (const a of sut.acquaintances) {
      expect(people.has(a.personId)).toBe(true);
      expect(people.has(a.otherPersonId)).toBe(true);
    }
  });

  it('gives each person 3 to 8 distinct skills at levels 1 to 5', () => {
    const perPerson = new Map<string, Set<string>>();
    for (const { personId, skillId, level } of sut.personSkills) {
      expect(Number.isInteger(level) && level >= 1 && level <= 5).toBe(true);
      const set = perPerson.get(personId) ?? new Set<string>();
      expect(set.has(skillId)).toBe(false);
      perPerson.set(personId, set.add(skillId));
    }
    for (const p of sut.people) {
      const n = perPerson.get(p.id)?.size ?? 0;
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(8);
    }
  });

  it('has no self-links and no duplicate acquaintances', () => {
    const pairs = new Set<string>();
    for (const { personId, otherPersonId } of sut.acquaintances) {
      expect(personId).not.toBe(otherPersonId);
      const key = [personId, otherPersonId].sort().join('|');
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
    }
  });

  it('keeps most acquaintances close to home', () => {
    const province = new Map(municipalities.map((m) => [m.code, m.province]));
    const person = new Map(sut.people.map((p) => [p.id, p]));
    const nearby = share(sut.acquaintances, (a) => {
      const [x, y] = [person.get(a.personId), person.get(a.otherPersonId)];
      return province.get(x?.municipalityCode ?? '') === province.get(y?.municipalityCode ?? '');
    });
    expect(nearby).toBeGreaterThan(0.6);
    expect(nearby).toBeLessThan(1);
  });

  it('writes challenges with 2 to 5 weighted skills of their family', () => {
    const perChallenge = new Map<string, number>();
    for (const { challengeId, weight } of sut.challengeSkills) {
      expect(weight).toBeGreaterThanOrEqual(0.5);
      expect(weight).toBeLessThanOrEqual(1);
      perChallenge.set(challengeId, (perChallenge.get(challengeId) ?? 0) + 1);
    }
    for (const c of sut.challenges) {
      expect(perChallenge.get(c.id)).toBeGreaterThanOrEqual(2);
      expect(perChallenge.get(c.id)).toBeLessThanOrEqual(5);
      expect(c.title.length).toBeLessThanOrEqual(120);
      expect(sentenceCount(c.description)).toBeGreaterThanOrEqual(2);
      expect(sentenceCount(c.description)).toBeLessThanOrEqual(4);
      expect(c.title).not.toMatch(/[{}]/);
      expect(c.description).not.toMatch(/[{}]/);
    }
    expect(new Set(sut.challenges.map((c) => c.status))).toEqual(
      new Set(['OPEN', 'IN_PROGRESS', 'SOLVED']),
    );
  });

  it('describes every family several times, in different words', () => {
    const byFamily = new Map<string, Set<string>>();
    for (const c of sut.challenges) {
      byFamily.set(c.familyId, (byFamily.get(c.familyId) ?? new Set()).add(c.description));
    }
    expect(byFamily.size).toBeGreaterThanOrEqual(55);
    for (const descriptions of byFamily.values())
      expect(descriptions.size).toBeGreaterThanOrEqual(3);
  });

  it('records experiences mostly by people with matching skills, from nearby', () => {
    const skillsOf = new Map<string, Set<string>>();
    for (const ps of sut.personSkills)
      skillsOf.set(ps.personId, (skillsOf.get(ps.personId) ?? new Set()).add(ps.skillId));
    const required = new Map<string, string[]>();
    for (const cs of sut.challengeSkills)
      required.set(cs.challengeId, [...(required.get(cs.challengeId) ?? []), cs.skillId]);
    const challenge = new Map(sut.challenges.map((c) => [c.id, c]));
    const person = new Map(sut.people.map((p) => [p.id, p]));
    const province = new Map(municipalities.map((m) => [m.code, m.province]));

    const matching = share(sut.experiences, (e) =>
      (required.get(e.challengeId) ?? []).some((s) => skillsOf.get(e.personId)?.has(s)),
    );
    const nearby = share(sut.experiences, (e) => {
      const [p, c] = [person.get(e.personId), challenge.get(e.challengeId)];
      return province.get(p?.municipalityCode ?? '') === province.get(c?.municipalityCode ?? '');
    });
    expect(matching).toBeGreaterThan(0.75);
    expect(nearby).toBeGreaterThan(0.6);

    const pairs = new Set(sut.experiences.map((e) => `${e.personId}|${e.challengeId}`));
    expect(pairs.size).toBe(sut.experiences.length);
    for (const e of sut.experiences) {
      if (e.year !== null) expect(e.year >= 2015 && e.year <= 2025).toBe(true);
    }
    const lessons = share(sut.experiences, (e) => e.lessonsLearned !== null);
    expect(lessons).toBeGreaterThan(0.4);
    expect(lessons).toBeLessThan(0.6);
  });

  it('makes SOLVED the most common outcome on solved challenges and mixes the rest', () => {
    const status = new Map(sut.challenges.map((c) => [c.id, c.status]));
    const onSolved = sut.experiences.filter((e) => status.get(e.challengeId) === 'SOLVED');
    expect(share(onSolved, (e) => e.outcome === 'SOLVED')).toBeGreaterThan(0.6);
    const outcomes = new Set(sut.experiences.map((e) => e.outcome));
    expect(outcomes).toEqual(new Set(['SOLVED', 'PARTIAL', 'ONGOING', 'FAILED']));
    expect(new Set(sut.experiences.map((e) => e.role))).toEqual(
      new Set(['LEAD', 'MEMBER', 'ADVISOR']),
    );
  });

  it('spreads availability and visibility roughly 70/20/10', () => {
    expect(share(sut.people, (p) => p.availability === 'AVAILABLE')).toBeCloseTo(0.7, 1);
    expect(share(sut.people, (p) => p.availability === 'LIMITED')).toBeCloseTo(0.2, 1);
    expect(share(sut.people, (p) => p.visibility === 'NETWORK')).toBeCloseTo(0.7, 1);
    expect(share(sut.people, (p) => p.visibility === 'MUNICIPALITY')).toBeCloseTo(0.1, 1);
  });

  it('dates everything before the fixed base date', () => {
    for (const item of [...sut.people, ...sut.challenges]) {
      expect(item.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
      expect(Date.parse(item.createdAt)).toBeLessThan(BASE_DATE_MS);
    }
    for (const p of sut.people) {
      if (p.since !== null) {
        expect(p.since).toMatch(/^\d{4}-\d\d-\d\d$/);
        expect(p.since <= p.createdAt.slice(0, 10)).toBe(true);
      }
    }
  });

  it('writes Dutch titles and one- or two-sentence bios', () => {
    for (const p of sut.people) {
      expect(p.title.length).toBeGreaterThan(3);
      expect(p.department.length).toBeGreaterThanOrEqual(3); // "ICT"
      expect(p.name).toMatch(/^\S+ .+$/);
      expect([1, 2]).toContain(sentenceCount(p.bio));
      expect(p.bio).not.toMatch(/[{}]/);
    }
  });

  it('scales to other sizes and a subset of municipalities', () => {
    const few = municipalities.slice(0, 10);
    const small = generateDemoPopulation(few, { people: 60, challenges: 25, seed: 3 });
    expect(small.people).toHaveLength(60);
    expect(small.challenges).toHaveLength(25);
    expect(new Set(small.people.map((p) => p.municipalityCode)).size).toBe(10);
    expect(() => generateDemoPopulation(municipalities, { people: 100 })).toThrow(
      'at least one per municipality',
    );
    expect(() => generateDemoPopulation([])).toThrow('needs municipalities');
  });
});
