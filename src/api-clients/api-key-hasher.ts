import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id (the maintained @node-rs/argon2 binding) with the OWASP-recommended minimum:
 * 19 MiB of memory, 2 passes, 1 lane. The parameters travel in the stored PHC string, so
 * raising them later still verifies older hashes.
 */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 };

@Injectable()
export class ApiKeyHasher {
  hash(key: string): Promise<string> {
    return hash(key, ARGON2_OPTIONS);
  }

  /** False for a wrong key, and for a stored hash that cannot be read. */
  async verify(storedHash: string, key: string): Promise<boolean> {
    try {
      return await verify(storedHash, key);
    } catch {
      return false;
    }
  }
}
