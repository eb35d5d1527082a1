import { loadConfig } from './app-config';
import { parseTrustProxy } from './trust-proxy';

describe('parseTrustProxy', () => {
  it('trusts nobody when empty or false', () => {
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy(' false ')).toBe(false);
  });

  it('reads a number of hops', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('2')).toBe(2);
  });

  it('reads a list of addresses, ranges and named ranges', () => {
    expect(parseTrustProxy('10.0.0.0/8, 192.168.1.7,fd00::/8, loopback')).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      'fd00::/8',
      'loopback',
    ]);
  });

  it.each(['true', 'yes', '10.0.0.0/33', 'fd00::/129', '999.1.1.1', '10.0.0.0/8/1', 'proxy', '-1'])(
    'refuses %p',
    (value) => {
      expect(parseTrustProxy(value)).toBeNull();
    },
  );
});

describe('TRUST_PROXY in the configuration', () => {
  it('stops the start naming the variable when it is not one of the forms', () => {
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY must be/);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe('1');
  });
});
