import { VerifiedKeyCache } from './verified-key-cache';

describe('VerifiedKeyCache', () => {
  let clock: number;
  const make = (ttl = 1_000, capacity = 100): VerifiedKeyCache<{ clientId: string }> =>
    new VerifiedKeyCache(ttl, capacity, () => clock);
  beforeEach(() => {
    clock = 1_000_000;
  });

  it('returns what was stored for the same key, and nothing for another', () => {
    const sut = make();
    sut.set('kn_a', { clientId: 'c1' }, null);
    expect(sut.get('kn_a')).toEqual({ clientId: 'c1' });
    expect(sut.get('kn_b')).toBeNull();
  });

  it('forgets an entry after the TTL', () => {
    const sut = make(1_000);
    sut.set('kn_a', { clientId: 'c1' }, null);
    clock += 999;
    expect(sut.get('kn_a')).not.toBeNull();
    clock += 1;
    expect(sut.get('kn_a')).toBeNull();
    expect(sut.size).toBe(0);
  });

  it("never outlives the key's own expiry", () => {
    const sut = make(60_000);
    sut.set('kn_a', { clientId: 'c1' }, new Date(clock + 10));
    clock += 10;
    expect(sut.get('kn_a')).toBeNull();
  });

  it('drops every key of a revoked client, and only those', () => {
    const sut = make();
    sut.set('kn_a', { clientId: 'c1' }, null);
    sut.set('kn_b', { clientId: 'c1' }, null);
    sut.set('kn_c', { clientId: 'c2' }, null);
    sut.dropClient('c1');
    expect([sut.get('kn_a'), sut.get('kn_b'), sut.get('kn_c')]).toEqual([
      null,
      null,
      { clientId: 'c2' },
    ]);
  });

  it('stays within its capacity by evicting the oldest entry', () => {
    const sut = make(1_000, 2);
    sut.set('kn_a', { clientId: 'a' }, null);
    sut.set('kn_b', { clientId: 'b' }, null);
    sut.set('kn_c', { clientId: 'c' }, null);
    expect(sut.size).toBe(2);
    expect(sut.get('kn_a')).toBeNull();
    expect(sut.get('kn_c')).toEqual({ clientId: 'c' });
  });
});
