import { claimAt } from './claim-path';

describe('claimAt', () => {
  const payload = { roles: ['x'], realm_access: { roles: ['y'] }, list: [{ a: 1 }] };

  it('reads a plain claim and a dotted path into nested objects', () => {
    expect(claimAt(payload, 'roles')).toEqual(['x']);
    expect(claimAt(payload, 'realm_access.roles')).toEqual(['y']);
  });

  it('is undefined when a step is missing or not an object', () => {
    expect(claimAt(payload, 'missing.roles')).toBeUndefined();
    expect(claimAt(payload, 'roles.length')).toBeUndefined();
    expect(claimAt(payload, 'list.0')).toBeUndefined();
  });
});
