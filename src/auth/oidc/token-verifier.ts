import { errors, jwtVerify, type JWTPayload } from 'jose';
import { CheckUnavailable, TokenRejected } from './oidc-errors';
import { type OidcSettings } from './oidc-settings';
import { type SigningKeys } from './signing-keys';

/**
 * Checks a sign-in token: signature by one of the provider's keys with an allowed algorithm,
 * issuer, audience, expiry and not-before (with the configured clock tolerance). Throws
 * TokenRejected with a reason the caller can act on, or CheckUnavailable when the keys
 * could not be fetched.
 */
export class TokenVerifier {
  constructor(
    private readonly settings: OidcSettings,
    private readonly keys: SigningKeys,
  ) {}

  async verify(token: string): Promise<JWTPayload> {
    const keys = await this.keys.get();
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: [...this.settings.algorithms],
        clockTolerance: this.settings.clockToleranceSeconds,
        requiredClaims: ['exp'],
      });
      return payload;
    } catch (error) {
      throw this.explain(error);
    }
  }

  private explain(error: unknown): TokenRejected | CheckUnavailable {
    if (error instanceof errors.JWTExpired) {
      return new TokenRejected('The sign-in token has expired. Sign in again.');
    }
    if (error instanceof errors.JWTClaimValidationFailed) {
      return new TokenRejected(this.claimProblem(error.claim, error.reason));
    }
    if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
      return new TokenRejected(
        `The sign-in token is signed with an algorithm this service does not accept (accepted: ${this.settings.algorithms.join(', ')}).`,
      );
    }
    if (
      error instanceof errors.JWKSNoMatchingKey ||
      error instanceof errors.JWKSMultipleMatchingKeys
    ) {
      return new TokenRejected(
        'The sign-in token names a signing key (kid) that the identity provider does not publish. Sign in again; if it persists, the token comes from another provider.',
      );
    }
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      return new TokenRejected('The sign-in token has an invalid signature.');
    }
    if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
      return new TokenRejected('The sign-in token is malformed. Send the access token as issued.');
    }
    const keyFetchFailure = describeKeyFetchFailure(error, this.settings.httpTimeoutMs);
    if (keyFetchFailure) {
      return new CheckUnavailable(
        `The identity provider's signing keys could not be fetched: ${keyFetchFailure}. Try again shortly; if it persists, tell the administrator.`,
      );
    }
    return new TokenRejected('The sign-in token is not valid.');
  }

  private claimProblem(claim: string, reason: string): string {
    switch (claim) {
      case 'iss':
        return 'The sign-in token comes from another identity provider than the one this service trusts (OIDC_ISSUER).';
      case 'aud':
        return 'The sign-in token is meant for another application: its audience does not include Kennissen (OIDC_AUDIENCE). Request a token for Kennissen.';
      case 'nbf':
        return 'The sign-in token is not valid yet (nbf lies in the future). Check the clocks of the identity provider and the intranet.';
      default:
        return reason === 'missing'
          ? `The sign-in token lacks the "${claim}" claim.`
          : `The sign-in token's "${claim}" claim is not valid.`;
    }
  }
}

/** Why fetching the key set failed, or null when the error is about the token itself. */
function describeKeyFetchFailure(error: unknown, timeoutMs: number): string | null {
  if (error instanceof errors.JWKSTimeout) return `no answer within ${timeoutMs} ms`;
  if (error instanceof errors.JWKSInvalid) return 'its answer is not a JSON Web Key Set';
  // jose reports a non-200 answer or unparsable JSON as a plain JOSEError.
  if (error instanceof errors.JOSEError && error.code === errors.JOSEError.code) {
    return 'it did not answer 200 OK with JSON';
  }
  if (!(error instanceof errors.JOSEError)) return 'the connection failed';
  return null;
}
