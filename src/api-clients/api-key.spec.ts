import { generateApiKey, keyIdOf, keyPrefixOf, looksLikeApiKey } from './api-key';

describe('API key format', () => {
  it('makes kn_<16 hex>_<43 base64url> keys whose id parses back', () => {
    const sut = generateApiKey();
    expect(sut.key).toMatch(/^kn_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(keyIdOf(sut.key)).toBe(sut.keyId);
    expect(keyPrefixOf(sut.keyId)).toBe(sut.key.slice(0, 19));
  });

  it('never repeats a key id or secret', () => {
    const keys = Array.from({ length: 200 }, () => generateApiKey());
    expect(new Set(keys.map((each) => each.keyId)).size).toBe(200);
    expect(new Set(keys.map((each) => each.key.slice(20))).size).toBe(200);
  });

  it('carries 32 bytes of secret', () => {
    const secret = generateApiKey().key.slice(20);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
  });

  it('refuses anything that is not exactly a key', () => {
    const { key } = generateApiKey();
    expect(keyIdOf(`${key}x`)).toBeNull();
    expect(keyIdOf(key.slice(0, -1))).toBeNull();
    expect(keyIdOf(key.replace('kn_', 'kx_'))).toBeNull();
    expect(keyIdOf(key.toUpperCase())).toBeNull();
    expect(keyIdOf('kn_0123456789abcdef_short')).toBeNull();
    expect(keyIdOf('')).toBeNull();
  });

  it('tells API keys from other bearer tokens by their prefix', () => {
    expect(looksLikeApiKey(generateApiKey().key)).toBe(true);
    expect(looksLikeApiKey('kn_broken')).toBe(true);
    expect(looksLikeApiKey('test-admin-key-0123456789')).toBe(false);
  });
});
