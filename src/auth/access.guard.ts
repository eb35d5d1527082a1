import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { CommonErrorCode, CommonException } from '../common/errors/common.exception';
import { AppConfig } from '../config/app-config';
import { type GraphqlContext } from '../graphql/graphql-context';
import { ACCESS_METADATA, Permission } from './access.decorator';
import { type ClientCaller, hasScope, type PersonCaller, Scope } from './caller';

/** The scope a credential needs for each permission. */
const SCOPE_FOR: Record<Permission, Scope> = {
  [Permission.READ]: Scope.READ,
  [Permission.WRITE]: Scope.WRITE,
  [Permission.ADMIN]: Scope.ADMIN,
};

/**
 * Global guard on every root Query and Mutation: reads need ALLOW_ANONYMOUS_READ or a key,
 * writes and administration need the administrator key or a credential with the scope
 * (write, admin). A resolver without an @Access rule is refused (fail closed). Which
 * municipality a credential may change is decided by the services, not here.
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
    if (caller.kind === 'rejected')
      throw new CommonException(CommonErrorCode.UNAUTHENTICATED, caller.reason);
    if (caller.kind === 'admin') return true;
    if (caller.kind === 'client' || caller.kind === 'person') {
      if (hasScope(caller, SCOPE_FOR[permission])) return true;
      throw new CommonException(CommonErrorCode.FORBIDDEN, missingScope(caller, permission));
    }
    if (permission === Permission.READ) {
      if (this.config.ALLOW_ANONYMOUS_READ) return true;
      throw new CommonException(
        CommonErrorCode.UNAUTHENTICATED,
        'This service does not answer anonymous queries. Send Authorization: Bearer <key>.',
      );
    }
    const what = permission === Permission.WRITE ? 'Changes need' : 'This operation needs';
    if (!this.config.ADMIN_API_KEY) {
      throw new CommonException(
        CommonErrorCode.ADMIN_KEY_NOT_CONFIGURED,
        `${what} an administrator key, and none is configured. Set ADMIN_API_KEY (16 or more characters) in the service environment, restart, and send Authorization: Bearer <that key>.`,
      );
    }
    throw new CommonException(
      CommonErrorCode.UNAUTHENTICATED,
      `${what} the administrator key. Send Authorization: Bearer <ADMIN_API_KEY>.`,
    );
  }
}

function missingScope(caller: ClientCaller | PersonCaller, permission: Permission): string {
  const needed = SCOPE_FOR[permission];
  const held = caller.scopes.join(', ') || 'none';
  const who = caller.kind === 'client' ? `The API key of "${caller.clientName}"` : 'Your sign-in';
  const what = permission === Permission.WRITE ? 'Changes need' : 'This operation needs';
  const fix =
    caller.kind === 'client'
      ? `Ask the administrator for a key with scope ${needed}.`
      : `Ask for the role that grants scope ${needed}.`;
  return `${what} scope ${needed}. ${who} has scope ${held}. ${fix}`;
}
