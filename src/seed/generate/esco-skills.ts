import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { defaultSeedDir } from '../reference/reference-data';

/** An ESCO skill or skill group with its Dutch labels. */
export interface EscoSkill {
  uri: string;
  label: string;
  altLabels: string[];
}

/**
 * The ESCO v1.0.8 files with Dutch labels copied into graph/seed/esco/ (see ATTRIBUTION.md), in
 * the order their skills join the generated catalogue: the transversal skills first (the most
 * general), then the ICT skills, then the skill groups of the skills pillar.
 */
export const ESCO_FILES = [
  'transversalSkillsCollection_nl.csv',
  'ictSkillsCollection_nl.csv',
  'skillGroups_nl.csv',
] as const;

// Labels of the hierarchy's top that are no skill anyone would list.
const TOO_GENERAL = new Set(['vaardigheden', 'waarden', 'transversale vaardigheden/competenties']);

interface EscoRow {
  conceptUri?: string;
  preferredLabel?: string;
  altLabels?: string;
}

/**
 * Reads the ESCO skills and skill groups (only concepts of the skills pillar, not the ISCED-F
 * fields of education that skillGroups_nl.csv also holds), each label once, in file order.
 */
export function loadEscoSkills(escoDir = path.join(defaultSeedDir(), 'esco')): EscoSkill[] {
  const seen = new Set<string>();
  const skills: EscoSkill[] = [];
  for (const file of ESCO_FILES) {
    const rows = parse<EscoRow>(fs.readFileSync(path.join(escoDir, file)), {
      columns: true,
      bom: true,
    });
    for (const row of rows) {
      const uri = row.conceptUri ?? '';
      const label = (row.preferredLabel ?? '').trim();
      if (!uri.startsWith('http://data.europa.eu/esco/skill/') || label === '') continue;
      const key = label.toLowerCase();
      if (seen.has(key) || TOO_GENERAL.has(key)) continue;
      seen.add(key);
      const altLabels = (row.altLabels ?? '')
        .split(/\n| \| /)
        .map((alt) => alt.trim())
        .filter((alt) => alt !== '' && !alt.includes('|'));
      skills.push({ uri, label, altLabels });
    }
  }
  return skills;
}
