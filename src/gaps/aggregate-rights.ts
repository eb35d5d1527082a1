import { type Caller, callerMunicipality, hasScope, Scope } from '../common/request/caller';
import { type ProtectedCount, protect } from './protected-count';

/**
 * Whose counts a caller may see exactly: everyone's for the administrator (and admin scope),
 * their own municipality's for an HR caller. Every other municipality's counts are protected by
 * K_ANONYMITY (protected-count.ts).
 */
export class AggregateRights {
  private constructor(
    private readonly everyMunicipality: boolean,
    private readonly ownMunicipality: string | null,
    readonly kAnonymity: number,
  ) {}

  static of(caller: Caller, kAnonymity: number): AggregateRights {
    return new AggregateRights(
      hasScope(caller, Scope.ADMIN),
      callerMunicipality(caller),
      kAnonymity,
    );
  }

  /** Whether the caller may see the counts of `municipalityCode` exactly (and name its people). */
  covers(municipalityCode: string): boolean {
    return this.everyMunicipality || this.ownMunicipality === municipalityCode;
  }

  /** Whether the caller has rights to any of these municipalities. */
  coversAny(municipalityCodes: readonly string[]): boolean {
    return municipalityCodes.some((code) => this.covers(code));
  }

  count(municipalityCode: string, value: number): ProtectedCount {
    return protect(value, this.covers(municipalityCode), this.kAnonymity);
  }
}

/** A sum over municipalities of what the caller may know; `complete` is false when parts were suppressed. */
export interface CountTotal {
  readonly known: number;
  readonly complete: boolean;
}

export function totalOf(counts: readonly ProtectedCount[]): CountTotal {
  return {
    known: counts.reduce((sum, count) => sum + (count.value ?? 0), 0),
    complete: counts.every((count) => !count.suppressed),
  };
}
