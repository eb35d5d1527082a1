import { isIP } from 'node:net';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Which peers may say, in X-Forwarded-For, whom they forward for (Express's `trust proxy`):
 * nobody (false), the nearest N hops, or the peers in a list of addresses, CIDR ranges and
 * Express's names for them. Only then do the rate limit per address and the audit log's origin
 * see the client behind a proxy; a header from any other peer is ignored.
 */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** One list entry: a name, an address, or an address with a prefix length that fits it. */
function isTrustedPeer(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** TRUST_PROXY as Express takes it, or null when the value is none of the allowed forms. */
export function parseTrustProxy(raw: string): TrustProxy | null {
  const value = raw.trim();
  if (value === '' || value.toLowerCase() === 'false') return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return entries.length > 0 && entries.every(isTrustedPeer) ? entries : null;
}

export const TRUST_PROXY_MESSAGE =
  'TRUST_PROXY must be empty or false (trust no proxy), a number of proxy hops (e.g. 1), or a comma-separated list of proxy addresses and CIDR ranges (e.g. 10.0.0.0/8,fd00::/8), loopback, linklocal or uniquelocal';

export function IsTrustProxy(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTrustProxy',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseTrustProxy(value) !== null,
      },
    },
    options,
  );
}
