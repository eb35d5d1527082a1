import { type IntroductionRecord } from './introduction.record';
import { type Introduction } from './models/introduction.model';

export const toIntroduction = (record: IntroductionRecord): Introduction => ({ ...record });
