import { DomainException } from '../common/errors/domain.exception';

export enum MunicipalitiesErrorCode {
  MUNICIPALITY_NOT_FOUND = 'MUNICIPALITY_NOT_FOUND',
}

export class MunicipalitiesException extends DomainException<MunicipalitiesErrorCode> {
  constructor(code: MunicipalitiesErrorCode, message: string) {
    super(code, message);
  }

  static notFound(code: string): MunicipalitiesException {
    return new MunicipalitiesException(
      MunicipalitiesErrorCode.MUNICIPALITY_NOT_FOUND,
      `There is no municipality with CBS code ${code}. Codes look like GM0363; list them with the municipalities query.`,
    );
  }
}
