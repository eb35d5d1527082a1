import { StatusBadge } from '@utrecht/component-library-react';

/** A number of people in one municipality; null and suppressed below K where one has no rights. */
export interface ProtectedCount {
  readonly value: number | null;
  readonly suppressed: boolean;
}

/** A sum over municipalities of what the caller may know; incomplete when suppressed counts were left out. */
export interface CountTotal {
  readonly known: number;
  readonly complete: boolean;
}

const whole = new Intl.NumberFormat('nl-NL');
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });

export const formatWhole = (value: number): string => whole.format(value);
export const formatDecimal = (value: number): string => decimal.format(value);

export function formatMoment(iso: string): string {
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime())
    ? iso
    : moment.toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
}

/** A suppressed count is "minder dan K", never 0: it is one to K−1 people. */
export function protectedCountText(count: ProtectedCount, kAnonymity: number): string {
  return count.suppressed || count.value === null
    ? `minder dan ${kAnonymity}`
    : formatWhole(count.value);
}

/**
 * "meer dan N" when suppressed counts were left out of the sum: each of them is at least one
 * person, so the real number is higher than what is known.
 */
export function countTotalText(total: CountTotal): string {
  return total.complete ? formatWhole(total.known) : `meer dan ${formatWhole(total.known)}`;
}

/** A count in a dense table: "<5" on screen, "minder dan 5" for screen readers. */
export function CompactCount({ count, kAnonymity }: { count: ProtectedCount; kAnonymity: number }) {
  if (count.suppressed || count.value === null) {
    return (
      <>
        <span aria-hidden="true" className="hr-suppressed">
          &lt;{kAnonymity}
        </span>
        <span className="kn-visually-hidden">minder dan {kAnonymity}</span>
      </>
    );
  }
  return <>{formatWhole(count.value)}</>;
}

interface SeverityLevel {
  readonly label: string;
  readonly status: string;
}

/**
 * Severity in words. Severity is weighted demand / (1 + available people): an open challenge of
 * this year that nobody available can take on is 1, so 0.5 or more is high.
 */
export function severityLevel(severity: number): SeverityLevel {
  if (severity >= 0.5) return { label: 'Hoog', status: 'danger' };
  if (severity >= 0.2) return { label: 'Middel', status: 'warning' };
  return { label: 'Laag', status: 'neutral' };
}

export const SEVERITY_LEGEND =
  'Ernst is de gewogen vraag gedeeld door (1 + het aantal beschikbare mensen). Hoog: 0,5 of meer ' +
  '(bijvoorbeeld een open uitdaging van dit jaar waarvoor niemand beschikbaar is); middel: 0,2 tot ' +
  '0,5; laag: minder dan 0,2.';

/** The word carries the meaning; the badge's colour only repeats it. */
export function SeverityBadge({ severity }: { severity: number }) {
  const level = severityLevel(severity);
  return (
    <>
      <StatusBadge status={level.status}>{level.label}</StatusBadge> ({formatDecimal(severity)})
    </>
  );
}
