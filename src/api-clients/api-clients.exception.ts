import { DomainException } from '../common/errors/domain.exception';

export enum ApiClientsErrorCode {
  API_CLIENT_NOT_FOUND = 'API_CLIENT_NOT_FOUND',
}

export class ApiClientsException extends DomainException<ApiClientsErrorCode> {
  constructor(code: ApiClientsErrorCode, message: string) {
    super(code, message);
  }

  static notFound(id: string): ApiClientsException {
    return new ApiClientsException(
      ApiClientsErrorCode.API_CLIENT_NOT_FOUND,
      `There is no API client with id ${id}. List the clients and their ids with the apiClients query (or npm run apikey -- list).`,
    );
  }
}
