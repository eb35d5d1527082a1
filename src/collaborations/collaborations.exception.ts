import { DomainException } from '../common/errors/domain.exception';

export enum CollaborationsErrorCode {
  COLLABORATION_NOT_FOUND = 'COLLABORATION_NOT_FOUND',
  COLLABORATION_ID_REQUIRED = 'COLLABORATION_ID_REQUIRED',
}

export class CollaborationsException extends DomainException<CollaborationsErrorCode> {
  constructor(code: CollaborationsErrorCode, message: string) {
    super(code, message);
  }

  static notFound(id: string): CollaborationsException {
    return new CollaborationsException(
      CollaborationsErrorCode.COLLABORATION_NOT_FOUND,
      `There is no collaboration with id "${id}". List them with the collaborations query.`,
    );
  }

  static idRequired(name: string): CollaborationsException {
    return new CollaborationsException(
      CollaborationsErrorCode.COLLABORATION_ID_REQUIRED,
      `id: no id can be derived from the name "${name}" (it has too few letters or digits); pass an id such as "regio-noord".`,
    );
  }
}
