import { type AppConfig } from '../../config/app-config';
import { parseRoleScopes, type RoleScopes } from './role-scopes';

/** What verifying a sign-in token needs, taken once from the validated configuration. */
export interface OidcSettings {
  readonly issuer: string;
  readonly audience: string;
  /** Unset: discovered from the issuer's openid-configuration. */
  readonly jwksUri: string | undefined;
  readonly algorithms: readonly string[];
  readonly personClaim: string;
  readonly rolesClaim: string;
  readonly roleScopes: RoleScopes;
  readonly clockToleranceSeconds: number;
  readonly httpTimeoutMs: number;
}

/** The settings, or null while OIDC_ISSUER is unset (sign-in is off). */
export function oidcSettingsFrom(config: AppConfig): OidcSettings | null {
  if (!config.OIDC_ISSUER || !config.OIDC_AUDIENCE) return null;
  return {
    issuer: config.OIDC_ISSUER,
    audience: config.OIDC_AUDIENCE,
    jwksUri: config.OIDC_JWKS_URI,
    algorithms: config.OIDC_ALGORITHMS,
    personClaim: config.OIDC_PERSON_CLAIM,
    rolesClaim: config.OIDC_ROLES_CLAIM,
    roleScopes: parseRoleScopes(config.OIDC_ROLE_SCOPES),
    clockToleranceSeconds: config.OIDC_CLOCK_TOLERANCE_SECONDS,
    httpTimeoutMs: config.OIDC_HTTP_TIMEOUT_MS,
  };
}
