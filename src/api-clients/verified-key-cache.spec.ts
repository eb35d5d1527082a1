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
    expect(sut.get('kn_a')?.value).toEqual({ clientId: 'c1' });
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
    expect([sut.get('kn_a'), sut.get('kn_b'), sut.get('kn_c')?.value]).toEqual([
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
    expect(sut.get('kn_c')?.value).toEqual({ clientId: 'c' });
  });

  it('says when the record was last read: at the verification, then at each recheck', () => {
    const sut = make(60_000);
    sut.set('kn_a', { clientId: 'c1' }, null);
    expect(sut.get('kn_a')?.checkedAt).toBe(clock);
    clock += 5_000;
    sut.markChecked('kn_a');
    sut.markChecked('kn_unknown');
    expect(sut.get('kn_a')?.checkedAt).toBe(clock);
    expect(sut.size).toBe(1);
  });

  it('keeps the TTL of the verification when the record is read again', () => {
    const sut = make(1_000);
    sut.set('kn_a', { clientId: 'c1' }, null);
    clock += 900;
    sut.markChecked('kn_a');
    clock += 100;
    expect(sut.get('kn_a')).toBeNull();
  });
});
