import { Injectable } from '@nestjs/common';
import { type Request } from 'express';
import { type CredentialCheckers, identifyCaller } from './credentials';
import { PersonTokens } from './oidc/person-tokens';
import { CommonErrorCode, CommonException } from '../common/errors/common.exception';
import { ApiKeyVerifier } from '../common/request/api-key-verifier';
import { type Caller, hasScope, Scope } from '../common/request/caller';
import { AppConfig } from '../config/app-config';
import { RequestRateLimiter } from '../security/rate-limit';

/**
 * Who is calling a REST endpoint (the HR exports): the same bearer credentials as the GraphQL
 * API (the administrator key, an API client key, a person's sign-in token), its own count of the
 * same rate limits, and the scope the endpoint needs. Anonymous callers are refused whatever
 * ALLOW_ANONYMOUS_READ says.
 */
@Injectable()
export class RestCaller {
  private readonly checkers: CredentialCheckers;

  constructor(
    config: AppConfig,
    apiKeys: ApiKeyVerifier,
    personTokens: PersonTokens,
    /** The service's one limiter: the same limits as the GraphQL endpoint, counted apart. */
    private readonly rateLimiter: RequestRateLimiter,
  ) {
    this.checkers = {
      adminApiKey: config.ADMIN_API_KEY,
      apiKeys,
      personTokens,
      beforeKeyCheck: (origin) => rateLimiter.refuseAddressOverLimit('rest', origin),
    };
  }

  /** The caller, if they hold `scope`; UNAUTHENTICATED or FORBIDDEN otherwise. */
  async require(request: Request, scope: Scope): Promise<Caller> {
    const caller = await identifyCaller(request, this.checkers);
    await this.rateLimiter.consume('rest', caller, 1);
    if (caller.kind === 'rejected') {
      throw new CommonException(
        caller.unavailable
          ? CommonErrorCode.CREDENTIAL_CHECK_UNAVAILABLE
          : CommonErrorCode.UNAUTHENTICATED,
        caller.reason,
      );
    }
    if (caller.kind === 'anonymous') {
      throw new CommonException(
        CommonErrorCode.UNAUTHENTICATED,
        `This needs credentials: send "Authorization: Bearer <key>" with a key or sign-in token that holds the ${scope} scope.`,
      );
    }
    if (!hasScope(caller, scope)) {
      throw new CommonException(
        CommonErrorCode.FORBIDDEN,
        `This needs the ${scope} scope, which this credential does not hold.`,
      );
    }
    return caller;
  }
}
