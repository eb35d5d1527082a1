import { EVERYONE_SCOPE } from '../../src/people/visibility';
import { Availability } from '../../src/people/models/availability.enum';
import { Visibility } from '../../src/people/models/visibility.enum';
import { PeopleRepository } from '../../src/people/people.repository';
import { type PersonRecord } from '../../src/people/person.record';
import { Viewpoint } from '../../src/people/visibility';
import { CollaborationsRepository } from '../../src/collaborations/collaborations.repository';
import {
  PeopleSearchRepository,
  type SearchScope,
} from '../../src/search/people-search.repository';
import { PeopleSearchService, type PersonHitResult } from '../../src/search/people-search.service';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { type SkillRecord } from '../../src/skills/skill.record';
import { SkillsRepository } from '../../src/skills/skills.repository';
import { municipalityRow, nextNumber, personRecord, skillRecord } from '../support/factories';
import { GRAPH_STORES, type OpenGraph, openGraph } from './graph-stores';

/**
 * A word no other test uses. Letters only: Kuzu's tokenizer splits at digits, so "tag12" would
 * match "tag13".
 */
const uniqueWord = (prefix: string): string =>
  `${prefix}${String(nextNumber()).replace(/\d/g, (digit) => 'bcdfghjklm'[Number(digit)])}`;
/** The person ids of service hits or of store candidates, in their order. */
const ids = (hits: ReadonlyArray<{ personId: string } | { id: string }>): string[] =>
  hits.map((hit) => ('personId' in hit ? hit.personId : hit.id));
const sorted = (values: readonly string[]): string[] => [...values].sort();

describe.each(GRAPH_STORES)('people search contract on %s', (store) => {
  let graph: OpenGraph;
  let sut: PeopleSearchRepository;
  /** searchPeople as the API runs it, on this store: ranking and skill matching included. */
  let search: (
    query: string,
    options?: { viewer?: Viewpoint; municipalityCode?: string; first?: number },
  ) => Promise<PersonHitResult[]>;

  beforeAll(async () => {
    graph = await openGraph(store);
    sut = graph.get(PeopleSearchRepository);
    const service = new PeopleSearchService(sut);
    search = (query, { viewer = Viewpoint.EVERYONE, municipalityCode, first = 50 } = {}) =>
      service.search({ query, first, filter: { municipalityCode } }, viewer);
  });
  afterAll(() => graph.close());

  const newMunicipality = async (): Promise<string> => {
    const row = municipalityRow();
    await graph.get(GraphImportRepository).importMunicipalities([row]);
    return row.code;
  };
  const newCollaboration = async (members: readonly string[]): Promise<string> => {
    const id = `test-collab-${nextNumber()}`;
    const importer = graph.get(GraphImportRepository);
    await importer.importCollaborations([{ id, name: `Samenwerking ${id}`, kind: 'OTHER' }]);
    await importer.importMemberships(
      members.map((municipalityCode) => ({ collaborationId: id, municipalityCode })),
    );
    return id;
  };
  const newPerson = (
    overrides: Partial<PersonRecord> & Pick<PersonRecord, 'municipalityCode'>,
  ): Promise<PersonRecord> => graph.get(PeopleRepository).create(personRecord(overrides));
  const newSkill = (overrides: Partial<SkillRecord> = {}): Promise<SkillRecord> => {
    const skill = skillRecord(overrides);
    return graph.get(SkillsRepository).upsert(skill.id, () => skill);
  };
  const giveSkill = (person: PersonRecord, skill: SkillRecord, level: number) =>
    graph
      .get(PeopleRepository)
      .replaceSkills(person.id, [{ skillId: skill.id, level }], new Date());
  const peopleCount = async (): Promise<number> =>
    (await graph.get(PeopleRepository).list({}, { first: 1, after: null }, EVERYONE_SCOPE))
      .totalCount;
  const scope = (overrides: Partial<SearchScope> = {}): SearchScope => ({
    filter: {},
    visibility: EVERYONE_SCOPE,
    limit: 100,
    ...overrides,
  });

  describe('text', () => {
    it('finds "aanbestedingen" in a bio by "aanbesteding" (Dutch stemming)', async () => {
      const code = await newMunicipality();
      const tag = uniqueWord('regio');
      const expert = await newPerson({
        municipalityCode: code,
        bio: `Ervaren met Europese aanbestedingen in de ${tag}.`,
      });
      await newPerson({ municipalityCode: code, bio: `Werkt aan de Omgevingswet in de ${tag}.` });

      const hits = await search('aanbesteding', { municipalityCode: code });
      expect(ids(hits)).toEqual([expert.id]);
      expect(hits[0].score).toBeGreaterThan(0);
      expect(hits[0].score).toBeLessThanOrEqual(1);
      expect(hits[0].matchedSkillIds).toEqual([]);
    });

    it('searches name, title and bio, any word; more words matched rank higher', async () => {
      const code = await newMunicipality();
      const [first, second] = [uniqueWord('eerste'), uniqueWord('tweede')];
      const both = await newPerson({
        municipalityCode: code,
        name: 'Zoë',
        bio: `${first} ${second}`,
      });
      const inTitle = await newPerson({ municipalityCode: code, name: 'Bas', title: first });
      const inName = await newPerson({ municipalityCode: code, name: `Cor ${second}` });
      await newPerson({ municipalityCode: code, name: 'Dirk', bio: 'Iets anders.' });

      const hits = await search(`${first} ${second}`);
      expect(ids(hits)[0]).toBe(both.id);
      expect(sorted(ids(hits))).toEqual(sorted([both.id, inTitle.id, inName.id]));
    });

    it('answers the BM25 of each word, keeping the best per word when it cuts', async () => {
      const code = await newMunicipality();
      const tag = uniqueWord('rang');
      // Unmistakable on both analyzers: twice the word in a shorter text.
      const once = await newPerson({
        municipalityCode: code,
        name: 'Anna',
        bio: `${tag} naast drie andere woorden.`,
      });
      const twice = await newPerson({ municipalityCode: code, name: 'Bram', bio: `${tag} ${tag}` });
      const other = uniqueWord('ander');
      const third = await newPerson({ municipalityCode: code, name: 'Cas', bio: other });
      const hits = await sut.textMatches([tag, other], scope());
      const scoresOf = new Map(hits.map((hit) => [hit.id, hit.scores]));
      expect(sorted(ids(hits))).toEqual(sorted([once.id, twice.id, third.id]));
      expect([...(scoresOf.get(once.id)?.keys() ?? [])]).toEqual([tag]);
      expect([...(scoresOf.get(third.id)?.keys() ?? [])]).toEqual([other]);
      expect(scoresOf.get(twice.id)?.get(tag)).toBeGreaterThan(
        scoresOf.get(once.id)?.get(tag) ?? Infinity,
      );
      expect(hits.find((hit) => hit.id === once.id)).toMatchObject({
        name: 'Anna',
        visibility: Visibility.NETWORK,
        municipalityCode: code,
      });
      expect(sorted(ids(await sut.textMatches([tag, other], scope({ limit: 1 }))))).toEqual(
        sorted([twice.id, third.id]),
      );
      expect(await sut.textMatches([], scope())).toEqual([]);
    });

    // Store difference, analyzers: Kuzu's index drops English stop words ("the") and digits;
    // Lucene's Dutch analyzer (Neo4j) keeps both. Dutch stop words are removed from the query
    // for both stores before it is sent, so "de"/"het" behave the same.
    it('drops "the" and numbers on Kuzu only; Dutch stop words on both', async () => {
      const code = await newMunicipality();
      const number = String(40_000 + nextNumber());
      const person = await newPerson({
        municipalityCode: code,
        bio: `Read the Handbook, page ${number}.`,
      });
      const expected = store === 'kuzu' ? [] : [person.id];
      expect(ids(await search('the', { municipalityCode: code }))).toEqual(expected);
      expect(ids(await search(number, { municipalityCode: code }))).toEqual(expected);
      expect(await search('de het van', { municipalityCode: code })).toEqual([]);
    });
  });

  describe('skills', () => {
    it('finds a person by a skill alias: "BIO" for Informatiebeveiliging', async () => {
      const code = await newMunicipality();
      const skill = await newSkill({
        id: 'informatiebeveiliging',
        name: 'Informatiebeveiliging',
        aliases: ['BIO', 'ISMS'],
      });
      const expert = await newPerson({ municipalityCode: code, title: 'CISO' });
      await giveSkill(expert, skill, 4);
      await newPerson({ municipalityCode: code, title: 'Jurist' });

      const hits = await search('BIO', { municipalityCode: code });
      expect(ids(hits)).toEqual([expert.id]);
      expect(hits[0].matchedSkillIds).toEqual([skill.id]);
      expect(ids(await search('bio isms', { municipalityCode: code }))).toEqual([expert.id]);
    });

    it('finds a person by a skill name through stemming', async () => {
      const code = await newMunicipality();
      const skill = await newSkill({ name: 'Subsidieverlening', aliases: ['subsidies'] });
      const expert = await newPerson({ municipalityCode: code });
      await giveSkill(expert, skill, 3);
      const hits = await search('subsidieverleningen', { municipalityCode: code });
      expect(ids(hits)).toEqual([expert.id]);
      expect(hits[0].matchedSkillIds).toEqual([skill.id]);
    });

    it('ranks text and skill together above either, and higher levels higher', async () => {
      const code = await newMunicipality();
      const tag = uniqueWord('archief');
      const skill = await newSkill({ name: `Archiefbeheer ${tag}`, aliases: [tag] });
      const both = await newPerson({ municipalityCode: code, name: 'Anna', bio: `Doet ${tag}.` });
      const textOnly = await newPerson({
        municipalityCode: code,
        name: 'Bert',
        bio: `Doet ${tag}.`,
      });
      const expert = await newPerson({ municipalityCode: code, name: 'Carla' });
      const novice = await newPerson({ municipalityCode: code, name: 'Daan' });
      await giveSkill(both, skill, 5);
      await giveSkill(expert, skill, 5);
      await giveSkill(novice, skill, 1);

      const hits = await search(tag, { municipalityCode: code });
      expect(ids(hits)).toEqual([both.id, textOnly.id, expert.id, novice.id]);
      expect(hits.map(({ score }) => score)).toEqual(
        [...hits.map(({ score }) => score)].sort((a, b) => b - a),
      );
    });

    it('answers skill holders with their asked skills, the strongest when it cuts', async () => {
      const code = await newMunicipality();
      const one = await newSkill();
      const two = await newSkill();
      const strong = await newPerson({ municipalityCode: code, name: 'Zoë' });
      const weak = await newPerson({ municipalityCode: code, name: 'Adam' });
      await graph.get(PeopleRepository).replaceSkills(
        strong.id,
        [
          { skillId: one.id, level: 5 },
          { skillId: two.id, level: 2 },
        ],
        new Date(),
      );
      await giveSkill(weak, one, 2);

      const holders = await sut.skillHolders(
        [
          { skillId: one.id, weight: 1000 },
          { skillId: two.id, weight: 500 },
        ],
        scope({ filter: { municipalityCode: code } }),
      );
      const bySkillId = (a: { skillId: string }, b: { skillId: string }) =>
        a.skillId.localeCompare(b.skillId);
      expect(sorted(ids(holders))).toEqual(sorted([strong.id, weak.id]));
      expect([...(holders.find((h) => h.id === strong.id)?.skills ?? [])].sort(bySkillId)).toEqual(
        [
          { skillId: one.id, level: 5 },
          { skillId: two.id, level: 2 },
        ].sort(bySkillId),
      );
      expect(holders.find((h) => h.id === weak.id)?.skills).toEqual([
        { skillId: one.id, level: 2 },
      ]);
      const strongest = await sut.skillHolders(
        [
          { skillId: one.id, weight: 1000 },
          { skillId: two.id, weight: 500 },
        ],
        scope({ filter: { municipalityCode: code }, limit: 1 }),
      );
      expect(ids(strongest)).toEqual([strong.id]);
      expect(
        sorted((await sut.skillLevels([strong.id, weak.id], [two.id])).map((r) => r.personId)),
      ).toEqual([strong.id]);
      expect(await sut.skillLevels([], [two.id])).toEqual([]);
    });

    it('reads the whole catalogue with aliases', async () => {
      const skill = await newSkill({ aliases: ['een', 'twee'] });
      const bare = await newSkill({ aliases: [] });
      const catalogue = await sut.skillCatalogue();
      expect(catalogue).toEqual(
        expect.arrayContaining([
          { id: skill.id, name: skill.name, aliases: skill.aliases },
          { id: bare.id, name: bare.name, aliases: [] },
        ]),
      );
    });
  });

  describe('filters', () => {
    it('applies municipality, availability, skill and level to text and skill hits', async () => {
      const code = await newMunicipality();
      const elsewhere = await newMunicipality();
      const tag = uniqueWord('filter');
      const skill = await newSkill({ aliases: [tag] });
      const filtered = await newSkill();
      const match = await newPerson({ municipalityCode: code, bio: tag });
      const low = await newPerson({ municipalityCode: code, bio: tag });
      const away = await newPerson({ municipalityCode: elsewhere, bio: tag });
      const busy = await newPerson({
        municipalityCode: code,
        bio: tag,
        availability: Availability.UNAVAILABLE,
      });
      const holder = await newPerson({ municipalityCode: code });
      for (const person of [match, away, busy]) {
        await graph
          .get(PeopleRepository)
          .replaceSkills(person.id, [{ skillId: filtered.id, level: 4 }], new Date());
      }
      await giveSkill(low, filtered, 2);
      await graph.get(PeopleRepository).replaceSkills(
        holder.id,
        [
          { skillId: filtered.id, level: 5 },
          { skillId: skill.id, level: 3 },
        ],
        new Date(),
      );

      const service = new PeopleSearchService(sut);
      const hits = await service.search(
        {
          query: tag,
          first: 50,
          filter: {
            municipalityCode: code,
            availability: Availability.AVAILABLE,
            skillId: filtered.id,
            minLevel: 4,
          },
        },
        Viewpoint.EVERYONE,
      );
      expect(sorted(ids(hits))).toEqual(sorted([match.id, holder.id]));
      const anyLevel = await service.search(
        { query: tag, first: 50, filter: { skillId: filtered.id } },
        Viewpoint.EVERYONE,
      );
      expect(sorted(ids(anyLevel))).toEqual(
        sorted([match.id, low.id, away.id, busy.id, holder.id]),
      );
    });
  });

  describe('visibility', () => {
    it('never shows MUNICIPALITY or COLLABORATIONS people to anonymous viewers', async () => {
      const code = await newMunicipality();
      const tag = uniqueWord('zichtbaar');
      const skill = await newSkill({ aliases: [`${tag}vaardigheid`] });
      const people = await Promise.all(
        [Visibility.NETWORK, Visibility.COLLABORATIONS, Visibility.MUNICIPALITY].map((visibility) =>
          newPerson({ municipalityCode: code, visibility, bio: `${tag} ${tag}vaardigheid` }),
        ),
      );
      for (const person of people) await giveSkill(person, skill, 5);
      const network = people[0];

      expect(ids(await search(tag, { viewer: Viewpoint.ANONYMOUS }))).toEqual([network.id]);
      expect(ids(await search(`${tag}vaardigheid`, { viewer: Viewpoint.ANONYMOUS }))).toEqual([
        network.id,
      ]);
      expect(sorted(ids(await search(tag, { viewer: Viewpoint.EVERYONE })))).toEqual(
        sorted(people.map(({ id }) => id)),
      );
    });

    it('applies canSee in the store for every kind of viewer', async () => {
      const own = await newMunicipality();
      const partner = await newMunicipality();
      const stranger = await newMunicipality();
      const collaboration = await newCollaboration([own, partner]);
      const strangers = await newCollaboration([stranger]);
      const tag = uniqueWord('regel');
      const skill = await newSkill({ aliases: [`${tag}kunde`] });
      const people: PersonRecord[] = [];
      for (const municipalityCode of [own, partner, stranger]) {
        for (const visibility of Object.values(Visibility)) {
          const person = await newPerson({ municipalityCode, visibility, bio: tag });
          await giveSkill(person, skill, 3);
          people.push(person);
        }
      }
      const collaborationsOf = new Map([
        [own, [collaboration]],
        [partner, [collaboration]],
      ]);
      /** Who is looking: their municipality and its collaborations (none when anonymous). */
      type Viewer = { municipalityCode: string | null; collaborationIds: string[] };
      const viewers: Viewer[] = [
        { municipalityCode: null, collaborationIds: [] },
        { municipalityCode: own, collaborationIds: [collaboration] },
        { municipalityCode: partner, collaborationIds: [collaboration] },
        { municipalityCode: stranger, collaborationIds: [] },
      ];
      const collaborations = graph.get(CollaborationsRepository);
      const membersOf = async (ids: readonly string[]): Promise<string[]> =>
        (await collaborations.membersOf(ids)).map((member) => member.municipalityCode);
      expect(sorted(await membersOf([collaboration]))).toEqual(sorted([own, partner]));
      const memberships = await collaborations.collaborationsOf([own, partner, stranger]);
      expect(
        new Map(
          [own, partner, stranger].map((code) => [
            code,
            memberships
              .filter((membership) => membership.municipalityCode === code)
              .map((membership) => membership.collaboration.id),
          ]),
        ),
      ).toEqual(new Map([...collaborationsOf, [stranger, [strangers]]]));
      /** The rule of the design brief, stated in collaborations, as the oracle. */
      const canSee = (viewer: Viewer, person: PersonRecord): boolean =>
        person.visibility === Visibility.NETWORK ||
        viewer.municipalityCode === person.municipalityCode ||
        (person.visibility === Visibility.COLLABORATIONS &&
          (collaborationsOf.get(person.municipalityCode) ?? []).some((id) =>
            viewer.collaborationIds.includes(id),
          ));

      for (const viewer of viewers) {
        const viewpoint =
          viewer.municipalityCode === null
            ? Viewpoint.ANONYMOUS
            : Viewpoint.ofMunicipality(
                viewer.municipalityCode,
                viewer.collaborationIds.length === 0
                  ? []
                  : await membersOf(viewer.collaborationIds),
              );
        const visibility = viewpoint.scope;
        const expected = people.filter((person) => canSee(viewer, person)).map(({ id }) => id);
        const byText = await sut.textMatches([tag], scope({ visibility }));
        const bySkill = await sut.skillHolders(
          [{ skillId: skill.id, weight: 1000 }],
          scope({ visibility }),
        );
        expect({ viewer, found: sorted(ids(byText)) }).toEqual({
          viewer,
          found: sorted(expected),
        });
        expect({ viewer, found: sorted(ids(bySkill)) }).toEqual({
          viewer,
          found: sorted(expected),
        });
        const hits = await search(tag, { viewer: viewpoint });
        expect(sorted(ids(hits))).toEqual(sorted(expected));
      }
    });
  });

  describe('input is data', () => {
    it.each([
      `") OR 1=1 //`,
      'MATCH (n) DETACH DELETE n',
      `'); CALL DROP_FTS_INDEX('Person', 'person_text'); //`,
      `x" } RETURN 1 UNION MATCH (p:Person) RETURN p //`,
      '" \' ` \\ * ? ~ : ^ ( ) [ ] { } AND OR NOT',
      '*:*',
      '*',
      '!!!',
      'constructor toString __proto__ hasOwnProperty',
    ])('answers %j normally and changes nothing', async (query) => {
      const before = await peopleCount();
      const hits = await search(query);
      expect(Array.isArray(hits)).toBe(true);
      expect(await peopleCount()).toBe(before);
      // Nothing was dropped: the index still finds a new person.
      const code = await newMunicipality();
      const tag = uniqueWord('nogsteeds');
      const person = await newPerson({ municipalityCode: code, bio: tag });
      expect(ids(await search(tag))).toEqual([person.id]);
    });

    it('treats operators and wildcards as words, never as syntax', async () => {
      const code = await newMunicipality();
      const tag = uniqueWord('letterlijk');
      const person = await newPerson({ municipalityCode: code, bio: `Over ${tag}.` });
      await newPerson({ municipalityCode: code, bio: 'Over iets anders.' });
      expect(ids(await search(`${tag}*`, { municipalityCode: code }))).toEqual([person.id]);
      expect(ids(await search(`"${tag}" OR *`, { municipalityCode: code }))).toEqual([person.id]);
      expect(await search(`${tag.slice(0, -2)}*`, { municipalityCode: code })).toEqual([]);
    });
  });
});
