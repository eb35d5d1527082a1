import { type KnowsPath } from './matching.records';
import { type MatchingRepository } from './matching.repository';
import { type PeopleView } from './people-view';

/**
 * Introduction paths: the shortest KNOWS path from the asker to the expert (at most 3 hops)
 * whose people the asker may all see. A shortest path through someone hidden is not shown and
 * not silently shortened: the shortest path through visible people only is taken instead, or
 * none (null) when there is none within 3 hops. Among equally short paths the first by the ids
 * of its people wins, so both stores give the same path.
 */

/** Orders paths by length, then by their ids one by one. */
export function comparePaths(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/** The first path (see comparePaths) whose people between the ends are all visible, or null. */
export function choosePath(
  paths: readonly (readonly string[])[],
  visible: (personId: string) => boolean,
): string[] | null {
  const allowed = paths.filter((path) => path.slice(1, -1).every(visible));
  if (allowed.length === 0) return null;
  return [...[...allowed].sort(comparePaths)[0]];
}

function byTarget(paths: readonly KnowsPath[]): Map<string, (readonly string[])[]> {
  const grouped = new Map<string, (readonly string[])[]>();
  for (const { targetId, personIds } of paths) {
    const group = grouped.get(targetId);
    if (group) group.push(personIds);
    else grouped.set(targetId, [personIds]);
  }
  return grouped;
}

const betweenEnds = (paths: readonly KnowsPath[]): string[] =>
  paths.flatMap((path) => path.personIds.slice(1, -1));

/** The chosen path per target that has one (asker first, target last). */
export async function findIntroductionPaths(
  repository: MatchingRepository,
  view: PeopleView,
  askerId: string,
  targetIds: readonly string[],
): Promise<Map<string, string[]>> {
  const chosen = new Map<string, string[]>();
  if (targetIds.length === 0) return chosen;
  const shortest = await repository.shortestKnowsPaths(askerId, targetIds);
  await view.load(betweenEnds(shortest));
  // A 2-hop target whose every middle person is hidden may still have a visible 3-hop path;
  // 1-hop paths have nobody in between and 3 hops is the limit.
  const detours: string[] = [];
  for (const [targetId, paths] of byTarget(shortest)) {
    const path = choosePath(paths, (id) => view.canSee(id));
    if (path) chosen.set(targetId, path);
    else if (paths[0].length === 3) detours.push(targetId);
  }
  if (detours.length === 0) return chosen;
  const longer = await repository.threeHopKnowsPaths(askerId, detours);
  await view.load(betweenEnds(longer));
  for (const [targetId, paths] of byTarget(longer)) {
    const path = choosePath(paths, (id) => view.canSee(id));
    if (path) chosen.set(targetId, path);
  }
  return chosen;
}
