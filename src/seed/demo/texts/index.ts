import type { ThemeId } from '../themes';
import { BEDRIJFSVOERING } from './bedrijfsvoering';
import { DIENSTVERLENING } from './dienstverlening';
import { FINANCIEN } from './financien';
import { ICT } from './ict';
import { OMGEVING } from './omgeving';
import { SOCIAAL_DOMEIN } from './sociaal-domein';
import type { ChallengeFamily, ThemeTexts } from './text-types';
import { VEILIGHEID } from './veiligheid';

export type { ChallengeFamily, PersonProfile, ThemeTexts, Wording } from './text-types';

export const THEME_TEXTS: Readonly<Record<ThemeId, ThemeTexts>> = {
  'sociaal-domein': SOCIAAL_DOMEIN,
  omgeving: OMGEVING,
  ict: ICT,
  bedrijfsvoering: BEDRIJFSVOERING,
  dienstverlening: DIENSTVERLENING,
  veiligheid: VEILIGHEID,
  financien: FINANCIEN,
};

/** A challenge family with the theme it belongs to. */
export interface ThemedFamily extends ChallengeFamily {
  theme: ThemeId;
}

/** All challenge families, theme by theme, in a stable order. */
export const CHALLENGE_FAMILIES: readonly ThemedFamily[] = Object.values(THEME_TEXTS).flatMap(
  (texts) => texts.families.map((family) => ({ ...family, theme: texts.theme })),
);
