import { looksLikeJwt } from './jwt-shape';

describe('looksLikeJwt', () => {
  it('recognises three base64url parts (the last may be empty, as in alg none)', () => {
    expect(looksLikeJwt('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_')).toBe(true);
    expect(looksLikeJwt('eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.')).toBe(true);
  });

  it('leaves API keys and other values alone', () => {
    expect(looksLikeJwt('kn_abc123.secret')).toBe(false);
    expect(looksLikeJwt('test-admin-key-0123456789')).toBe(false);
    expect(looksLikeJwt('a.b.c.d')).toBe(false);
    expect(looksLikeJwt('a+b.c.d')).toBe(false);
  });
});
