import { type SkillRecord } from '../../src/skills/skill.record';
import { SkillsErrorCode, SkillsException } from '../../src/skills/skills.exception';
import { SkillsRepository } from '../../src/skills/skills.repository';
import { nextNumber, skillRecord } from '../support/factories';
import { GRAPH_STORES, type GraphStoreName, type OpenGraph, openGraph } from './graph-stores';

/** A word no other test uses, so searches and counts see only this test's skills. */
const uniqueWord = (): string => `uniek${nextNumber()}x`;

/**
 * Tolerated store difference: lower-casing outside the letters Dutch names use. Kuzu's lower()
 * maps each character on its own (Unicode's simple case mapping: "İ" → "i", "Σ" → "σ"); Neo4j's
 * toLower() is Java's full mapping ("İ" → "i" + U+0307, a word-final "Σ" → "ς"). So the stores
 * disagree on which spellings are "the same name in another case" and on what a search finds.
 * The letters of Dutch names (ë, ï, é, ĳ and the rest) fold alike on both; municipality search
 * lower-cases the same way, so this case stands for it too.
 */
const CASE_FOLDING: Record<
  GraphStoreName,
  { sameName: readonly string[]; otherName: readonly string[] }
> = {
  kuzu: { sameName: ['izmir', 'οδοσ'], otherName: ['i\u0307zmir', 'οδος'] },
  neo4j: { sameName: ['i\u0307zmir', 'οδος'], otherName: ['izmir', 'οδοσ'] },
};

describe.each(GRAPH_STORES)('skills contract on %s', (store) => {
  let graph: OpenGraph;
  let sut: SkillsRepository;

  beforeAll(async () => {
    graph = await openGraph(store);
    sut = graph.get(SkillsRepository);
  });
  afterAll(() => graph.close());

  const create = (overrides: Partial<SkillRecord> = {}): Promise<SkillRecord> => {
    const record = skillRecord(overrides);
    return sut.upsert(record.id, () => record);
  };

  it('creates a skill and finds it by id, ignoring unknown ids', async () => {
    const skill = skillRecord({
      aliases: ['geld', 'Begroting'],
      category: 'bedrijfsvoering',
      escoUri: 'http://data.europa.eu/esco/skill/abc',
    });
    const stored = await sut.upsert(skill.id, (current) => {
      expect(current).toBeNull();
      return skill;
    });
    expect(stored).toEqual(skill);
    expect(await sut.findByIds([skill.id, 'no-such-skill'])).toEqual([skill]);
    expect(await sut.findByIds([])).toEqual([]);
  });

  it('keeps an empty alias list and null fields as they are', async () => {
    const skill = await create({ aliases: [], category: null, escoUri: null });
    expect(await sut.findByIds([skill.id])).toEqual([
      { ...skill, aliases: [], category: null, escoUri: null },
    ]);
  });

  it('updates an existing skill from its current state', async () => {
    const skill = await create({ aliases: ['oud'] });
    const updated = await sut.upsert(skill.id, (current) => {
      expect(current).toEqual(skill);
      return { ...skill, name: `${skill.name} (nieuw)`, aliases: [] };
    });
    expect(updated).toEqual({ ...skill, name: `${skill.name} (nieuw)`, aliases: [] });
    expect(await sut.findByIds([skill.id])).toEqual([updated]);
  });

  it('refuses a name another skill has (case-insensitive) and writes nothing', async () => {
    const owner = await create({ name: `Financiën ${uniqueWord()}` });
    const other = await create();
    const taken = owner.name.toUpperCase();

    await expect(
      sut.upsert('brand-new-skill', () => skillRecord({ id: 'brand-new-skill', name: taken })),
    ).rejects.toMatchObject({
      code: SkillsErrorCode.SKILL_NAME_TAKEN,
      message: expect.stringContaining(owner.id) as string,
    });
    await expect(
      sut.upsert(other.id, (current) => ({ ...current!, name: taken })),
    ).rejects.toBeInstanceOf(SkillsException);

    expect(await sut.findByIds(['brand-new-skill'])).toEqual([]);
    expect(await sut.findByIds([other.id])).toEqual([other]);
  });

  it('lets a skill keep its own name in another case', async () => {
    const skill = await create();
    const renamed = await sut.upsert(skill.id, (current) => ({
      ...current!,
      name: skill.name.toLowerCase(),
    }));
    expect(renamed.name).toBe(skill.name.toLowerCase());
  });

  it(`folds "İ" and a final "Σ" as ${store} does (a tolerated store difference)`, async () => {
    const word = uniqueWord();
    const owners = [
      await create({ name: `İzmir ${word}` }),
      await create({ name: `ΟΔΟΣ ${word}` }),
    ];
    const { sameName, otherName } = CASE_FOLDING[store];
    for (const [index, spelling] of sameName.entries()) {
      const name = `${spelling} ${word}`;
      const found = await sut.list({ search: name }, { first: 10, after: null });
      expect(found.items.map((s) => s.id)).toEqual([owners[index].id]);
      const id = `${word}-same-${index}`;
      await expect(sut.upsert(id, () => skillRecord({ id, name }))).rejects.toMatchObject({
        code: SkillsErrorCode.SKILL_NAME_TAKEN,
      });
      expect(await sut.findByIds([id])).toEqual([]);
    }
    for (const [index, spelling] of otherName.entries()) {
      const name = `${spelling} ${word}`;
      expect((await sut.list({ search: name }, { first: 10, after: null })).totalCount).toBe(0);
      const id = `${word}-other-${index}`;
      await expect(sut.upsert(id, () => skillRecord({ id, name }))).resolves.toMatchObject({
        name,
      });
    }
  });

  it('writes nothing when the change itself fails', async () => {
    const skill = await create();
    await expect(
      sut.upsert(skill.id, () => {
        throw new Error('rule broken');
      }),
    ).rejects.toThrow('rule broken');
    expect(await sut.findByIds([skill.id])).toEqual([skill]);
  });

  it('lists by name then id, in keyset pages with a total count', async () => {
    const word = uniqueWord();
    const c = await create({ id: `${word}-c`, name: `C ${word}` });
    const b = await create({ id: `${word}-b`, name: `B ${word}` });
    const a = await create({ id: `${word}-a`, name: `A ${word}` });

    const first = await sut.list({ search: word }, { first: 2, after: null });
    expect(first.items.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(first.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(3);

    const second = await sut.list({ search: word }, { first: 2, after: [b.name, b.id] });
    expect(second.items.map((s) => s.id)).toEqual([c.id]);
    expect(second.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(3);
  });

  it('resumes after a cursor key that is not stored, comparing the id after the name', async () => {
    const word = uniqueWord();
    const x = await create({ id: `${word}-x`, name: `N ${word}` });
    const y = await create({ id: `${word}-y`, name: `O ${word}` });
    const before = await sut.list(
      { search: word },
      { first: 10, after: [`N ${word}`, `${word}-a`] },
    );
    expect(before.items.map((s) => s.id)).toEqual([x.id, y.id]);
    const after = await sut.list(
      { search: word },
      { first: 10, after: [`N ${word}`, `${word}-z`] },
    );
    expect(after.items.map((s) => s.id)).toEqual([y.id]);
  });

  it('searches names and aliases case-insensitively', async () => {
    const word = uniqueWord();
    const byName = await create({ name: `Vergunningverlening ${word}` });
    const byAlias = await create({
      name: `Toezicht ${uniqueWord()}`,
      aliases: ['VTH', `Handhaving-${word}`],
    });
    await create({ name: `Iets anders ${uniqueWord()}` });

    const found = await sut.list({ search: word.toUpperCase() }, { first: 10, after: null });
    expect(found.items.map((s) => s.id).sort()).toEqual([byName.id, byAlias.id].sort());
    expect(found.totalCount).toBe(2);

    const alias = await sut.list({ search: `handhaving-${word}` }, { first: 10, after: null });
    expect(alias.items.map((s) => s.id)).toEqual([byAlias.id]);
  });

  it('lists every skill without a search', async () => {
    await create();
    const page = await sut.list({}, { first: 100, after: null });
    expect(page.totalCount).toBeGreaterThanOrEqual(1);
    expect(page.items.length).toBe(Math.min(100, page.totalCount));
  });

  it.each([`") OR 1=1 //`, 'MATCH (n) DETACH DELETE n', "' OR ''='", '%_\\'])(
    'treats the search %j as plain text',
    async (search) => {
      const skill = await create();
      const page = await sut.list({ search }, { first: 10, after: null });
      expect(page.totalCount).toBe(0);
      expect(await sut.findByIds([skill.id])).toEqual([skill]);
    },
  );
});
