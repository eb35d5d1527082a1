import { type ExperienceRecord } from './experience.record';
import { type Experience } from './models/experience.model';

export const toExperience = (record: ExperienceRecord): Experience => ({ ...record });
