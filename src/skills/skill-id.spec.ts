import { SKILL_ID_MAX_LENGTH, SKILL_ID_PATTERN, skillIdFromName } from './skill-id';

describe('skillIdFromName', () => {
  it.each([
    ['Financiën', 'financien'],
    ['Wmo 2015', 'wmo-2015'],
    ['Digitaal Stelsel Omgevingswet (DSO)', 'digitaal-stelsel-omgevingswet-dso'],
    ['  Opvang ontheemden uit Oekraïne ', 'opvang-ontheemden-uit-oekraine'],
    ['Re-integratie & werkgeversdienstverlening', 're-integratie-werkgeversdienstverlening'],
    ['Café ĳzer Straße Ørsted', 'cafe-ijzer-strasse-orsted'],
    ['ICT--beveiliging__BIO', 'ict-beveiliging-bio'],
  ])('turns %j into %j', (name, id) => {
    const sut = skillIdFromName;
    expect(sut(name)).toBe(id);
    expect(sut(name)).toMatch(SKILL_ID_PATTERN);
  });

  it('returns an empty id when nothing is left to keep', () => {
    expect(skillIdFromName('!?')).toBe('');
    expect(skillIdFromName('日本語')).toBe('');
  });

  it('cuts long names to the maximum id length without a trailing hyphen', () => {
    const id = skillIdFromName(`${'a'.repeat(79)} b`);
    expect(id).toBe('a'.repeat(79));
    expect(id.length).toBeLessThanOrEqual(SKILL_ID_MAX_LENGTH);
    expect(skillIdFromName('x'.repeat(200))).toHaveLength(SKILL_ID_MAX_LENGTH);
  });
});
