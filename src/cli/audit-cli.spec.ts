import { AuditUsageError, parseAuditArgs, verifyText } from './audit-cli';

describe('audit command line', () => {
  it('reads verify, prune and help, and refuses anything else', () => {
    expect(parseAuditArgs(['verify'])).toBe('verify');
    expect(parseAuditArgs(['prune'])).toBe('prune');
    expect(parseAuditArgs([])).toBe('help');
    expect(() => parseAuditArgs(['verify', '--fix'])).toThrow(AuditUsageError);
    expect(() => parseAuditArgs(['repair'])).toThrow(AuditUsageError);
  });

  it('says whether the chain is intact and where it breaks', () => {
    expect(verifyText({ checked: 12, lastSeq: 12, broken: null, anchorSeq: 0 })).toBe(
      'Audit chain intact: 12 records checked, from the first record to record 12.\n',
    );
    expect(
      verifyText({
        checked: 4,
        lastSeq: 104,
        anchorSeq: 100,
        broken: {
          seq: 105,
          id: 'abc',
          reason: 'its content does not match its hash: the record was changed',
        },
      }),
    ).toBe(
      'Audit chain BROKEN at record 105 (id abc): its content does not match its hash: the record was changed. 4 records before it, from record 101 (older ones were pruned), are intact.\n',
    );
  });
});
