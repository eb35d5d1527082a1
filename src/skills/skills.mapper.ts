import { type Skill } from './models/skill.model';
import { type SkillRecord } from './skill.record';

export const toSkill = (record: SkillRecord): Skill => ({
  id: record.id,
  name: record.name,
  aliases: [...record.aliases],
  category: record.category,
  escoUri: record.escoUri,
});
