import { Visibility } from '../people/models/visibility.enum';
import { PeopleErrorCode } from '../people/people.exception';
import { type PersonSkillRecord } from '../people/person.record';
import { PeopleSearchErrorCode } from './people-search.exception';
import {
  PeopleSearchRepository,
  type SearchCandidate,
  type SearchScope,
  type SkillHolder,
  type SkillLabels,
  type TextHit,
  type WeightedSkill,
} from './people-search.repository';
import { CANDIDATE_POOL, PeopleSearchService, type SearchRequest } from './people-search.service';
import { wordScore } from './search-score';
import { Viewpoint } from '../people/visibility';

const person = (id: string, overrides: Partial<SearchCandidate> = {}): SearchCandidate => ({
  id,
  name: id,
  visibility: Visibility.NETWORK,
  municipalityCode: 'GM0001',
  ...overrides,
});

const BIO_SKILL: SkillLabels = {
  id: 'informatiebeveiliging',
  name: 'Informatiebeveiliging',
  aliases: ['BIO'],
};

/** A store that answers what the test put in, and records what it was asked. */
class FakeSearchStore extends PeopleSearchRepository {
  text: TextHit[] = [];
  holders: SkillHolder[] = [];
  levels: PersonSkillRecord[] = [];
  readonly calls: string[] = [];
  scopes: SearchScope[] = [];

  catalogue: SkillLabels[] = [BIO_SKILL];

  skillCatalogue(): Promise<SkillLabels[]> {
    this.calls.push('skillCatalogue');
    return Promise.resolve(this.catalogue);
  }
  textMatches(words: readonly string[], scope: SearchScope): Promise<TextHit[]> {
    this.calls.push(`textMatches:${words.join(' ')}`);
    this.scopes.push(scope);
    return Promise.resolve(this.text);
  }
  skillHolders(skills: readonly WeightedSkill[], scope: SearchScope): Promise<SkillHolder[]> {
    this.calls.push(`skillHolders:${skills.map((s) => `${s.skillId}=${s.weight}`).join(',')}`);
    this.scopes.push(scope);
    return Promise.resolve(this.holders);
  }
  skillLevels(personIds: readonly string[]): Promise<PersonSkillRecord[]> {
    this.calls.push(`skillLevels:${personIds.join(',')}`);
    return Promise.resolve(this.levels);
  }
}

describe('PeopleSearchService', () => {
  let store: FakeSearchStore;
  let sut: PeopleSearchService;
  const search = (request: Partial<SearchRequest>, viewpoint = Viewpoint.ANONYMOUS) =>
    sut.search({ query: 'bio', first: 10, filter: {}, ...request }, viewpoint);
  const ids = (hits: ReadonlyArray<{ personId: string }>): string[] =>
    hits.map((hit) => hit.personId);

  beforeEach(() => {
    store = new FakeSearchStore();
    sut = new PeopleSearchService(store);
  });

  it('answers [] for a query without words, without asking the store', async () => {
    await expect(search({ query: '*:* "" !!' })).resolves.toEqual([]);
    await expect(search({ query: 'de het van' })).resolves.toEqual([]);
    expect(store.calls).toEqual([]);
  });

  it('refuses filter.text and minLevel without skillId', async () => {
    await expect(search({ filter: { text: 'bio' } })).rejects.toMatchObject({
      code: PeopleSearchErrorCode.SEARCH_TEXT_FILTER,
    });
    await expect(search({ filter: { minLevel: 3 } })).rejects.toMatchObject({
      code: PeopleErrorCode.MIN_LEVEL_WITHOUT_SKILL,
    });
  });

  it('asks the text index for the plain words, and the skill holders for matched skills', async () => {
    await search({ query: 'De BIO, "implementeren"' });
    expect(store.calls).toEqual(
      expect.arrayContaining([
        'textMatches:bio implementeren',
        'skillCatalogue',
        'skillHolders:informatiebeveiliging=1000',
      ]),
    );
  });

  it('ranks text and skill together above either alone, ties by name, cut to first', async () => {
    const both = person('both');
    const textOnly = person('text');
    const skillOnly = person('skill');
    const weakSkill = person('a-weak');
    const weakSkillToo = person('b-weak');
    store.text = [
      { ...textOnly, scores: new Map([['bio', 2]]) },
      { ...both, scores: new Map([['bio', 2]]) },
    ];
    store.holders = [
      { ...both, skills: [{ skillId: BIO_SKILL.id, level: 5 }] },
      { ...skillOnly, skills: [{ skillId: BIO_SKILL.id, level: 5 }] },
      { ...weakSkillToo, skills: [{ skillId: BIO_SKILL.id, level: 1 }] },
      { ...weakSkill, skills: [{ skillId: BIO_SKILL.id, level: 1 }] },
    ];
    const hits = await search({});
    expect(ids(hits)).toEqual(['both', 'text', 'skill', 'a-weak', 'b-weak']);
    expect(hits[0].score).toBeCloseTo(1);
    expect(hits[1].score).toBeCloseTo(wordScore(1, 0));
    expect(hits[2].score).toBeCloseTo(wordScore(0, 1));
    expect(hits[0].matchedSkillIds).toEqual([BIO_SKILL.id]);
    expect(hits[1].matchedSkillIds).toEqual([]);
    expect(ids(await search({ first: 2 }))).toEqual(['both', 'text']);
  });

  it('ranks covering more of the query above matching one word strongly', async () => {
    const procurement: SkillLabels = { id: 'aanbesteden', name: 'Aanbesteden', aliases: [] };
    const youth: SkillLabels = { id: 'jeugdwet', name: 'Jeugdwet', aliases: ['jeugdzorg'] };
    store.catalogue = [procurement, youth];
    const generalist = person('generalist');
    const specialist = person('specialist');
    store.text = [{ ...generalist, scores: new Map([['aanbesteding', 6]]) }];
    store.holders = [
      { ...generalist, skills: [{ skillId: procurement.id, level: 5 }] },
      {
        ...specialist,
        skills: [
          { skillId: procurement.id, level: 4 },
          { skillId: youth.id, level: 4 },
        ],
      },
    ];
    const hits = await search({ query: 'aanbesteding jeugdzorg' });
    expect(ids(hits)).toEqual(['specialist', 'generalist']);
    expect(hits[0].matchedSkillIds).toEqual(['aanbesteden', 'jeugdwet']);
    // "jeugdzorg" matched no text, so it weighs as much as "aanbesteding".
    expect(hits[1].score).toBeCloseTo(wordScore(1, 1) / 2);
  });

  it('scores words that are also names of Object members like any other word', async () => {
    store.text = [{ ...person('reader'), scores: new Map([['constructor', 3]]) }];
    store.holders = [{ ...person('holder'), skills: [{ skillId: BIO_SKILL.id, level: 5 }] }];
    const hits = await search({ query: 'constructor bio toString' });
    expect(ids(hits)).toHaveLength(2);
    for (const { score } of hits) {
      expect(Number.isFinite(score)).toBe(true);
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('asks the levels of text hits when the skill holders filled the pool', async () => {
    const reader = person('reader');
    store.text = [{ ...reader, scores: new Map([['bio', 1]]) }];
    store.holders = Array.from({ length: CANDIDATE_POOL }, (_, i) => ({
      ...person(`holder-${String(i).padStart(3, '0')}`),
      skills: [{ skillId: BIO_SKILL.id, level: 1 }],
    }));
    store.levels = [{ personId: 'reader', skillId: BIO_SKILL.id, level: 4 }];
    const hits = await search({});
    expect(store.calls).toContain('skillLevels:reader');
    expect(hits[0]).toMatchObject({ personId: reader.id, matchedSkillIds: [BIO_SKILL.id] });
  });

  it('passes the visibility rule to the store and drops anyone canSee refuses', async () => {
    const network = person('network');
    const leaked = person('leaked', { visibility: Visibility.MUNICIPALITY });
    store.text = [
      { ...network, scores: new Map([['bio', 1]]) },
      { ...leaked, scores: new Map([['bio', 1]]) },
    ];
    expect(ids(await search({}))).toEqual(['network']);
    expect(store.scopes[0].visibility).toEqual({
      seesEveryone: false,
      municipalityCode: null,
      partnerMunicipalityCodes: [],
    });
  });

  it('shows everyone to an administrator', async () => {
    store.text = [
      {
        ...person('hidden', { visibility: Visibility.MUNICIPALITY }),
        scores: new Map([['bio', 1]]),
      },
    ];
    expect(ids(await search({}, Viewpoint.EVERYONE))).toEqual(['hidden']);
    expect(store.scopes[0].visibility.seesEveryone).toBe(true);
  });

  it('lets a viewer in a collaboration see its partners’ COLLABORATIONS people', async () => {
    // GM0001 and GM0002 are in one collaboration; GM0003 is not in it.
    const viewpoint = Viewpoint.ofMunicipality('GM0001', ['GM0001', 'GM0002']);
    const partner = person('partner', {
      visibility: Visibility.COLLABORATIONS,
      municipalityCode: 'GM0002',
    });
    const outsider = person('outsider', {
      visibility: Visibility.COLLABORATIONS,
      municipalityCode: 'GM0003',
    });
    const colleague = person('colleague', { visibility: Visibility.MUNICIPALITY });
    store.text = [partner, outsider, colleague].map((each) => ({
      ...each,
      scores: new Map([['bio', 1]]),
    }));

    expect(ids(await search({}, viewpoint))).toEqual(['colleague', 'partner']);
    expect(store.scopes[0].visibility).toEqual({
      seesEveryone: false,
      municipalityCode: 'GM0001',
      partnerMunicipalityCodes: ['GM0002'],
    });
  });
});
