import { Random } from '../../../src/seed/demo/prng';
import { fillTemplate } from '../../../src/seed/demo/text-format';
import { type ThemedFamily, type Wording } from '../../../src/seed/demo/texts';
import { dutchStem } from '../../../src/text/dutch-stemmer';
import { queryWords } from '../../../src/text/query-words';
import {
  LOOK_ALIKE_FRAMES,
  LOOK_ALIKE_HEADS,
  LOOK_ALIKE_TITLE_FRAMES,
  type LookAlikeSense,
} from './look-alike-vocabulary';

/**
 * Look-alike pairs: two challenge families of different themes, needing different skills, whose
 * texts share most of their words ("de inkoop van jeugdhulp" and "de inkoop van ICT-diensten").
 * Each family of a pair takes the id, theme and skills of a demo family and gets three generated
 * wordings instead of the demo texts:
 *
 *   family A: [frame 1 + phrases P (its queries), frame 2 + phrases Q, frame 3 + phrases Q]
 *   family B: [frame 2 + phrases Q (its queries), frame 1 + phrases P, frame 4 + phrases P]
 *
 * P and Q are two halves of the head's phrases (look-alike-vocabulary.ts), and a frame is filled
 * with the same phrases for both families. So A's queries read almost word for word like B's
 * challenges of frame 1, share the phrases P with all of B's challenges, and share with A's own
 * challenges only the few words of their sense (topic, party, object) and the skills: a ranker
 * that goes by shared words is drawn to the solvers of B, whom the judge gives grade 0.
 */

export interface LookAlikePair {
  readonly head: string;
  /** The two family ids, in the order of the vocabulary. */
  readonly familyIds: readonly [string, string];
}

export interface LookAlikes {
  readonly pairs: readonly LookAlikePair[];
  /** Family id → the family with generated wordings, in place of the demo family of that id. */
  readonly families: ReadonlyMap<string, ThemedFamily>;
  /** Family id → the id of its sibling, both ways. */
  readonly siblingOf: ReadonlyMap<string, string>;
}

/** The wording a look-alike family's queries use; the others are for the graph. */
export const LOOK_ALIKE_QUERY_WORDING = 0;

/** One frame as a pair uses it: the same title frames and phrases of the head for both senses. */
interface FrameUse {
  readonly frame: string;
  readonly titles: readonly string[];
  readonly phrases: Readonly<Record<'a' | 'b' | 'c' | 'd', string>>;
}

/**
 * Chooses `count` of the candidate pairs (LOOK_ALIKE_HEADS) by seed and writes their families.
 * The same seed, count and demo families always give the same pairs and texts; each pair's texts
 * come from a random stream of their own, so they do not depend on which other pairs were chosen.
 */
export function planLookAlikes(
  seed: number,
  count: number,
  demoFamilies: readonly ThemedFamily[],
): LookAlikes {
  if (!Number.isInteger(count) || count < 0 || count > LOOK_ALIKE_HEADS.length) {
    throw new RangeError(
      `lookAlikePairs must be a whole number from 0 to ${LOOK_ALIKE_HEADS.length}`,
    );
  }
  const chosen = new Set(new Random(seed, 'synthetic:look-alikes').sample(LOOK_ALIKE_HEADS, count));
  const byId = new Map(demoFamilies.map((family) => [family.id, family]));
  const demoFamily = (sense: LookAlikeSense): ThemedFamily => {
    const family = byId.get(sense.familyId);
    if (!family) throw new Error(`look-alike sense of an unknown family: ${sense.familyId}`);
    return family;
  };

  const pairs: LookAlikePair[] = [];
  const families = new Map<string, ThemedFamily>();
  const siblingOf = new Map<string, string>();
  for (const head of LOOK_ALIKE_HEADS.filter((h) => chosen.has(h))) {
    const [senseA, senseB] = head.senses;
    const random = new Random(seed, `synthetic:look-alike:${head.head}`);
    const phrases = random.shuffle(head.shared);
    const half = Math.floor(phrases.length / 2);
    const [p, q] = [phrases.slice(0, half), phrases.slice(half)];
    const [frame1, frame2, frame3, frame4] = random.sample(LOOK_ALIKE_FRAMES, 4);
    const one = useFrame(random, frame1, p);
    const two = useFrame(random, frame2, q);
    const three = useFrame(random, frame3, q);
    const four = useFrame(random, frame4, p);
    families.set(senseA.familyId, {
      ...demoFamily(senseA),
      name: senseA.name,
      wordings: [one, two, three].map((use) => tell(random, use, senseA)),
    });
    families.set(senseB.familyId, {
      ...demoFamily(senseB),
      name: senseB.name,
      wordings: [two, one, four].map((use) => tell(random, use, senseB)),
    });
    siblingOf.set(senseA.familyId, senseB.familyId);
    siblingOf.set(senseB.familyId, senseA.familyId);
    pairs.push({ head: head.head, familyIds: [senseA.familyId, senseB.familyId] });
  }
  return { pairs, families, siblingOf };
}

/** A frame with four of the given phrases of the head, in random order, and two titles. */
function useFrame(random: Random, frame: string, phrases: readonly string[]): FrameUse {
  const [a, b, c, d] = random.sample(phrases, 4);
  return { frame, titles: random.sample(LOOK_ALIKE_TITLE_FRAMES, 2), phrases: { a, b, c, d } };
}

/** One wording of a sense in a frame; `{gemeente}` stays for the world builder to fill. */
function tell(random: Random, use: FrameUse, sense: LookAlikeSense): Wording {
  const topic = random.pick(sense.topics);
  const values = {
    ...use.phrases,
    topic,
    Topic: topic.charAt(0).toUpperCase() + topic.slice(1),
    party: random.pick(sense.parties),
    object: random.pick(sense.objects),
    gemeente: '{gemeente}',
  };
  return {
    titles: use.titles.map((title) => fillTemplate(title, values)),
    description: fillTemplate(use.frame, values),
  };
}

/**
 * The words of a text as the full-text search sees them, roughly: lower case, no Dutch stop
 * words, stemmed, each once (a `{gemeente}` placeholder is left out).
 */
export function textStems(text: string): Set<string> {
  return new Set(queryWords(text.replace(/\{gemeente\}/g, ' ')).map(dutchStem));
}

/** The share of `words` that `other` contains too (0 for no words). */
export function wordShare(words: ReadonlySet<string>, other: ReadonlySet<string>): number {
  if (words.size === 0) return 0;
  return [...words].filter((word) => other.has(word)).length / words.size;
}
