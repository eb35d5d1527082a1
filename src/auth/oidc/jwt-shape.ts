/** Three base64url parts separated by dots: a compact JWS, so a sign-in token rather than an API key. */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export function looksLikeJwt(bearer: string): boolean {
  return COMPACT_JWS.test(bearer);
}
