import { DomainException } from '../common/errors/domain.exception';

export enum SkillsErrorCode {
  SKILL_NOT_FOUND = 'SKILL_NOT_FOUND',
  SKILL_NAME_TAKEN = 'SKILL_NAME_TAKEN',
  /** No id was given and the name has no letter or digit to derive one from. */
  SKILL_ID_NOT_DERIVABLE = 'SKILL_ID_NOT_DERIVABLE',
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

  static nameTaken(name: string, ownerId: string): SkillsException {
    return new SkillsException(
      SkillsErrorCode.SKILL_NAME_TAKEN,
      `The skill name "${name}" is already used by skill "${ownerId}". To change that skill, call upsertSkill with id "${ownerId}"; to add a different skill, choose another name (or add "${name}" as an alias).`,
    );
  }

  static idNotDerivable(): SkillsException {
    return new SkillsException(
      SkillsErrorCode.SKILL_ID_NOT_DERIVABLE,
      'Invalid input: name needs at least one letter or digit (a-z, 0-9) to make an id from; or pass an id such as "wmo-2015".',
    );
  }
}
