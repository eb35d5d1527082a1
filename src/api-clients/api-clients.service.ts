import { Injectable } from '@nestjs/common';
import { CommonErrorCode, CommonException } from '../common/errors/common.exception';
import { type Page, type PageRequest } from '../common/pagination/page';
import { type ApiClientRecord } from './api-client.record';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { ApiClientsException } from './api-clients.exception';
import { ApiClientsRepository } from './api-clients.repository';

/** Listing and revoking API clients (admin operations and `npm run apikey`). */
@Injectable()
export class ApiClientsService {
  constructor(
    private readonly repository: ApiClientsRepository,
    private readonly authenticator: ApiKeyAuthenticator,
  ) {}

  list(page: PageRequest): Promise<Page<ApiClientRecord>> {
    if (page.after && typeof page.after[0] !== 'number') {
      throw new CommonException(
        CommonErrorCode.INVALID_CURSOR,
        'The cursor is not valid for apiClients. Pass the pageInfo.endCursor of a previous apiClients page, or leave "after" out to start at the newest client.',
      );
    }
    return this.repository.list(page);
  }

  /** Revokes the key (idempotent: a revoked client keeps its first revokedAt). */
  async revoke(id: string): Promise<ApiClientRecord> {
    const revoked = await this.repository.revoke(id, new Date());
    if (!revoked) throw ApiClientsException.notFound(id);
    this.authenticator.forget(id);
    return revoked;
  }
}
