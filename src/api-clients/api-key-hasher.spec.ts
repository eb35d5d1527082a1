import { generateApiKey } from './api-key';
import { ApiKeyHasher } from './api-key-hasher';

describe('ApiKeyHasher', () => {
  const sut = new ApiKeyHasher();

  it('stores an Argon2id PHC string with the OWASP parameters, never the key', async () => {
    const { key } = generateApiKey();
    const stored = await sut.hash(key);
    expect(stored).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]{43}$/,
    );
    expect(stored).not.toContain(key.slice(20));
  });

  it('verifies the key it hashed, and refuses any other', async () => {
    const { key } = generateApiKey();
    const stored = await sut.hash(key);
    await expect(sut.verify(stored, key)).resolves.toBe(true);
    await expect(sut.verify(stored, generateApiKey().key)).resolves.toBe(false);
    const lastCharacterChanged = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    await expect(sut.verify(stored, lastCharacterChanged)).resolves.toBe(false);
  });

  it('salts: the same key hashes differently each time', async () => {
    const { key } = generateApiKey();
    expect(await sut.hash(key)).not.toBe(await sut.hash(key));
  });

  it('answers false, not an error, for a stored hash it cannot read', async () => {
    await expect(sut.verify('not-a-phc-string', generateApiKey().key)).resolves.toBe(false);
  });
});
