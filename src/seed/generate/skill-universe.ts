import { SKILL_CATALOGUE } from '../demo/skill-catalogue';
import { lowerFirst } from '../demo/text-format';
import { THEMES, type ThemeId } from '../demo/themes';
import { SKILL_ID_MAX_LENGTH, skillIdFromName } from '../../skills/skill-id';
import type { SkillRow } from './import-format';
import type { EscoSkill } from './esco-skills';

/** Where a generated skill comes from. */
export type SkillSource = 'catalogue' | 'esco' | 'specialisation';

export interface UniverseSkill extends SkillRow {
  category: ThemeId;
  source: SkillSource;
}

/**
 * Aspects of municipal work that turn a catalogue skill into a specialisation
 * ("Toezicht Wmo 2015", "Inkoop beschermd wonen"). With the 150 catalogue skills they give
 * about 5,000 distinct skills, which is what a national directory holds.
 */
export const SPECIALISATIONS: readonly string[] = [
  'beleid',
  'uitvoering',
  'advisering over',
  'projectleiding',
  'toezicht op',
  'implementatie van',
  'evaluatie van',
  'regionale samenwerking rond',
  'juridische aspecten van',
  'financiering van',
  'monitoring en data over',
  'communicatie over',
  'inkoop voor',
  'kwaliteitszorg in',
  'procesinrichting voor',
  'risicobeheersing bij',
  'participatie bij',
  'bestuurlijke advisering over',
  'ketensamenwerking rond',
  'opleiding en training in',
  'informatievoorziening voor',
  'verantwoording over',
  'subsidies voor',
  'innovatie in',
  'klachtbehandeling bij',
  'handhaving bij',
  'digitalisering van',
  'planning en control van',
  'wetgeving en jurisprudentie over',
  'stakeholdermanagement bij',
  'programmamanagement voor',
  'audit en review van',
  'klantcontact over',
  'ontwerp en herinrichting van',
];

// Keywords that place an ESCO skill in one of the themes; the first theme that matches wins.
const THEME_KEYWORDS: readonly [ThemeId, RegExp][] = [
  ['ict', /digita|ict|computer|software|data|gegevens|programm|internet|apparat|online|netwerk/i],
  ['financien', /financ|boekhoud|budget|belasting|kosten|geld|reken|begrot|transacties/i],
  ['veiligheid', /veilig|beveilig|brand|nood|risico|handhav|beschermen|gevaar|crisis/i],
  [
    'omgeving',
    /milieu|bouw|ruimte|natuur|landbouw|water|energie|vervoer|voertuig|dier|plant|grond|infrastructuur|gebouw|machine|materia/i,
  ],
  [
    'sociaal-domein',
    /zorg|sociaal|welzijn|onderwijs|gezondheid|jeugd|kind|patiënt|cliënt|begeleid|onderwijz|opleid|medisch|verzorg/i,
  ],
  ['dienstverlening', /communic|klant|publiek|dienst|informeren|presenter|taal|luister|klacht/i],
];

// Room for a "-2" … "-999" that makes an id unique within the API's limit.
const MAX_BASE_ID_LENGTH = SKILL_ID_MAX_LENGTH - 4;

/** The id the API would derive from a name, shortened to leave room for a number. */
function slug(text: string): string {
  const id = skillIdFromName(text).slice(0, MAX_BASE_ID_LENGTH).replace(/-+$/, '');
  return id === '' ? 'skill' : id;
}

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function themeOfEscoLabel(label: string): ThemeId {
  for (const [theme, pattern] of THEME_KEYWORDS) if (pattern.test(label)) return theme;
  return 'bedrijfsvoering';
}

/** A specialisation's name: "Toezicht op Wmo 2015", "Beleid schuldhulpverlening". */
export function specialisationName(aspect: string, skillName: string): string {
  return `${upperFirst(aspect)} ${lowerFirst(skillName)}`;
}

/**
 * The first `count` skills of the generated catalogue, in a fixed order that does not depend on
 * the seed (so a skill keeps its id from one run to the next): the demo catalogue (same ids),
 * then ESCO skills and skill groups with their concept URIs, then specialisations of the
 * catalogue skills, aspect by aspect. Names are unique without regard to case; ids are slugs,
 * as the API derives them from names (skillIdFromName), made unique with a number where two
 * names give the same slug.
 */
export function buildSkillUniverse(count: number, esco: readonly EscoSkill[]): UniverseSkill[] {
  if (!Number.isInteger(count) || count < SKILL_CATALOGUE.length) {
    throw new RangeError(
      `skills must be a whole number of at least ${SKILL_CATALOGUE.length} (the demo catalogue), got ${count}`,
    );
  }
  const names = new Set<string>();
  const ids = new Set<string>();
  const skills: UniverseSkill[] = [];
  const add = (skill: Omit<UniverseSkill, 'id'>, id: string): void => {
    if (skills.length >= count || names.has(skill.name.toLowerCase())) return;
    let unique = id;
    for (let n = 2; ids.has(unique); n += 1) unique = `${id}-${n}`;
    names.add(skill.name.toLowerCase());
    ids.add(unique);
    skills.push({ ...skill, id: unique });
  };

  for (const skill of SKILL_CATALOGUE) {
    add(
      {
        name: skill.name,
        aliases: [...skill.aliases],
        category: skill.category as ThemeId,
        escoUri: skill.escoUri,
        source: 'catalogue',
      },
      skill.id,
    );
  }
  for (const skill of esco) {
    const name = upperFirst(skill.label);
    add(
      {
        name,
        aliases: skill.altLabels.slice(0, 3),
        category: themeOfEscoLabel(skill.label),
        escoUri: skill.uri,
        source: 'esco',
      },
      slug(name),
    );
  }
  for (const aspect of SPECIALISATIONS) {
    for (const skill of SKILL_CATALOGUE) {
      // "Inkoop voor inkoop sociaal domein" says nothing new.
      if (skill.name.toLowerCase().includes(aspect.split(' ')[0])) continue;
      const name = specialisationName(aspect, skill.name);
      add(
        {
          name,
          aliases: [],
          category: skill.category as ThemeId,
          escoUri: null,
          source: 'specialisation',
        },
        slug(`${aspect.split(' ')[0]} ${skill.id}`),
      );
    }
  }
  if (skills.length < count) {
    throw new RangeError(`the skill sources give ${skills.length} distinct skills, not ${count}`);
  }
  return skills;
}

export const THEME_IDS: readonly ThemeId[] = THEMES.map((theme) => theme.id);
