import { DomainException } from '../common/errors/domain.exception';

export enum CollaborationsErrorCode {
  COLLABORATION_NOT_FOUND = 'COLLABORATION_NOT_FOUND',
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
}
