/** Collaboration ids are stable, URL-safe business keys such as VR13 or dimpact. */
export const COLLABORATION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/;
export const COLLABORATION_ID_MESSAGE =
  'id must be 2 to 64 letters, digits, "-" or "_", starting with a letter or digit (e.g. VR13)';

/**
 * The id derived from a name when none is given: "Veiligheidsregio Fryslân" becomes
 * "veiligheidsregio-fryslan". Null when the name has too few letters or digits for a valid id.
 */
export function collaborationIdFromName(name: string): string | null {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // strip accents: â → a
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return COLLABORATION_ID_PATTERN.test(slug) ? slug : null;
}
