import { CHALLENGE_FAMILIES, type ThemedFamily } from '../../../src/seed/demo/texts';
import { LOOK_ALIKE_FRAMES, LOOK_ALIKE_HEADS } from './look-alike-vocabulary';
import { LOOK_ALIKE_QUERY_WORDING, planLookAlikes, textStems, wordShare } from './look-alikes';

/** Every word of a family's titles and descriptions. */
function familyWords(family: ThemedFamily): Set<string> {
  return new Set(
    family.wordings.flatMap((w) => [...w.titles, w.description]).flatMap((t) => [...textStems(t)]),
  );
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / (a.size + b.size - shared);
}

/** The words of one wording as a query or a challenge carries them: a title and the text. */
function wordingWords(family: ThemedFamily, index: number): Set<string> {
  const wording = family.wordings[index];
  return textStems(`${wording.titles[0]} ${wording.description}`);
}

describe('look-alike pairs', () => {
  const sut = planLookAlikes(4242, 11, CHALLENGE_FAMILIES);
  const every = planLookAlikes(4242, LOOK_ALIKE_HEADS.length, CHALLENGE_FAMILIES);
  const family = (id: string): ThemedFamily => {
    const found = every.families.get(id);
    if (!found) throw new Error(`no look-alike family ${id}`);
    return found;
  };

  it('are the same for the same seed and change with the seed', () => {
    expect(planLookAlikes(4242, 11, CHALLENGE_FAMILIES)).toEqual(sut);
    const other = planLookAlikes(977, 11, CHALLENGE_FAMILIES);
    expect(other.pairs).not.toEqual(sut.pairs);
    const shared = sut.pairs.find((p) => other.pairs.some((o) => o.head === p.head));
    const id = shared?.familyIds[0] ?? '';
    expect(other.families.get(id)?.wordings).not.toEqual(sut.families.get(id)?.wordings);
  });

  it('turn 2 × count demo families into siblings of each other', () => {
    expect(sut.pairs).toHaveLength(11);
    expect(sut.families.size).toBe(22);
    for (const {
      familyIds: [a, b],
    } of sut.pairs) {
      expect(sut.siblingOf.get(a)).toBe(b);
      expect(sut.siblingOf.get(b)).toBe(a);
    }
    expect(planLookAlikes(4242, 0, CHALLENGE_FAMILIES).families.size).toBe(0);
    expect(() => planLookAlikes(4242, LOOK_ALIKE_HEADS.length + 1, CHALLENGE_FAMILIES)).toThrow(
      RangeError,
    );
  });

  it('keep the id, theme and skills of the demo family, with three new wordings', () => {
    for (const demo of CHALLENGE_FAMILIES) {
      const generated = every.families.get(demo.id);
      if (!generated) continue;
      expect(generated).toMatchObject({ id: demo.id, theme: demo.theme, skills: demo.skills });
      expect(generated.wordings).toHaveLength(3);
      expect(generated.wordings).not.toEqual(demo.wordings);
    }
  });

  it('pair families of different themes that share at most one required skill', () => {
    const used = new Set<string>();
    for (const { familyIds } of every.pairs) {
      const [a, b] = familyIds.map(family);
      expect(a.theme).not.toBe(b.theme);
      expect(a.skills.filter((skill) => b.skills.includes(skill)).length).toBeLessThanOrEqual(1);
      for (const id of familyIds) {
        expect(used.has(id)).toBe(false);
        used.add(id);
      }
    }
  });

  it('have a vocabulary the generator can use', () => {
    // Two halves of four phrases, one per family; a frame takes four.
    expect(LOOK_ALIKE_HEADS.filter((h) => h.shared.length !== 8)).toEqual([]);
    // The topic comes early, so two texts of one frame differ in their first words.
    expect(LOOK_ALIKE_FRAMES.filter((f) => !/^.{0,25}\{[Tt]opic\}/.test(f))).toEqual([]);
    for (const sense of LOOK_ALIKE_HEADS.flatMap((h) => h.senses)) {
      expect(sense.topics.every((topic) => /^[a-z]/.test(topic))).toBe(true);
    }
  });

  it('give the two families of a pair most of their words, more than any other family shares', () => {
    const world = CHALLENGE_FAMILIES.map((f) => every.families.get(f.id) ?? f);
    const overlaps = every.pairs.map(({ head, familyIds }) => {
      const [a, b] = familyIds.map((id) => familyWords(family(id)));
      const closestOther = Math.max(
        ...world
          .filter((other) => !familyIds.includes(other.id))
          .map(familyWords)
          .map((words) => Math.max(jaccard(a, words), jaccard(b, words))),
      );
      return { head, together: jaccard(a, b), closestOther };
    });
    expect(overlaps.filter((o) => o.together <= 0.45 || o.together <= o.closestOther)).toEqual([]);
  });

  it("word a family's queries like its sibling's challenges, not like its own", () => {
    const graph = [0, 1, 2].filter((i) => i !== LOOK_ALIKE_QUERY_WORDING);
    const shares = [...every.siblingOf].map(([id, siblingId]) => {
      const query = wordingWords(family(id), LOOK_ALIKE_QUERY_WORDING);
      const closest = (of: ThemedFamily): number =>
        Math.max(...graph.map((i) => wordShare(query, wordingWords(of, i))));
      return { id, own: closest(family(id)), sibling: closest(family(siblingId)) };
    });
    expect(shares.filter((s) => s.sibling <= 0.7 || s.sibling <= s.own + 0.2)).toEqual([]);
  });
});
