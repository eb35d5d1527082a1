import { Scope } from '../../common/request/caller';
import { parseRoleScopes, rolesFrom, scopesForRoles } from './role-scopes';

describe('role scopes', () => {
  const sut = parseRoleScopes('kennissen.write=write, kennissen.hr=hr,beheer=admin,beheer=hr');

  it('parses role=scope pairs; a role listed twice grants both scopes', () => {
    expect([...sut.entries()]).toEqual([
      ['kennissen.write', [Scope.WRITE]],
      ['kennissen.hr', [Scope.HR]],
      ['beheer', [Scope.ADMIN, Scope.HR]],
    ]);
  });

  it('grants read to everyone signed in, plus the scopes of known roles, in a fixed order', () => {
    expect(scopesForRoles([], sut)).toEqual([Scope.READ]);
    expect(scopesForRoles(['onbekend'], sut)).toEqual([Scope.READ]);
    expect(scopesForRoles(['beheer', 'kennissen.write'], sut)).toEqual([
      Scope.READ,
      Scope.WRITE,
      Scope.HR,
      Scope.ADMIN,
    ]);
  });

  it('reads roles from an array or a space-separated string, and nothing from other shapes', () => {
    expect(rolesFrom(['a', 7, 'b'])).toEqual(['a', 'b']);
    expect(rolesFrom(' a  b ')).toEqual(['a', 'b']);
    expect(rolesFrom({ a: true })).toEqual([]);
    expect(rolesFrom(undefined)).toEqual([]);
  });
});
