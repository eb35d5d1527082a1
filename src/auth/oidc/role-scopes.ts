import { ALL_SCOPES, Scope } from '../../common/request/caller';

/** Role value → the scopes it grants (OIDC_ROLE_SCOPES). */
export type RoleScopes = ReadonlyMap<string, readonly Scope[]>;

/**
 * Parses `role=scope,role=scope` (already checked by the configuration); a role may appear more
 * than once to grant several scopes.
 */
export function parseRoleScopes(text: string): RoleScopes {
  const mapping = new Map<string, Scope[]>();
  for (const pair of text.split(',')) {
    const [role, scope] = pair.split('=').map((part) => part.trim());
    if (!role || !ALL_SCOPES.includes(scope as Scope)) continue;
    mapping.set(role, [...(mapping.get(role) ?? []), scope as Scope]);
  }
  return mapping;
}

/**
 * The roles a token's roles claim holds: an array of strings (Entra ID, Keycloak) or one
 * space-separated string; anything else holds none.
 */
export function rolesFrom(claim: unknown): string[] {
  if (typeof claim === 'string') return claim.split(/\s+/).filter((role) => role !== '');
  if (Array.isArray(claim)) return claim.filter((role): role is string => typeof role === 'string');
  return [];
}

/** Everyone signed in may read; each known role adds its scopes; unknown roles add nothing. */
export function scopesForRoles(roles: readonly string[], mapping: RoleScopes): Scope[] {
  const granted = new Set<Scope>([Scope.READ]);
  for (const role of roles) for (const scope of mapping.get(role) ?? []) granted.add(scope);
  return ALL_SCOPES.filter((scope) => granted.has(scope));
}
