import type { DemoTheme } from './types';

/** The themes that group skills (Skill.category) and challenges (Challenge.theme). */
export const THEMES = [
  { id: 'sociaal-domein', name: 'Sociaal domein' },
  { id: 'omgeving', name: 'Omgeving' },
  { id: 'ict', name: 'ICT en informatievoorziening' },
  { id: 'bedrijfsvoering', name: 'Bedrijfsvoering' },
  { id: 'dienstverlening', name: 'Dienstverlening' },
  { id: 'veiligheid', name: 'Veiligheid' },
  { id: 'financien', name: 'Financiën' },
] as const satisfies readonly DemoTheme[];

export type ThemeId = (typeof THEMES)[number]['id'];

/**
 * Rough share of the workforce and of the challenges per theme: the social domain and the
 * physical environment are the largest municipal tasks.
 */
export const THEME_WEIGHTS: Readonly<Record<ThemeId, number>> = {
  'sociaal-domein': 0.24,
  omgeving: 0.2,
  ict: 0.14,
  bedrijfsvoering: 0.13,
  dienstverlening: 0.12,
  veiligheid: 0.09,
  financien: 0.08,
};
