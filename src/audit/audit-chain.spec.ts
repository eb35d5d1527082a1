import { ChainVerifier } from './audit-chain';
import {
  chain,
  type ChainedAuditRecord,
  GENESIS,
  pseudonymOf,
  pseudonymousActor,
} from './audit-chain.record';
import { type AuditLogRecord } from './audit-log.record';

const record = (n: number): AuditLogRecord => ({
  id: `r${n}`,
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
  action: 'createPerson',
  objectType: 'Person',
  objectId: `p${n}`,
  result: 'SUCCESS',
  origin: '127.0.0.1',
  actor: 'admin',
  correlationId: `c${n}`,
});

const five = (): ChainedAuditRecord[] => chain([1, 2, 3, 4, 5].map(record), GENESIS);

function verify(records: readonly ChainedAuditRecord[], head = records.at(-1) ?? GENESIS) {
  const sut = new ChainVerifier(GENESIS);
  sut.check(records.slice(0, 2));
  sut.check(records.slice(2));
  return sut.finish({ seq: head.seq, hash: head.hash });
}

describe('the audit hash chain', () => {
  it('numbers records from 1, links each to the one before, and verifies in pages', () => {
    const records = five();
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(records[0].prevHash).toBe(GENESIS.hash);
    expect(records[3].prevHash).toBe(records[2].hash);
    expect(verify(records)).toEqual({ checked: 5, lastSeq: 5, broken: null });
  });

  it.each([
    ['actor', { actor: 'client:other' }],
    ['result', { result: 'FORBIDDEN' }],
    ['time', { at: new Date('2026-01-01T00:00:03.001Z') }],
    ['object id', { objectId: null }],
  ])('finds a changed %s at the record changed', (_, change) => {
    const records = five();
    records[2] = { ...records[2], ...change };
    expect(verify(records).broken).toEqual({
      seq: 3,
      id: 'r3',
      reason: 'its content does not match its hash: the record was changed',
    });
  });

  it('still verifies when an erasure replaced a person id by its pseudonym, and not with another', () => {
    const records = chain(
      [1, 2, 3].map((n) => ({ ...record(n), actor: 'person:ann', objectId: 'ann' })),
      GENESIS,
    );
    const erased = records.map((r) => ({
      ...r,
      actor: pseudonymousActor('ann'),
      objectId: pseudonymOf('ann'),
    }));
    expect(erased[0].actor).toMatch(/^person:pseudonym:[0-9a-f]{64}$/);
    expect(verify(erased).broken).toBeNull();
    // A pseudonym is no wildcard: someone else's does not fit.
    erased[1] = { ...erased[1], objectId: pseudonymOf('bob') };
    expect(verify(erased).broken?.seq).toBe(2);
  });

  it('finds a removed record, at the gap', () => {
    const records = five();
    records.splice(1, 1);
    const { broken } = verify(records);
    expect(broken?.seq).toBe(2);
    expect(broken?.reason).toMatch(/record 2 is missing/);
  });

  it('finds reordered records, even renumbered to hide it', () => {
    const records = five();
    const swapped = [
      records[0],
      { ...records[2], seq: 2 },
      { ...records[1], seq: 3 },
      ...records.slice(3),
    ];
    expect(verify(swapped).broken).toMatchObject({ seq: 2, id: 'r3' });
  });

  it('finds a record rewritten with a fresh hash by its successor', () => {
    const records = five();
    const forged = { ...records[1], actor: 'someone' };
    records[1] = { ...forged, hash: chain([forged], { seq: 1, hash: records[0].hash })[0].hash };
    const { broken } = verify(records);
    expect([broken?.seq, broken?.id]).toEqual([3, 'r3']);
    expect(broken?.reason).toMatch(/does not follow/);
  });

  it('finds records cut off the end by the head the log keeps', () => {
    const records = five();
    const { broken } = verify(records.slice(0, 3), records[4]);
    expect([broken?.seq, broken?.id]).toEqual([4, null]);
    expect(broken?.reason).toMatch(/head is record 5, but the chain ends at record 3/);
  });

  it('verifies from an anchor after pruning', () => {
    const records = five();
    const sut = new ChainVerifier({ seq: records[1].seq, hash: records[1].hash });
    expect(sut.check(records.slice(2))).toBe(true);
    expect(sut.finish(records[4])).toEqual({ checked: 3, lastSeq: 5, broken: null });
  });
});
