/**
 * Learning circles ("leerkringen") of a learning programme: participants from several
 * municipalities in groups of MIN_CIRCLE_SIZE..MAX_CIRCLE_SIZE. The point of a circle is to learn
 * from other municipalities, so forming mixes municipalities first and balances levels second.
 * Pure functions: the same members in any order give the same circles.
 */

export const MIN_CIRCLE_SIZE = 4;
export const MAX_CIRCLE_SIZE = 8;

/** A participant as circle forming sees them. */
export interface CircleMember {
  readonly personId: string;
  readonly municipalityCode: string;
  /** Average level (0..5) over the programme's skills; 0 for a skill not held. */
  readonly level: number;
}

export interface FormedCircle {
  /** 1-based. */
  readonly number: number;
  /** Sorted by personId. */
  readonly memberIds: readonly string[];
  readonly municipalityCount: number;
  /** Mean of the members' levels, rounded to 1 decimal. */
  readonly averageLevel: number;
  /** One Dutch sentence: size, municipalities, level, and what stands out. */
  readonly explanation: string;
}

export type CircleAssignment = CircleMember & { readonly circle: number };

interface OpenCircle {
  readonly number: number;
  readonly capacity: number;
  readonly members: CircleMember[];
  levelSum: number;
}

/**
 * Splits the members into ceil(n / MAX_CIRCLE_SIZE) circles whose sizes differ by at most one
 * (so 4..8 each once n >= 4). Throws nothing: fewer than MIN_CIRCLE_SIZE members make one small
 * circle, and the caller decides whether to refuse it. [] for no members.
 */
export function formCircles(
  members: readonly CircleMember[],
  municipalityNames?: ReadonlyMap<string, string>,
): FormedCircle[] {
  if (members.length === 0) return [];
  const circles = emptyCircles(members.length);
  // Strongest first, so they spread over the circles before the level sums start to differ.
  const ordered = [...members].sort(
    (a, b) =>
      b.level - a.level ||
      compareText(a.personId, b.personId) ||
      compareText(a.municipalityCode, b.municipalityCode),
  );
  for (const member of ordered) {
    const target = bestCircle(circles, member);
    target.members.push(member);
    target.levelSum += member.level;
  }
  separateMunicipalities(circles);
  return circles.map((circle) =>
    summarise(circle.number, circle.members, municipalityNames, 'formed'),
  );
}

/** The circles as they stand after a coordinator's changes, ordered by circle number. */
export function describeCircles(
  assignments: readonly CircleAssignment[],
  municipalityNames?: ReadonlyMap<string, string>,
): FormedCircle[] {
  const byCircle = new Map<number, CircleMember[]>();
  for (const assignment of assignments) {
    const members = byCircle.get(assignment.circle) ?? [];
    members.push(assignment);
    byCircle.set(assignment.circle, members);
  }
  return [...byCircle.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, members]) => summarise(number, members, municipalityNames, 'described'));
}

/** The first `n % k` circles take the one extra member each. */
function emptyCircles(n: number): OpenCircle[] {
  const count = Math.max(1, Math.ceil(n / MAX_CIRCLE_SIZE));
  const base = Math.floor(n / count);
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    capacity: base + (i < n % count ? 1 : 0),
    members: [],
    levelSum: 0,
  }));
}

/** Fewest from the same municipality, then the lowest level sum, then the smallest, then the first. */
function bestCircle(circles: readonly OpenCircle[], member: CircleMember): OpenCircle {
  let best: OpenCircle | null = null;
  let bestKey: readonly number[] = [];
  for (const circle of circles) {
    if (circle.members.length >= circle.capacity) continue;
    const key = [
      countFrom(circle, member.municipalityCode),
      circle.levelSum,
      circle.members.length,
      circle.number,
    ];
    if (best === null || compareKeys(key, bestKey) < 0) {
      best = circle;
      bestKey = key;
    }
  }
  // Capacities add up to the member count, so a circle with room is always left.
  if (best === null) throw new Error('No circle with room left');
  return best;
}

/**
 * The greedy pass can fill a circle before the members of some municipality come up, leaving two
 * of them together although another split exists. Swap members between circles while a swap
 * lowers the number of shared municipalities: the biggest gain first, then the smallest level
 * change (the balance stays), then by personId. Sizes stay; each swap lowers a finite count.
 */
function separateMunicipalities(circles: readonly OpenCircle[]): void {
  for (;;) {
    let best: { a: OpenCircle; x: CircleMember; b: OpenCircle; y: CircleMember } | null = null;
    let bestKey: readonly number[] = [];
    for (const a of circles) {
      for (const x of a.members) {
        if (countFrom(a, x.municipalityCode) < 2) continue;
        for (const b of circles) {
          if (b === a) continue;
          for (const y of b.members) {
            const gain = swapGain(a, x, b, y);
            if (gain <= 0) continue;
            const key = [-gain, Math.abs(x.level - y.level)];
            const order =
              best === null
                ? -1
                : compareKeys(key, bestKey) ||
                  compareText(x.personId, best.x.personId) ||
                  compareText(y.personId, best.y.personId);
            if (order < 0) {
              best = { a, x, b, y };
              bestKey = key;
            }
          }
        }
      }
    }
    if (best === null) return;
    const { a, x, b, y } = best;
    a.members.splice(a.members.indexOf(x), 1, y);
    b.members.splice(b.members.indexOf(y), 1, x);
    a.levelSum += y.level - x.level;
    b.levelSum += x.level - y.level;
  }
}

/** How many fewer shared-municipality pairs there are after swapping x (in a) with y (in b). */
function swapGain(a: OpenCircle, x: CircleMember, b: OpenCircle, y: CircleMember): number {
  if (x.municipalityCode === y.municipalityCode) return 0;
  // Members beyond the first of a municipality: x leaving a and y leaving b each remove one
  // when others of theirs stay; each arriving adds one when others of theirs are there.
  const removed =
    (countFrom(a, x.municipalityCode) > 1 ? 1 : 0) + (countFrom(b, y.municipalityCode) > 1 ? 1 : 0);
  const added =
    (countFrom(b, x.municipalityCode) > 0 ? 1 : 0) + (countFrom(a, y.municipalityCode) > 0 ? 1 : 0);
  return removed - added;
}

function countFrom(circle: OpenCircle, municipalityCode: string): number {
  return circle.members.filter((m) => m.municipalityCode === municipalityCode).length;
}

function summarise(
  number: number,
  members: readonly CircleMember[],
  municipalityNames: ReadonlyMap<string, string> | undefined,
  origin: 'formed' | 'described',
): FormedCircle {
  const perMunicipality = new Map<string, number>();
  for (const member of members) {
    perMunicipality.set(
      member.municipalityCode,
      (perMunicipality.get(member.municipalityCode) ?? 0) + 1,
    );
  }
  const total = members.reduce((sum, member) => sum + member.level, 0);
  const averageLevel = members.length === 0 ? 0 : Math.round((total / members.length) * 10) / 10;
  const shared = [...perMunicipality.entries()]
    .filter(([, count]) => count > 1)
    .map(([code, count]) => ({ name: municipalityNames?.get(code) ?? code, count }))
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name));

  const parts = [
    `${countOf(members.length, 'deelnemer', 'deelnemers')} uit ${countOf(perMunicipality.size, 'gemeente', 'gemeenten')}, gemiddeld niveau ${decimal(averageLevel)}`,
  ];
  if (origin === 'formed') {
    parts.push(
      'zo veel mogelijk gemeenten door elkaar en de sterkste deelnemers over de kringen gespreid',
    );
  }
  if (shared.length > 0) {
    const list = dutchList(shared.map(({ name, count }) => `${countWord(count)} uit ${name}`));
    parts.push(
      origin === 'formed'
        ? `${list}, omdat er te weinig deelnemers uit andere gemeenten waren`
        : list,
    );
  }
  const warning = sizeWarning(members.length);
  if (warning !== null) parts.push(warning);

  return {
    number,
    memberIds: members.map((m) => m.personId).sort(compareText),
    municipalityCount: perMunicipality.size,
    averageLevel,
    explanation: `${parts.join('; ')}.`,
  };
}

function sizeWarning(size: number): string | null {
  if (size < MIN_CIRCLE_SIZE)
    return `let op: minder dan de minimaal ${MIN_CIRCLE_SIZE} deelnemers van een kring`;
  if (size > MAX_CIRCLE_SIZE)
    return `let op: meer dan de maximaal ${MAX_CIRCLE_SIZE} deelnemers van een kring`;
  return null;
}

const COUNT_WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht'];

/** "twee uit Tilburg" reads better than "2 uit Tilburg"; large counts stay digits. */
function countWord(count: number): string {
  return COUNT_WORDS[count] ?? String(count);
}

function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function decimal(value: number): string {
  return value.toFixed(1).replace('.', ',');
}

/** "A", "A en B", "A, B en C". */
function dutchList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/** Code-point order, not the locale's: the result must not depend on the machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
