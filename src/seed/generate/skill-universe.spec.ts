import { SKILL_CATALOGUE } from '../demo/skill-catalogue';
import { THEMES } from '../demo/themes';
import { loadEscoSkills } from './esco-skills';
import { buildSkillUniverse, specialisationName, themeOfEscoLabel } from './skill-universe';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('buildSkillUniverse', () => {
  const esco = loadEscoSkills();
  const sut = buildSkillUniverse(5000, esco);

  it('reads hundreds of ESCO skills, each label once, all from the skills pillar', () => {
    expect(esco.length).toBeGreaterThan(400);
    expect(new Set(esco.map((s) => s.label.toLowerCase())).size).toBe(esco.length);
    for (const skill of esco)
      expect(skill.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
  });

  it('gives 5,000 skills with slug ids and names unique without regard to case', () => {
    expect(sut).toHaveLength(5000);
    expect(new Set(sut.map((s) => s.id)).size).toBe(5000);
    expect(new Set(sut.map((s) => s.name.toLowerCase())).size).toBe(5000);
    const themeIds: string[] = THEMES.map((t) => t.id);
    for (const skill of sut) {
      expect(skill.id).toMatch(SLUG);
      expect(skill.id.length).toBeLessThanOrEqual(100);
      expect(themeIds).toContain(skill.category);
      for (const alias of skill.aliases) expect(alias).not.toContain('|');
    }
  });

  it('starts with the demo catalogue, ids unchanged, then ESCO skills with their URIs', () => {
    expect(sut.slice(0, SKILL_CATALOGUE.length).map((s) => s.id)).toEqual(
      SKILL_CATALOGUE.map((s) => s.id),
    );
    const fromEsco = sut.filter((s) => s.source === 'esco');
    expect(fromEsco.length).toBeGreaterThan(400);
    for (const skill of fromEsco) expect(skill.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco/);
    expect(sut.filter((s) => s.source === 'specialisation').length).toBeGreaterThan(3000);
  });

  it('is a fixed order, so a smaller catalogue is a prefix of a larger one (same ids)', () => {
    expect(buildSkillUniverse(2000, esco)).toEqual(sut.slice(0, 2000));
  });

  it('refuses fewer skills than the demo catalogue and more than its sources give', () => {
    expect(() => buildSkillUniverse(10, esco)).toThrow(RangeError);
    expect(() => buildSkillUniverse(50_000, esco)).toThrow(/distinct skills/);
  });

  it('names specialisations as Dutch phrases and places ESCO skills in a theme', () => {
    expect(specialisationName('toezicht op', 'Wmo 2015')).toBe('Toezicht op Wmo 2015');
    expect(specialisationName('beleid', 'Schuldhulpverlening')).toBe('Beleid schuldhulpverlening');
    expect(themeOfEscoLabel('software voor spreadsheets gebruiken')).toBe('ict');
    expect(themeOfEscoLabel('leiding geven aan anderen')).toBe('bedrijfsvoering');
  });
});
