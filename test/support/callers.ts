import { type Caller, Scope } from '../../src/common/request/caller';

/** Callers for unit specs of the rules that depend on who is calling. */
const origin = '127.0.0.1';

export const ADMIN: Caller = { kind: 'admin', actorId: 'admin', origin };

/** An intranet (API client) of `municipalityCode`, with `write` unless other scopes are given. */
export function clientOf(municipalityCode: string, scopes: Scope[] = [Scope.WRITE]): Caller {
  return {
    kind: 'client',
    actorId: `client:${municipalityCode}`,
    clientId: municipalityCode,
    clientName: `Intranet ${municipalityCode}`,
    municipalityCode,
    scopes,
    origin,
  };
}
