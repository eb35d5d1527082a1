import { type Caller, Scope } from './caller';
import { assertMayEditPerson, assertMayWriteIn, mayEditPerson, mayWriteIn } from './write-rules';

const origin = '127.0.0.1';
const admin: Caller = { kind: 'admin', actorId: 'admin', origin };
const anonymous: Caller = { kind: 'anonymous', actorId: 'anonymous', origin };
const client = (scopes: Scope[], municipalityCode = 'GM0855'): Caller => ({
  kind: 'client',
  actorId: 'client:c1',
  clientId: 'c1',
  clientName: 'Intranet Tilburg',
  municipalityCode,
  scopes,
  origin,
});
const person = (scopes: Scope[], personId = 'p1', municipalityCode = 'GM0855'): Caller => ({
  kind: 'person',
  actorId: `person:${personId}`,
  personId,
  municipalityCode,
  scopes,
  origin,
});

describe('write rules', () => {
  it('lets the administrator and admin scopes write anywhere', () => {
    expect(mayWriteIn(admin, 'GM0363')).toBe(true);
    expect(mayWriteIn(client([Scope.ADMIN]), 'GM0363')).toBe(true);
  });

  it('lets a write credential change only its own municipality', () => {
    expect(mayWriteIn(client([Scope.WRITE]), 'GM0855')).toBe(true);
    expect(mayWriteIn(client([Scope.WRITE]), 'GM0363')).toBe(false);
    expect(mayWriteIn(person([Scope.WRITE]), 'GM0363')).toBe(false);
  });

  it('refuses read-only, HR and anonymous callers', () => {
    expect(mayWriteIn(client([Scope.READ]), 'GM0855')).toBe(false);
    expect(mayWriteIn(client([Scope.HR]), 'GM0855')).toBe(false);
    expect(mayWriteIn(anonymous, 'GM0855')).toBe(false);
  });

  it('lets a signed-in person edit themselves, but nobody else without write', () => {
    expect(mayEditPerson(person([]), { id: 'p1', municipalityCode: 'GM0855' })).toBe(true);
    expect(mayEditPerson(person([]), { id: 'p2', municipalityCode: 'GM0855' })).toBe(false);
    expect(mayEditPerson(person([Scope.WRITE]), { id: 'p2', municipalityCode: 'GM0855' })).toBe(
      true,
    );
  });

  it('explains a refusal with the municipalities involved', () => {
    expect(() => assertMayWriteIn(client([Scope.WRITE]), 'GM0363', 'challenge c9')).toThrow(
      /own municipality GM0855; challenge c9 belongs to GM0363/,
    );
    expect(() => assertMayEditPerson(person([]), { id: 'p2', municipalityCode: 'GM0855' })).toThrow(
      /only your own profile/,
    );
  });
});
