import { type ExecutionContext } from '@nestjs/common';
import { type Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type AppConfig } from '../config/app-config';
import { type DomainException } from '../common/errors/domain.exception';
import { Permission } from './access.decorator';
import { AccessGuard } from './access.guard';
import { type Caller, Scope } from '../common/request/caller';

const client = (scopes: Scope[]): Caller => ({
  kind: 'client',
  actorId: 'client:c1',
  origin: '10.0.0.1',
  clientId: 'c1',
  clientName: 'Intranet Tilburg',
  municipalityCode: 'GM0855',
  scopes,
});

/** Runs the guard for one permission and caller; returns true or the refusal's code and message. */
function check(permission: Permission, caller: Caller): true | { code: string; message: string } {
  const reflector = { getAllAndOverride: () => permission } as unknown as Reflector;
  const config = { ALLOW_ANONYMOUS_READ: false, ADMIN_API_KEY: 'k'.repeat(20) } as AppConfig;
  const sut = new AccessGuard(reflector, config);
  const context = {
    getType: () => 'graphql',
    getHandler: () => undefined,
    getClass: () => undefined,
  } as unknown as ExecutionContext;
  const gql = jest
    .spyOn(GqlExecutionContext, 'create')
    .mockReturnValue({ getContext: () => ({ caller }) } as unknown as GqlExecutionContext);
  try {
    return sut.canActivate(context) || { code: 'NONE', message: 'refused without an error' };
  } catch (error) {
    const refusal = error as DomainException;
    return { code: refusal.code, message: refusal.message };
  } finally {
    gql.mockRestore();
  }
}

describe('AccessGuard and API client scopes', () => {
  it.each([
    [Permission.READ, [Scope.READ], true],
    [Permission.READ, [Scope.HR], true],
    [Permission.WRITE, [Scope.READ], false],
    [Permission.WRITE, [Scope.HR], false],
    [Permission.WRITE, [Scope.WRITE], true],
    [Permission.WRITE, [Scope.ADMIN], true],
    [Permission.ADMIN, [Scope.READ, Scope.WRITE, Scope.HR], false],
    [Permission.ADMIN, [Scope.ADMIN], true],
  ])('%s with scopes %j: allowed %s', (permission, scopes, allowed) => {
    const result = check(permission, client(scopes));
    if (allowed) expect(result).toBe(true);
    else expect(result).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('names the missing scope and what the key holds', () => {
    expect(check(Permission.WRITE, client([Scope.READ]))).toEqual({
      code: 'FORBIDDEN',
      message:
        'Changes need scope write. The API key of "Intranet Tilburg" has scope read. Ask the administrator for a key with that scope.',
    });
  });

  it('speaks of an operation, not a change, when a read-only key asks for HR analytics', () => {
    expect(check(Permission.HR, client([Scope.READ]))).toEqual({
      code: 'FORBIDDEN',
      message:
        'This operation needs scope hr. The API key of "Intranet Tilburg" has scope read. Ask the administrator for a key with that scope.',
    });
  });

  it('refuses a rejected key as UNAUTHENTICATED with its reason, even for reads', () => {
    expect(
      check(Permission.READ, {
        kind: 'rejected',
        actorId: 'rejected',
        origin: 'x',
        reason: 'This API key was revoked on 2026-01-01T00:00:00.000Z.',
      }),
    ).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'This API key was revoked on 2026-01-01T00:00:00.000Z.',
    });
  });
});
