import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { CommonErrorCode, CommonException } from '../common/errors/common.exception';
import { AppConfig } from '../config/app-config';
import { type GraphqlContext } from '../common/request/graphql-context';
import { ACCESS_METADATA, Permission } from './access.decorator';
import { type Caller, hasScope, Scope } from '../common/request/caller';

/** The scope each permission needs (PROFILE: write, or a signed-in person editing themselves). */
const SCOPE_OF: Readonly<Record<Exclude<Permission, Permission.PROFILE>, Scope>> = {
  [Permission.READ]: Scope.READ,
  [Permission.WRITE]: Scope.WRITE,
  [Permission.HR]: Scope.HR,
  [Permission.ADMIN]: Scope.ADMIN,
};

/** Whether the caller passes the first gate of `permission`; resolvers check the record itself. */
export function permits(caller: Caller, permission: Permission, anonymousRead: boolean): boolean {
  if (permission === Permission.READ && caller.kind === 'anonymous') return anonymousRead;
  if (permission === Permission.PROFILE) {
    return caller.kind === 'person' || hasScope(caller, Scope.WRITE);
  }
  return hasScope(caller, SCOPE_OF[permission]);
}

/**
 * Global guard on every root Query and Mutation: reads need credentials or
 * ALLOW_ANONYMOUS_READ; everything else the scope its @Access names. A resolver without an
 * @Access rule is refused (fail closed). Which municipality's records a writer may change is
 * checked where the record is known (auth/write-rules.ts).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // REST: /health only, public by design
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    const { caller } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (permission === undefined) {
      throw new CommonException(
        CommonErrorCode.FORBIDDEN,
        'This operation has no access rule and is refused.',
      );
    }
    if (caller.kind === 'rejected') {
      // The credential could not be checked (identity provider or store down): retry, not sign in again.
      const code = caller.unavailable
        ? CommonErrorCode.CREDENTIAL_CHECK_UNAVAILABLE
        : CommonErrorCode.UNAUTHENTICATED;
      throw new CommonException(code, caller.reason);
    }
    if (permits(caller, permission, this.config.ALLOW_ANONYMOUS_READ)) return true;
    if (caller.kind === 'anonymous') throw this.credentialsNeeded(permission);
    throw new CommonException(CommonErrorCode.FORBIDDEN, missingScope(caller, permission));
  }

  private credentialsNeeded(permission: Permission): CommonException {
    if (permission === Permission.READ) {
      return new CommonException(
        CommonErrorCode.UNAUTHENTICATED,
        'This service does not answer anonymous queries. Send Authorization: Bearer <API key or sign-in token>.',
      );
    }
    if (permission === Permission.ADMIN && !this.config.ADMIN_API_KEY) {
      return new CommonException(
        CommonErrorCode.ADMIN_KEY_NOT_CONFIGURED,
        'This operation needs an administrator, and no ADMIN_API_KEY is configured. Set ADMIN_API_KEY (16 or more characters) in the service environment and restart, or create an admin key with `npm run apikey -- create --scopes admin ...`; then send Authorization: Bearer <key>.',
      );
    }
    return new CommonException(
      CommonErrorCode.UNAUTHENTICATED,
      `This operation needs credentials with the ${needed(permission)}. Send Authorization: Bearer <API key or sign-in token>.`,
    );
  }
}

/** Names what is needed, what the credential holds, and how to get it. */
function missingScope(caller: Caller, permission: Permission): string {
  const changes = permission === Permission.PROFILE || permission === Permission.WRITE;
  const what = changes ? 'Changes need' : 'This operation needs';
  const held =
    caller.kind === 'client' || caller.kind === 'person'
      ? caller.scopes.join(', ') || 'read only'
      : 'none';
  const who =
    caller.kind === 'client'
      ? `The API key of "${caller.clientName}" has scope ${held}.`
      : `Your sign-in has scope ${held}.`;
  const fix =
    caller.kind === 'client'
      ? 'Ask the administrator for a key with that scope.'
      : 'Ask for the role that grants that scope.';
  const scopeText =
    permission === Permission.PROFILE ? needed(permission) : `scope ${SCOPE_OF[permission]}`;
  return `${what} ${scopeText}. ${who} ${fix}`;
}

function needed(permission: Permission): string {
  return permission === Permission.PROFILE
    ? 'write scope, or signing in as the person concerned'
    : `${SCOPE_OF[permission]} scope`;
}
