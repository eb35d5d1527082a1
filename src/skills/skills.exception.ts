import { DomainException } from '../common/errors/domain.exception';

export enum SkillsErrorCode {
  SKILL_NOT_FOUND = 'SKILL_NOT_FOUND',
  SKILL_NAME_TAKEN = 'SKILL_NAME_TAKEN',
}

export class SkillsException extends DomainException<SkillsErrorCode> {
  constructor(code: SkillsErrorCode, message: string) {
    super(code, message);
  }

  /** Names every unknown skill id at once, so the caller can fix them in one go. */
  static notFound(ids: readonly string[]): SkillsException {
    const list = ids.map((id) => `"${id}"`).join(', ');
    return new SkillsException(
      SkillsErrorCode.SKILL_NOT_FOUND,
      `Unknown skill id${ids.length > 1 ? 's' : ''} ${list}. Find ids with the skills query, or create the skill with upsertSkill.`,
    );
  }
}
