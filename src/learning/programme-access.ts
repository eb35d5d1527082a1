import { type Caller, callerMunicipality, hasScope, Scope } from '../common/request/caller';
import { mayWriteIn } from '../common/request/write-rules';
import { LearningException } from './learning.exception';
import { type ProgrammeRecord } from './learning.records';

/**
 * Who may manage a programme (its people, circles and pairs, and see its suggestions): the
 * administrator, a writer of a municipality that runs it (for a collaboration: of any member),
 * and the person named as its coordinator.
 */
export function mayManage(
  caller: Caller,
  programme: ProgrammeRecord,
  memberCodes: readonly string[],
): boolean {
  if (hasScope(caller, Scope.ADMIN)) return true;
  if (caller.kind === 'person' && caller.personId === programme.coordinatorId) return true;
  return memberCodes.some((code) => mayWriteIn(caller, code));
}

export function assertMayManage(
  caller: Caller,
  programme: ProgrammeRecord,
  memberCodes: readonly string[],
): void {
  if (!mayManage(caller, programme, memberCodes)) throw LearningException.notYours(programme.id);
}

/**
 * Who may read a programme's report: whoever may manage it, and HR of a municipality that runs
 * it. Counts about other municipalities are protected by K_ANONYMITY all the same.
 */
export function mayReadReport(
  caller: Caller,
  programme: ProgrammeRecord,
  memberCodes: readonly string[],
): boolean {
  if (mayManage(caller, programme, memberCodes)) return true;
  const own = callerMunicipality(caller);
  return own !== null && hasScope(caller, Scope.HR) && memberCodes.includes(own);
}
