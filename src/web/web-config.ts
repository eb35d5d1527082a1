import { type AppConfig } from '../config/app-config';

/** What the page needs to know to sign people in, as /web/config.json gives it. Nothing secret. */
export interface WebConfig {
  /** OIDC with PKCE for people; null when sign-in is off (no OIDC_ISSUER or WEB_OIDC_CLIENT_ID). */
  readonly signIn: {
    readonly authority: string;
    readonly clientId: string;
    readonly scope: string;
    /** The access token claim that holds the person's id (OIDC_PERSON_CLAIM). */
    readonly personClaim: string;
  } | null;
  /** Whether the page may read without signing in (ALLOW_ANONYMOUS_READ). */
  readonly anonymousRead: boolean;
}

export function webConfig(config: AppConfig): WebConfig {
  return {
    signIn:
      config.OIDC_ISSUER && config.WEB_OIDC_CLIENT_ID
        ? {
            authority: config.OIDC_ISSUER,
            clientId: config.WEB_OIDC_CLIENT_ID,
            scope: config.WEB_OIDC_SCOPE,
            personClaim: config.OIDC_PERSON_CLAIM,
          }
        : null,
    anonymousRead: config.ALLOW_ANONYMOUS_READ,
  };
}
