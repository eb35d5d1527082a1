/** Skill ids are slugs: lowercase letters and digits in groups joined by single hyphens. */
export const SKILL_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SKILL_ID_MAX_LENGTH = 80;
/** Completes "<field> ..." in validation messages. */
export const SKILL_ID_RULE =
  'must be a skill id: lowercase letters and digits joined by single hyphens, e.g. "wmo-2015"';

// Letters that Unicode does not decompose into a base letter plus accent.
const LIGATURES: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  þ: 'th',
};

/**
 * The id a skill gets from its name when none is given: "Financiën" → "financien",
 * "Wmo 2015" → "wmo-2015". Returns '' when the name has no letter or digit to keep.
 */
export function skillIdFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // the accents NFKD split off
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (letter) => LIGATURES[letter])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SKILL_ID_MAX_LENGTH)
    .replace(/-+$/, '');
}
