import { CommonErrorCode, CommonException } from '../errors/common.exception';
import { type Caller, callerMunicipality, hasScope, Scope } from './caller';

/**
 * Which municipality's records a caller may change. The administrator (and admin scope) may
 * change everything; a `write` credential only its own municipality's people and challenges; a
 * signed-in person always their own profile, skills, acquaintances and experiences.
 */
export function mayWriteIn(caller: Caller, municipalityCode: string): boolean {
  if (hasScope(caller, Scope.ADMIN)) return true;
  return hasScope(caller, Scope.WRITE) && callerMunicipality(caller) === municipalityCode;
}

/** Whether the caller may change this person: as a writer of their municipality, or as themselves. */
export function mayEditPerson(
  caller: Caller,
  person: { readonly id: string; readonly municipalityCode: string },
): boolean {
  return (
    mayWriteIn(caller, person.municipalityCode) ||
    (caller.kind === 'person' && caller.personId === person.id)
  );
}

/** FORBIDDEN unless the caller may change records of `municipalityCode`; `what` names the record. */
export function assertMayWriteIn(caller: Caller, municipalityCode: string, what: string): void {
  if (mayWriteIn(caller, municipalityCode)) return;
  throw new CommonException(CommonErrorCode.FORBIDDEN, refusal(caller, municipalityCode, what));
}

/** FORBIDDEN unless the caller may change this person. */
export function assertMayEditPerson(
  caller: Caller,
  person: { readonly id: string; readonly municipalityCode: string },
): void {
  if (mayEditPerson(caller, person)) return;
  throw new CommonException(
    CommonErrorCode.FORBIDDEN,
    refusal(caller, person.municipalityCode, `person ${person.id}`),
  );
}

function refusal(caller: Caller, municipalityCode: string, what: string): string {
  const own = callerMunicipality(caller);
  if (own !== null && hasScope(caller, Scope.WRITE)) {
    return `You may change only records of your own municipality ${own}; ${what} belongs to ${municipalityCode}. Ask that municipality or an administrator.`;
  }
  if (caller.kind === 'person') {
    return `You may change only your own profile; changing ${what} needs the write role for ${municipalityCode}.`;
  }
  return `Changing ${what} needs write access for municipality ${municipalityCode}.`;
}
