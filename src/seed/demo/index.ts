export {
  DEFAULT_DEMO_PEOPLE,
  DEFAULT_DEMO_SEED,
  generateDemoPopulation,
  type DemoPopulationOptions,
} from './generate-demo-population';
export { SKILL_CATALOGUE } from './skill-catalogue';
export { CHALLENGE_FAMILIES, type ThemedFamily } from './texts';
export { THEMES, type ThemeId } from './themes';
export { DEMO_EMAIL_DOMAIN } from './names';
export type * from './types';
