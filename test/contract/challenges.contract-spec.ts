import { ChallengeStatus } from '../../src/challenges/challenge-status';
import { type ChallengeRecord } from '../../src/challenges/challenge.record';
import { ChallengesErrorCode } from '../../src/challenges/challenges.exception';
import { ChallengesRepository } from '../../src/challenges/challenges.repository';
import { GraphStoreErrorCode } from '../../src/graph-store/graph-store.exception';
import { MunicipalitiesErrorCode } from '../../src/municipalities/municipalities.exception';
import { MunicipalitiesRepository } from '../../src/municipalities/municipalities.repository';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { SkillsErrorCode } from '../../src/skills/skills.exception';
import { challengeRecord, municipalityRow, skillRow } from '../support/factories';
import { GRAPH_STORES, type OpenGraph, openGraph } from './graph-stores';

const ids = (records: readonly ChallengeRecord[]): string[] => records.map((record) => record.id);
const ALL = { first: 100, after: null };

describe.each(GRAPH_STORES)('challenges contract on %s', (store) => {
  describe('reading', () => {
    let graph: OpenGraph;
    let sut: ChallengesRepository;
    const west = municipalityRow();
    const east = municipalityRow();
    const empty = municipalityRow();
    const s1 = skillRow();
    const s2 = skillRow();
    // Newest first: ch-4, then ch-2 and ch-3 (same instant, by id), then ch-1.
    const ch1 = challengeRecord({
      id: 'ch-1',
      municipalityCode: west.code,
      title: 'Inkoop',
      description: 'Wij doen veel aanbestedingen voor de jeugdzorg.',
      theme: 'ict',
      requiredSkillIds: [s1.id],
      createdAt: new Date('2024-01-01T09:00:00.000Z'),
      updatedAt: new Date('2024-01-01T09:00:00.000Z'),
    });
    const ch2 = challengeRecord({
      id: 'ch-2',
      municipalityCode: west.code,
      title: 'Omgevingsdienst vormen',
      description: 'Samen met de buurgemeenten een omgevingsdienst oprichten.',
      theme: 'omgeving',
      status: ChallengeStatus.IN_PROGRESS,
      requiredSkillIds: [s1.id, s2.id].sort(),
      createdAt: new Date('2024-02-01T09:00:00.000Z'),
      updatedAt: new Date('2024-02-01T09:00:00.000Z'),
    });
    const ch3 = challengeRecord({
      id: 'ch-3',
      municipalityCode: east.code,
      title: 'Wachtlijsten jeugd',
      description: 'Wachtlijsten in de jeugdhulp verkorten.',
      status: ChallengeStatus.SOLVED,
      createdAt: new Date('2024-02-01T09:00:00.000Z'),
      updatedAt: new Date('2024-02-01T09:00:00.000Z'),
    });
    const ch4 = challengeRecord({
      id: 'ch-4',
      municipalityCode: east.code,
      title: 'Cloudstrategie',
      description: 'Overstap naar de cloud.',
      theme: 'ict',
      requiredSkillIds: [s2.id],
      createdAt: new Date('2024-03-01T09:00:00.000Z'),
      updatedAt: new Date('2024-03-01T09:00:00.000Z'),
    });
    const cursorOf = (record: ChallengeRecord): [string, string] => [
      record.createdAt.toISOString(),
      record.id,
    ];

    beforeAll(async () => {
      graph = await openGraph(store);
      const importer = graph.get(GraphImportRepository);
      await importer.importMunicipalities([west, east, empty]);
      await importer.importSkills([s1, s2]);
      sut = graph.get(ChallengesRepository);
      for (const record of [ch1, ch2, ch3, ch4]) await sut.create(record);
    });
    afterAll(() => graph.close());

    it('finds challenges by id with their municipality and skills, ignoring unknown ids', async () => {
      const found = await sut.findByIds(['ch-2', 'ch-9']);
      expect(found).toEqual([ch2]);
      expect(await sut.findByIds(['ch-3'])).toEqual([{ ...ch3, requiredSkillIds: [] }]);
      expect(await sut.findByIds([])).toEqual([]);
    });

    it('lists newest first, then by id, with keyset pages and a total count', async () => {
      const first = await sut.list({}, { first: 2, after: null });
      expect(ids(first.items)).toEqual(['ch-4', 'ch-2']);
      expect(first.hasNextPage).toBe(true);
      expect(first.totalCount).toBe(4);

      const second = await sut.list({}, { first: 2, after: cursorOf(ch2) });
      expect(ids(second.items)).toEqual(['ch-3', 'ch-1']);
      expect(second.hasNextPage).toBe(false);
      expect(second.totalCount).toBe(4);
    });

    it('continues between two challenges created at the same instant', async () => {
      const page = await sut.list({}, { first: 1, after: cursorOf(ch2) });
      expect(ids(page.items)).toEqual(['ch-3']);
      expect(page.hasNextPage).toBe(true);
    });

    it.each([
      ['municipality', () => ({ municipalityCode: east.code }), ['ch-4', 'ch-3']],
      ['theme', () => ({ theme: 'ict' }), ['ch-4', 'ch-1']],
      ['status', () => ({ status: ChallengeStatus.SOLVED }), ['ch-3']],
      ['required skill', () => ({ requiredSkillId: s1.id }), ['ch-2', 'ch-1']],
      ['theme and municipality', () => ({ theme: 'ict', municipalityCode: west.code }), ['ch-1']],
      ['unknown theme', () => ({ theme: 'financien' }), []],
    ])('filters by %s', async (_case, filter, expected) => {
      const page = await sut.list(filter(), ALL);
      expect(ids(page.items)).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
    });

    it('finds text with Dutch stemming: "aanbesteding" finds "aanbestedingen"', async () => {
      const page = await sut.list({ text: 'aanbesteding' }, ALL);
      expect(ids(page.items)).toEqual(['ch-1']);
      expect(page.totalCount).toBe(1);
      expect(ids((await sut.list({ text: 'wachtlijst' }, ALL)).items)).toEqual(['ch-3']);
    });

    it('needs every word of the text, and combines text with the other filters', async () => {
      expect(ids((await sut.list({ text: 'omgevingsdienst buurgemeenten' }, ALL)).items)).toEqual([
        'ch-2',
      ]);
      expect(ids((await sut.list({ text: 'omgevingsdienst cloud' }, ALL)).items)).toEqual([]);
      const page = await sut.list({ text: 'wachtlijsten', municipalityCode: west.code }, ALL);
      expect(page).toEqual({ items: [], hasNextPage: false, totalCount: 0 });
    });

    // Store difference, Dutch stop words: "de" is in every description here. Kuzu's index keeps
    // Dutch stop words, so "de" finds all four; Lucene's Dutch analyzer (Neo4j) indexes no stop
    // words ("de", "het", "van", ...), so there a text of stop words alone finds nothing and a
    // stop word beside other words is ignored. Paging through text matches is covered on both
    // stores under "writing" with a word that is no stop word.
    if (store === 'kuzu') {
      it('pages through text matches in the same newest-first order', async () => {
        const first = await sut.list({ text: 'de' }, { first: 2, after: null });
        expect(ids(first.items)).toEqual(['ch-4', 'ch-2']);
        expect(first.totalCount).toBe(4);
        const second = await sut.list({ text: 'de' }, { first: 2, after: cursorOf(ch2) });
        expect(ids(second.items)).toEqual(['ch-3', 'ch-1']);
        expect(second.hasNextPage).toBe(false);
      });
    } else {
      it('ignores Dutch stop words: "de" alone finds nothing, beside a word it is left out', async () => {
        expect(await sut.list({ text: 'de' }, ALL)).toEqual({
          items: [],
          hasNextPage: false,
          totalCount: 0,
        });
        expect(ids((await sut.list({ text: 'de wachtlijsten' }, ALL)).items)).toEqual(['ch-3']);
        expect(ids((await sut.list({ text: 'het cloud' }, ALL)).items)).toEqual(['ch-4']);
      });
    }

    it.each([
      ['"jeugd" OR *:*'],
      ["') RETURN 1 //"],
      ['MATCH (n) DETACH DELETE n'],
      ['jeugd*'],
      ['"'],
      ['\\'],
      ['***'],
      ['the and or of'],
      ['$text {x} `y` [1]'],
    ])('treats %j as plain words: answers normally and changes nothing', async (text) => {
      const page = await sut.list({ text }, ALL);
      // Only challenges holding a word of the text may match; query syntax never widens it.
      expect(ids(page.items).every((id) => id === 'ch-3')).toBe(true);
      expect(page.totalCount).toBe(page.items.length);
      expect((await sut.list({}, ALL)).totalCount).toBe(4);
      expect(
        await graph.get(MunicipalitiesRepository).findByCodes([west.code, east.code]),
      ).toHaveLength(2);
    });

    it('gives one page per municipality, in the order asked, each with its total', async () => {
      const [westPage, emptyPage, eastPage] = await sut.pagesByMunicipality(
        [west.code, empty.code, east.code],
        { first: 1, after: null },
      );
      expect(westPage).toEqual({ items: [ch2], hasNextPage: true, totalCount: 2 });
      expect(emptyPage).toEqual({ items: [], hasNextPage: false, totalCount: 0 });
      expect(eastPage).toEqual({ items: [ch4], hasNextPage: true, totalCount: 2 });
      expect(await sut.pagesByMunicipality([], ALL)).toEqual([]);
    });

    it('continues every municipality page after the same cursor', async () => {
      const [westPage, eastPage] = await sut.pagesByMunicipality([west.code, east.code], {
        first: 5,
        after: cursorOf(ch2),
      });
      expect(ids(westPage.items)).toEqual(['ch-1']);
      expect(westPage.totalCount).toBe(2);
      expect(ids(eastPage.items)).toEqual(['ch-3']);
      expect(eastPage.hasNextPage).toBe(false);

      const [beyond] = await sut.pagesByMunicipality([west.code], {
        first: 5,
        after: cursorOf(ch1),
      });
      expect(beyond).toEqual({ items: [], hasNextPage: false, totalCount: 2 });
    });
  });

  describe('writing', () => {
    let graph: OpenGraph;
    let sut: ChallengesRepository;
    const home = municipalityRow();
    const s1 = skillRow();
    const s2 = skillRow();
    const s3 = skillRow();

    beforeAll(async () => {
      graph = await openGraph(store);
      const importer = graph.get(GraphImportRepository);
      await importer.importMunicipalities([home]);
      await importer.importSkills([s1, s2, s3]);
      sut = graph.get(ChallengesRepository);
    });
    afterAll(() => graph.close());

    it('creates a challenge that reads back the same', async () => {
      const record = challengeRecord({
        municipalityCode: home.code,
        theme: 'veiligheid',
        requiredSkillIds: [s1.id, s2.id].sort(),
      });
      expect(await sut.create(record)).toEqual(record);
      expect(await sut.findByIds([record.id])).toEqual([record]);
    });

    it('refuses another challenge under an existing id', async () => {
      const record = challengeRecord({ municipalityCode: home.code, title: 'Eerste' });
      await sut.create(record);
      const other = challengeRecord({
        id: record.id,
        municipalityCode: home.code,
        title: 'Tweede',
        createdAt: new Date(record.createdAt.getTime() + 1),
      });
      await expect(sut.create(other)).rejects.toMatchObject({
        code: GraphStoreErrorCode.DUPLICATE,
      });
      expect(await sut.findByIds([record.id])).toEqual([record]);
    });

    // Store difference, retried writes: the Neo4j driver retries a transaction whose commit it
    // could not confirm, so the adapter takes a create of the same id and creation time as that
    // earlier attempt and answers it again; Kuzu never retries and refuses the repeat.
    it('answers a repeated create on Neo4j, refuses it on Kuzu', async () => {
      const record = challengeRecord({ municipalityCode: home.code, requiredSkillIds: [s3.id] });
      await sut.create(record);
      const repeat = sut.create(record);
      if (store === 'neo4j') await expect(repeat).resolves.toEqual(record);
      else await expect(repeat).rejects.toMatchObject({ code: GraphStoreErrorCode.DUPLICATE });
      expect(await sut.findByIds([record.id])).toEqual([record]);
    });

    it('creates nothing when a required skill is unknown, and names every unknown skill', async () => {
      const record = challengeRecord({
        municipalityCode: home.code,
        requiredSkillIds: [s1.id, 'nope-1', 'nope-2'],
      });
      const failure = sut.create(record);
      await expect(failure).rejects.toMatchObject({ code: SkillsErrorCode.SKILL_NOT_FOUND });
      await expect(failure).rejects.toThrow(/nope-1.*nope-2/);
      expect(await sut.findByIds([record.id])).toEqual([]);
      expect(
        (await sut.list({ requiredSkillId: s1.id }, ALL)).items.map((c) => c.id),
      ).not.toContain(record.id);
    });

    it('creates nothing when the municipality is unknown', async () => {
      const record = challengeRecord({ municipalityCode: 'GM0000' });
      await expect(sut.create(record)).rejects.toMatchObject({
        code: MunicipalitiesErrorCode.MUNICIPALITY_NOT_FOUND,
      });
      expect(await sut.findByIds([record.id])).toEqual([]);
    });

    it('changes only the fields in the patch', async () => {
      const record = challengeRecord({
        municipalityCode: home.code,
        theme: 'ict',
        requiredSkillIds: [s1.id],
      });
      await sut.create(record);
      const updatedAt = new Date(record.updatedAt.getTime() + 60_000);
      const updated = await sut.update(record.id, { title: 'Nieuwe titel', updatedAt });
      expect(updated).toEqual({ ...record, title: 'Nieuwe titel', updatedAt });
    });

    it('clears the theme, sets the status and replaces the required skills', async () => {
      const record = challengeRecord({
        municipalityCode: home.code,
        theme: 'ict',
        requiredSkillIds: [s1.id],
      });
      await sut.create(record);
      const updatedAt = new Date();
      const updated = await sut.update(record.id, {
        theme: null,
        status: ChallengeStatus.SOLVED,
        requiredSkillIds: [s2.id, s3.id],
        updatedAt,
      });
      expect(updated).toMatchObject({
        theme: null,
        status: ChallengeStatus.SOLVED,
        requiredSkillIds: [s2.id, s3.id].sort(),
      });
      expect(await sut.findByIds([record.id])).toEqual([updated]);

      const none = await sut.update(record.id, { requiredSkillIds: [], updatedAt });
      expect(none.requiredSkillIds).toEqual([]);
    });

    it('finds the new words of an updated description', async () => {
      const record = challengeRecord({ municipalityCode: home.code, description: 'Iets anders.' });
      await sut.create(record);
      await sut.update(record.id, {
        description: 'Zonnepanelen op gemeentelijke daken.',
        updatedAt: new Date(),
      });
      expect(ids((await sut.list({ text: 'zonnepaneel' }, ALL)).items)).toEqual([record.id]);
    });

    it('pages through text matches newest first, then by id, on every store', async () => {
      // A word no other test uses and no store drops (see the stop-word difference above).
      const word = 'regenwaterberging';
      const at = (iso: string) => ({ createdAt: new Date(iso), updatedAt: new Date(iso) });
      const older = challengeRecord({
        municipalityCode: home.code,
        description: `Meer ${word} in de wijk.`,
        ...at('2023-05-01T08:00:00.000Z'),
      });
      const [sameA, sameB] = ['txt-a', 'txt-b'].map((id) =>
        challengeRecord({
          id,
          municipalityCode: home.code,
          title: `Wadi's voor ${word}`,
          ...at('2023-06-01T08:00:00.000Z'),
        }),
      );
      for (const record of [older, sameB, sameA]) await sut.create(record);

      const first = await sut.list({ text: word }, { first: 2, after: null });
      expect(ids(first.items)).toEqual(['txt-a', 'txt-b']);
      expect(first).toMatchObject({ hasNextPage: true, totalCount: 3 });
      const cursor: [string, string] = [sameA.createdAt.toISOString(), sameA.id];
      const second = await sut.list({ text: word }, { first: 2, after: cursor });
      expect(ids(second.items)).toEqual(['txt-b', older.id]);
      expect(second).toMatchObject({ hasNextPage: false, totalCount: 3 });
    });

    // Store differences in cutting and stemming words, besides the stop words above. Numbers:
    // Kuzu's tokenizer keeps letters only, so a text with a number finds nothing there, while
    // Lucene (Neo4j) indexes "2015" as a word. Stemming: Lucene's Dutch analyzer adds a small
    // dictionary ("fiets", "kind"), so "fiets" finds "fietsen" and "kind" "kinderen" on Neo4j only.
    it('finds numbers and dictionary stems on Neo4j only', async () => {
      const word = 'verkeersveiligheidsplan';
      const record = challengeRecord({
        municipalityCode: home.code,
        title: `${word} 2015`,
        description: 'Veilig fietsen voor kinderen.',
      });
      await sut.create(record);
      const found = (text: string) => sut.list({ text }, ALL).then((page) => ids(page.items));
      const onNeo4jOnly = store === 'neo4j' ? [record.id] : [];
      expect(await found(`${word} 2015`)).toEqual(onNeo4jOnly);
      expect(await found(`${word} fiets`)).toEqual(onNeo4jOnly);
      expect(await found(`${word} kind`)).toEqual(onNeo4jOnly);
      // What both stores agree on.
      expect(await found(`${word} fietsen kinderen`)).toEqual([record.id]);
    });

    it('changes nothing when an update names an unknown skill', async () => {
      const record = challengeRecord({ municipalityCode: home.code, requiredSkillIds: [s1.id] });
      await sut.create(record);
      await expect(
        sut.update(record.id, {
          title: 'Half geschreven',
          requiredSkillIds: ['nope'],
          updatedAt: new Date(),
        }),
      ).rejects.toMatchObject({ code: SkillsErrorCode.SKILL_NOT_FOUND });
      expect(await sut.findByIds([record.id])).toEqual([record]);
    });

    it('refuses to update an unknown challenge', async () => {
      const failure = sut.update('no-such-challenge', { title: 'X', updatedAt: new Date() });
      await expect(failure).rejects.toMatchObject({
        code: ChallengesErrorCode.CHALLENGE_NOT_FOUND,
      });
      await expect(failure).rejects.toThrow('no-such-challenge');
      expect(await sut.findByIds(['no-such-challenge'])).toEqual([]);
    });
  });
});
