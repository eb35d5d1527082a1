import { auditObjectId } from './audit-target';

describe('auditObjectId', () => {
  it("prefers the result's id, then its code", () => {
    expect(auditObjectId({ id: 'p-1', name: 'Jan' }, { id: 'other' })).toBe('p-1');
    expect(auditObjectId({ code: 'GM0363', name: 'Amsterdam' }, {})).toBe('GM0363');
  });

  it('falls back to id arguments, most specific first, then to input', () => {
    expect(auditObjectId(true, { personId: 'p-1', otherPersonId: 'p-2' })).toBe('p-1');
    expect(auditObjectId(null, { collaborationId: 'c-1', municipalityCode: 'GM0363' })).toBe('c-1');
    // A reference to another object is not the changed object's id.
    expect(auditObjectId(null, { municipalityCode: 'GM0363' })).toBeNull();
    expect(auditObjectId(null, { input: { personId: 'p-3', challengeId: 'ch-1' } })).toBe('p-3');
  });

  it('never takes an error, free text or an e-mail address for an id', () => {
    expect(auditObjectId(new Error('boom'), {})).toBeNull();
    expect(
      auditObjectId(null, { input: { name: 'Jan Jansen', email: 'jan@example.nl' } }),
    ).toBeNull();
    expect(auditObjectId(null, { id: 'jan@example.nl' })).toBeNull();
    expect(auditObjectId(null, { id: 'two words' })).toBeNull();
  });
});
