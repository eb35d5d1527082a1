import { CheckUnavailable } from './oidc-errors';

/**
 * Reads `<issuer>/.well-known/openid-configuration` (OpenID Connect Discovery 1.0) and returns
 * its `jwks_uri`. The document must name the same issuer, as the specification requires, so a
 * misconfigured OIDC_ISSUER shows up here rather than as every token being refused.
 */
export async function discoverJwksUri(issuer: string, timeoutMs: number): Promise<URL> {
  const address = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  let document: { issuer?: unknown; jwks_uri?: unknown };
  try {
    const response = await fetch(address, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
      redirect: 'error',
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    document = (await response.json()) as typeof document;
  } catch (error) {
    throw new CheckUnavailable(
      `The identity provider's discovery document (${address}) could not be read: ${describeFetchFailure(error, timeoutMs)}. Try again shortly; if it persists, ask the administrator to check OIDC_ISSUER or set OIDC_JWKS_URI.`,
    );
  }
  if (document.issuer !== issuer || typeof document.jwks_uri !== 'string') {
    throw new CheckUnavailable(
      `The identity provider's discovery document (${address}) does not name issuer ${issuer} with a jwks_uri. Ask the administrator to check OIDC_ISSUER (it must match exactly) or set OIDC_JWKS_URI.`,
    );
  }
  try {
    return new URL(document.jwks_uri);
  } catch {
    throw new CheckUnavailable(
      `The identity provider's discovery document (${address}) has an unusable jwks_uri.`,
    );
  }
}

/** A short, safe account of why an HTTP call to the identity provider failed. */
export function describeFetchFailure(error: unknown, timeoutMs: number): string {
  // Duck-typed: fetch rejects with a DOMException, which is not always `instanceof Error`.
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  if (typeof message === 'string' && /^HTTP \d{3}$/.test(message)) return message;
  return 'the connection failed';
}
