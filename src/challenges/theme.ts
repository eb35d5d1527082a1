/**
 * Themes group challenges (and skills). The known ones are below; any slug-like value is
 * accepted so a municipality can use its own.
 */
export const KNOWN_THEMES = [
  'sociaal-domein',
  'omgeving',
  'ict',
  'bedrijfsvoering',
  'dienstverlening',
  'veiligheid',
  'financien',
] as const;

export const THEME_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const THEME_MESSAGE = `theme must be 2 to 60 lowercase letters or digits in words joined by "-", e.g. ${KNOWN_THEMES.join(', ')}`;
