/**
 * Who is calling, decided once per request from the Authorization header:
 *
 * - `admin`: the bootstrap administrator (ADMIN_API_KEY);
 * - `client`: an intranet's API client (a key from `npm run apikey`), bound to one municipality
 *   and holding scopes;
 * - `person`: a civil servant signed in through the municipality's OIDC provider (a JWT), who
 *   is a Person in the graph and holds the scopes their roles grant;
 * - `anonymous`: no credentials (answered only when ALLOW_ANONYMOUS_READ=true);
 * - `rejected`: credentials that were present but not valid; the guard refuses them with `reason`.
 */
export type Caller = AdminCaller | ClientCaller | PersonCaller | AnonymousCaller | RejectedCaller;

/** What a credential may do. `read` is implied by every other scope. */
export enum Scope {
  /** Read the directory and ask for recommendations. */
  READ = 'read',
  /** Change the people and challenges of the caller's own municipality. */
  WRITE = 'write',
  /** Gap analytics for HR. */
  HR = 'hr',
  /** Everything, in every municipality: keys, audit log, collaborations, skills. */
  ADMIN = 'admin',
}

export const ALL_SCOPES: readonly Scope[] = [Scope.READ, Scope.WRITE, Scope.HR, Scope.ADMIN];

interface CallerBase {
  /** The client address as Express sees it (trust proxy decides whether X-Forwarded-For counts). */
  readonly origin: string;
}

export interface AdminCaller extends CallerBase {
  readonly kind: 'admin';
  readonly actorId: 'admin';
}

export interface ClientCaller extends CallerBase {
  readonly kind: 'client';
  /** `client:<id>`: what the audit log records. */
  readonly actorId: string;
  readonly clientId: string;
  readonly clientName: string;
  readonly municipalityCode: string;
  readonly scopes: readonly Scope[];
}

export interface PersonCaller extends CallerBase {
  readonly kind: 'person';
  /** `person:<id>`: what the audit log records. */
  readonly actorId: string;
  readonly personId: string;
  readonly municipalityCode: string;
  readonly scopes: readonly Scope[];
}

export interface AnonymousCaller extends CallerBase {
  readonly kind: 'anonymous';
  readonly actorId: 'anonymous';
}

export interface RejectedCaller extends CallerBase {
  readonly kind: 'rejected';
  readonly actorId: 'rejected';
  readonly reason: string;
  /**
   * True when the credential could not be checked for a reason on the service's side (the
   * identity provider's keys or the graph store did not answer): answered SERVICE_UNAVAILABLE,
   * so the client retries later instead of sending its user to sign in again.
   */
  readonly unavailable?: boolean;
}

/** Whether the caller holds `scope`; admin holds every scope, and every credential may read. */
export function hasScope(caller: Caller, scope: Scope): boolean {
  switch (caller.kind) {
    case 'admin':
      return true;
    case 'client':
    case 'person':
      return (
        caller.scopes.includes(Scope.ADMIN) || scope === Scope.READ || caller.scopes.includes(scope)
      );
    case 'anonymous':
    case 'rejected':
      return false;
  }
}

/** The municipality the caller acts for, or null for the administrator and anonymous callers. */
export function callerMunicipality(caller: Caller): string | null {
  return caller.kind === 'client' || caller.kind === 'person' ? caller.municipalityCode : null;
}

/** Whether the caller came with valid credentials of any kind. */
export function isAuthenticated(caller: Caller): boolean {
  return caller.kind === 'admin' || caller.kind === 'client' || caller.kind === 'person';
}
