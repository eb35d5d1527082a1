import { ADMIN, clientOf } from '../../test/support/callers';
import { Scope } from '../common/request/caller';
import { AggregateRights, totalOf } from './aggregate-rights';
import { protect, SUPPRESSED } from './protected-count';

describe('protect', () => {
  it('shows exact counts where the caller has rights', () => {
    expect(protect(2, true, 5)).toEqual({ value: 2, suppressed: false });
  });

  it('suppresses 1 to k-1 elsewhere, and shows zero and k or more', () => {
    expect(protect(1, false, 5)).toBe(SUPPRESSED);
    expect(protect(4, false, 5)).toBe(SUPPRESSED);
    expect(protect(0, false, 5)).toEqual({ value: 0, suppressed: false });
    expect(protect(5, false, 5)).toEqual({ value: 5, suppressed: false });
  });
});

describe('AggregateRights', () => {
  it('gives the administrator every municipality and an HR caller only their own', () => {
    const admin = AggregateRights.of(ADMIN, 5);
    expect(admin.count('GM0363', 2)).toEqual({ value: 2, suppressed: false });
    const tilburg = AggregateRights.of(clientOf('GM0855', [Scope.HR]), 5);
    expect(tilburg.count('GM0855', 2)).toEqual({ value: 2, suppressed: false });
    expect(tilburg.count('GM0363', 2)).toEqual(SUPPRESSED);
    expect(tilburg.coversAny(['GM0363', 'GM0855'])).toBe(true);
    expect(tilburg.coversAny(['GM0363'])).toBe(false);
  });

  it('sums only what the caller may know, saying when parts were left out', () => {
    expect(
      totalOf([{ value: 2, suppressed: false }, SUPPRESSED, { value: 7, suppressed: false }]),
    ).toEqual({
      known: 9,
      complete: false,
    });
    expect(totalOf([{ value: 0, suppressed: false }])).toEqual({ known: 0, complete: true });
  });
});
