import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { CommonErrorCode, CommonException } from '../common/errors/common.exception';
import { AppConfig } from '../config/app-config';
import { type GraphqlContext } from '../graphql/graphql-context';
import { ACCESS_METADATA, Permission } from './access.decorator';
import { hasScope, Scope } from './caller';

/**
 * Global guard on every root Query and Mutation: reads need ALLOW_ANONYMOUS_READ or a credential,
 * writes the `write` scope and administration the `admin` scope (the administrator key has all).
 * A resolver without an @Access rule is refused (fail closed).
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
      const code = caller.unavailable
        ? CommonErrorCode.CREDENTIAL_CHECK_UNAVAILABLE
        : CommonErrorCode.UNAUTHENTICATED;
      throw new CommonException(code, caller.reason);
    }
    if (caller.kind === 'admin') return true;
    if (permission === Permission.READ) {
      if (hasScope(caller, Scope.READ) || this.config.ALLOW_ANONYMOUS_READ) return true;
      throw new CommonException(
        CommonErrorCode.UNAUTHENTICATED,
        'This service does not answer anonymous queries. Send Authorization: Bearer <key>.',
      );
    }
    const needed = permission === Permission.WRITE ? Scope.WRITE : Scope.ADMIN;
    if (hasScope(caller, needed)) return true;
    if (caller.kind === 'person') {
      throw new CommonException(
        CommonErrorCode.FORBIDDEN,
        `This operation needs the "${needed}" scope, which your roles do not grant. Ask your identity provider's administrator for the role that grants it.`,
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
