import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultSeedDir } from '../reference/reference-data';
import { parseCsv } from '../reference/csv';
import { SKILL_CATALOGUE } from './skill-catalogue';
import { CHALLENGE_FAMILIES, THEME_TEXTS } from './texts';
import { BIO_OPENINGS, BIO_SKILL_SENTENCES, DESCRIPTION_CLOSINGS } from './texts/common-texts';
import { sentenceCount } from './text-format';
import { THEMES } from './themes';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const themeIds = THEMES.map((theme) => theme.id) as string[];
const skillIds = new Set(SKILL_CATALOGUE.map((skill) => skill.id));
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('skill catalogue', () => {
  it('has about 150 skills with unique slug ids and names, in every theme', () => {
    expect(SKILL_CATALOGUE.length).toBeGreaterThanOrEqual(140);
    expect(SKILL_CATALOGUE.length).toBeLessThanOrEqual(170);
    expect(skillIds.size).toBe(SKILL_CATALOGUE.length);
    expect(new Set(SKILL_CATALOGUE.map((s) => s.name.toLowerCase())).size).toBe(
      SKILL_CATALOGUE.length,
    );
    for (const skill of SKILL_CATALOGUE) {
      expect(skill.id).toMatch(SLUG);
      expect(themeIds).toContain(skill.category);
    }
    for (const theme of themeIds) {
      expect(SKILL_CATALOGUE.filter((s) => s.category === theme).length).toBeGreaterThanOrEqual(15);
    }
  });

  it('knows the usual abbreviations as aliases', () => {
    const aliases = (id: string): string[] =>
      SKILL_CATALOGUE.find((s) => s.id === id)?.aliases ?? [];
    expect(aliases('privacy-avg')).toEqual(expect.arrayContaining(['AVG', 'GDPR']));
    expect(aliases('informatiebeveiliging-bio')).toContain('BIO');
    expect(aliases('woo')).toContain('Woo');
  });

  it('points only to ESCO concepts that exist in the copied ESCO file', () => {
    const file = path.join(defaultSeedDir(), 'esco', 'transversalSkillsCollection_nl.csv');
    const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
    const uriColumn = header.fields.indexOf('conceptUri');
    const known = new Set(rows.map((row) => row.fields[uriColumn]));
    const linked = SKILL_CATALOGUE.filter((s) => s.escoUri !== null);
    expect(linked.length).toBeGreaterThan(0);
    for (const skill of linked) expect(known).toContain(skill.escoUri);
  });
});

describe('challenge families and job profiles', () => {
  it('has about 60 families with unique ids, spread over all themes', () => {
    expect(CHALLENGE_FAMILIES.length).toBeGreaterThanOrEqual(55);
    expect(new Set(CHALLENGE_FAMILIES.map((f) => f.id)).size).toBe(CHALLENGE_FAMILIES.length);
    for (const theme of themeIds) {
      expect(CHALLENGE_FAMILIES.filter((f) => f.theme === theme).length).toBeGreaterThanOrEqual(6);
    }
  });

  it('needs 2 or more known skills per family', () => {
    for (const family of CHALLENGE_FAMILIES) {
      expect(family.skills.length).toBeGreaterThanOrEqual(2);
      expect(new Set(family.skills).size).toBe(family.skills.length);
      for (const id of family.skills) expect(skillIds).toContain(id);
    }
  });

  it('tells every family in at least three different wordings of 1 to 3 sentences', () => {
    for (const family of CHALLENGE_FAMILIES) {
      expect(family.wordings.length).toBeGreaterThanOrEqual(3);
      expect(new Set(family.wordings.map((w) => w.description)).size).toBe(family.wordings.length);
      for (const wording of family.wordings) {
        expect(wording.titles.length).toBeGreaterThanOrEqual(1);
        expect(sentenceCount(wording.description)).toBeGreaterThanOrEqual(1);
        expect(sentenceCount(wording.description)).toBeLessThanOrEqual(3);
        // Titles leave room for " in <municipality>" within 120 characters.
        for (const title of [family.name, ...wording.titles])
          expect(title.length).toBeLessThanOrEqual(90);
        for (const text of [wording.description, ...wording.titles]) {
          expect(placeholders(text).every((p) => p === 'gemeente')).toBe(true);
        }
      }
    }
  });

  it('builds job profiles on known skills', () => {
    for (const texts of Object.values(THEME_TEXTS)) {
      expect(texts.profiles.length).toBeGreaterThanOrEqual(5);
      for (const profile of texts.profiles) {
        expect(profile.skills.length).toBeGreaterThanOrEqual(3);
        for (const id of profile.skills) expect(skillIds).toContain(id);
      }
    }
  });

  it('uses only the placeholders the generator fills', () => {
    for (const t of BIO_OPENINGS) {
      expect(
        placeholders(t).every((p) => ['title', 'Title', 'gemeente', 'focus', 'year'].includes(p)),
      ).toBe(true);
    }
    expect(BIO_OPENINGS[0]).toContain('{year}'); // the generator skips it when the year is unknown
    expect(BIO_OPENINGS.slice(1).some((t) => t.includes('{year}'))).toBe(false);
    for (const t of BIO_SKILL_SENTENCES)
      expect(placeholders(t).sort()).toEqual(['skill1', 'skill2']);
    for (const list of Object.values(DESCRIPTION_CLOSINGS)) {
      for (const t of list) expect(sentenceCount(t)).toBe(1);
    }
  });
});
