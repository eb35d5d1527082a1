import { ChallengesErrorCode } from '../challenges/challenges.exception';
import { ExperienceRole, Outcome } from '../experiences/experience-role';
import { MunicipalitiesErrorCode } from '../municipalities/municipalities.exception';
import { Availability } from '../people/models/availability.enum';
import { Visibility } from '../people/models/visibility.enum';
import { PeopleErrorCode } from '../people/people.exception';
import { SkillsErrorCode } from '../skills/skills.exception';
import { MatchingErrorCode } from './matching.exception';
import {
  type ChallengeContext,
  type ExperienceFact,
  type KnowsPath,
  type LexiconSource,
  type MunicipalityContext,
  type PersonContext,
  type Requirement,
  type SimilarChallenge,
  type SimilarExperience,
  type SkillFrequency,
  type SkillHolder,
} from './matching.records';
import { type AppConfig } from '../config/app-config';
import {
  type ExpertFeedback,
  ExpertFeedbackRepository,
  NO_FEEDBACK,
} from './expert-feedback.repository';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';
import { type RecommendRequest } from './recommendation.types';
import { onlySignal } from './scoring-weights';

/**
 * The port as plain lists. Text relevance is the number of query words in the title, which is
 * all the service needs to know of BM25; there are no acquaintances.
 */
/** Introduction feedback per expert, set by the test. */
class FakeExpertFeedback extends ExpertFeedbackRepository {
  readonly known = new Map<string, ExpertFeedback>();
  feedbackFor(expertIds: readonly string[]): Promise<Map<string, ExpertFeedback>> {
    return Promise.resolve(
      new Map(expertIds.flatMap((id) => (this.known.has(id) ? [[id, this.known.get(id)!]] : []))),
    );
  }
}

class FakeMatchingRepository extends MatchingRepository {
  municipalityList: MunicipalityContext[] = [];
  challengeList: ChallengeContext[] = [];
  peopleList: PersonContext[] = [];
  experienceList: ExperienceFact[] = [];
  skillList: SkillHolder[] = [];
  skillNames = new Map<string, string>();

  challenges(ids: readonly string[]): Promise<ChallengeContext[]> {
    return Promise.resolve(this.challengeList.filter((c) => ids.includes(c.id)));
  }
  similarChallenges(
    words: readonly string[],
    limit: number,
    excludeId: string | null,
  ): Promise<SimilarChallenge[]> {
    const hits = this.challengeList
      .filter((c) => c.id !== excludeId)
      .map((c) => ({
        challengeId: c.id,
        score: words.filter((word) => c.title.toLowerCase().includes(word)).length,
      }))
      .filter((hit) => hit.score > 0);
    return Promise.resolve(hits.slice(0, limit));
  }
  similarExperiences(
    words: readonly string[],
    limit: number,
    excludeChallengeId: string | null,
  ): Promise<SimilarExperience[]> {
    const hits = this.experienceList
      .filter((e) => e.challengeId !== excludeChallengeId && e.lessonsLearned !== null)
      .map((e) => ({
        personId: e.personId,
        challengeId: e.challengeId,
        score: words.filter((word) => e.lessonsLearned?.toLowerCase().includes(word)).length,
      }))
      .filter((hit) => hit.score > 0);
    return Promise.resolve(hits.slice(0, limit));
  }
  lexiconSource(): Promise<LexiconSource> {
    return Promise.resolve({
      skills: [...this.skillNames].map(([id, name]) => ({ id, name, aliases: [] })),
      texts: this.challengeList.map((c) => `${c.title} ${c.description}`),
    });
  }
  challengesRequiring(skillIds: readonly string[]): Promise<Requirement[]> {
    return Promise.resolve(
      this.challengeList.flatMap((c) =>
        c.requiredSkillIds
          .filter((skillId) => skillIds.includes(skillId))
          .map((skillId) => ({ challengeId: c.id, skillId })),
      ),
    );
  }
  experiencesOn(challengeIds: readonly string[]): Promise<ExperienceFact[]> {
    return Promise.resolve(this.experienceList.filter((e) => challengeIds.includes(e.challengeId)));
  }
  skillHolders(skillIds: readonly string[]): Promise<SkillHolder[]> {
    return Promise.resolve(this.skillList.filter((s) => skillIds.includes(s.skillId)));
  }
  skillLevels(personIds: readonly string[], skillIds: readonly string[]): Promise<SkillHolder[]> {
    return Promise.resolve(
      this.skillList.filter((s) => personIds.includes(s.personId) && skillIds.includes(s.skillId)),
    );
  }
  skillFrequencies(skillIds: readonly string[]): Promise<SkillFrequency[]> {
    return Promise.resolve(
      skillIds.flatMap((skillId) => {
        const name = this.skillNames.get(skillId);
        const holders = this.skillList.filter((s) => s.skillId === skillId).length;
        return name === undefined ? [] : [{ skillId, name, holders }];
      }),
    );
  }
  peopleCount(): Promise<number> {
    return Promise.resolve(this.peopleList.length);
  }
  people(ids: readonly string[]): Promise<PersonContext[]> {
    return Promise.resolve(this.peopleList.filter((p) => ids.includes(p.id)));
  }
  municipalities(codes: readonly string[]): Promise<MunicipalityContext[]> {
    return Promise.resolve(this.municipalityList.filter((m) => codes.includes(m.code)));
  }
  partnerMunicipalities(code: string): Promise<string[]> {
    const own = this.municipalityList.find((m) => m.code === code);
    const ids = new Set(own?.collaborations.map(({ id }) => id) ?? []);
    return Promise.resolve(
      this.municipalityList
        .filter((m) => m.code !== code && m.collaborations.some(({ id }) => ids.has(id)))
        .map((m) => m.code),
    );
  }
  shortestKnowsPaths(): Promise<KnowsPath[]> {
    return Promise.resolve([]);
  }
  threeHopKnowsPaths(): Promise<KnowsPath[]> {
    return Promise.resolve([]);
  }
}

const municipality = (code: string, population = 30_000): MunicipalityContext => ({
  code,
  name: `Gemeente ${code}`,
  population,
  collaborations: [],
});

const person = (
  id: string,
  municipalityCode: string,
  overrides: Partial<PersonContext> = {},
): PersonContext => ({
  id,
  name: `Persoon ${id}`,
  availability: Availability.AVAILABLE,
  visibility: Visibility.NETWORK,
  municipalityCode,
  challengeThemes: [],
  ...overrides,
});

describe('MatchingService', () => {
  let repository: FakeMatchingRepository;
  let feedback: FakeExpertFeedback;
  let sut: MatchingService;

  beforeEach(() => {
    repository = new FakeMatchingRepository();
    repository.municipalityList = [municipality('GM0001'), municipality('GM0002', 800_000)];
    repository.skillNames.set('jeugdwet', 'Jeugdwet');
    repository.skillNames.set('aanbesteden', 'Aanbesteden');
    repository.challengeList = [
      {
        id: 'asked',
        title: 'Inkoop jeugdhulp',
        description: 'Regionaal inkopen.',
        theme: 'sociaal-domein',
        municipalityCode: 'GM0001',
        municipalityName: 'Gemeente GM0001',
        requiredSkillIds: ['jeugdwet'],
      },
      {
        id: 'solved',
        title: 'Inkoop jeugdhulp regionaal',
        description: 'Samen inkopen.',
        theme: 'sociaal-domein',
        municipalityCode: 'GM0002',
        municipalityName: 'Gemeente GM0002',
        requiredSkillIds: ['jeugdwet'],
      },
    ];
    repository.peopleList = [
      person('asker', 'GM0001'),
      person('colleague', 'GM0001'),
      person('expert', 'GM0002'),
      person('skilled', 'GM0002'),
    ];
    repository.experienceList = [
      {
        personId: 'colleague',
        challengeId: 'solved',
        role: ExperienceRole.LEAD,
        outcome: Outcome.SOLVED,
        year: 2024,
        lessonsLearned: null,
      },
      {
        personId: 'expert',
        challengeId: 'solved',
        role: ExperienceRole.LEAD,
        outcome: Outcome.SOLVED,
        year: 2024,
        lessonsLearned: null,
      },
    ];
    repository.skillList = [
      { personId: 'skilled', skillId: 'jeugdwet', level: 5 },
      { personId: 'skilled', skillId: 'aanbesteden', level: 5 },
    ];
    feedback = new FakeExpertFeedback();
    sut = new MatchingService(repository, feedback, { INTRODUCTION_OPEN_CAP: 5 } as AppConfig);
  });

  const ask = (request: Partial<RecommendRequest> = {}): RecommendRequest => ({
    challengeId: 'asked',
    askerId: 'asker',
    includeOwnMunicipality: false,
    first: 10,
    ...request,
  });

  it('recommends who solved a similar challenge elsewhere, with reasons', async () => {
    const [first, second] = await sut.recommend(ask(), { referenceYear: 2025 });
    expect(first.personId).toBe('expert');
    expect(first.reasons[0]).toBe(
      "Leidde 'Inkoop jeugdhulp regionaal' in Gemeente GM0002 (opgelost, 2024)",
    );
    expect(first.matchedChallenges).toEqual([
      {
        challengeId: 'solved',
        similarity: 1,
        lessonRelevance: 0,
        role: 'LEAD',
        outcome: 'SOLVED',
        year: 2024,
      },
    ]);
    expect(second.personId).toBe('skilled');
    expect(second.sharedSkillIds).toEqual(['jeugdwet']);
    expect(second.reasons).toEqual(['Deelt de vaardigheid Jeugdwet']);
  });

  it('leaves out the asker and the asking municipality unless asked', async () => {
    expect((await sut.recommend(ask())).map((r) => r.personId)).toEqual(['expert', 'skilled']);
    const own = await sut.recommend(ask({ includeOwnMunicipality: true }));
    expect(own.map((r) => r.personId)).toContain('colleague');
    expect(own.map((r) => r.personId)).not.toContain('asker');
  });

  it('takes weights from the options (ablations)', async () => {
    const results = await sut.recommend(ask({ skillIds: ['aanbesteden'] }), {
      weights: onlySignal('skills'),
    });
    expect(results.map((r) => r.personId)).toEqual(['skilled', 'expert']);
    expect(results[1].score).toBe(0);
  });

  it('spreads requests: an expert at the open-request cap keeps 60 % of the score, and says why', async () => {
    const before = await sut.recommend(ask({ skillIds: ['jeugdwet'] }), { referenceYear: 2025 });
    expect(before.map((r) => r.personId)).toEqual(['expert', 'skilled']);
    feedback.known.set('expert', { ...NO_FEEDBACK, accepted: 5, open: 5 });
    const after = await sut.recommend(ask({ skillIds: ['jeugdwet'] }), { referenceYear: 2025 });
    const expert = after.find((r) => r.personId === 'expert')!;
    // At the cap: 0.6 of the score, times the small lift of five accepted requests.
    expect(expert.score).toBeCloseTo(
      before[0].score * 0.6 * (1 + 0.2 * ((0.5 + 6 / 7 + 0.5) / 3 - 0.5)),
    );
    expect(expert.reasons).toContain('Heeft al 5 open verzoeken om kennismaking');
    // Turned off (the evaluation's comparison), nothing changes.
    const off = await sut.recommend(ask({ skillIds: ['jeugdwet'] }), {
      referenceYear: 2025,
      introductionFeedback: false,
    });
    expect(off).toEqual(before);
  });

  it('lifts an expert whose introductions helped, and tells how often and how they were rated', async () => {
    const before = await sut.recommend(ask(), { referenceYear: 2025 });
    feedback.known.set('skilled', {
      ...NO_FEEDBACK,
      accepted: 3,
      helpful: 3,
      ratingSum: 14,
      rated: 3,
    });
    const after = await sut.recommend(ask(), { referenceYear: 2025 });
    const [was, is] = [before, after].map((list) => list.find((r) => r.personId === 'skilled')!);
    expect(is.score).toBeGreaterThan(was.score);
    expect(is.score).toBeLessThanOrEqual(was.score * 1.1);
    expect(is.reasons).toContain(
      'Eerdere kennismakingen via Kennissen hielpen 3 keer (gemiddeld 4,7 van 5)',
    );
  });

  it('answers nothing when nothing matches, without an error', async () => {
    expect(
      await sut.recommend(ask({ challengeId: undefined, description: 'Omgevingswet' })),
    ).toEqual([]);
  });

  describe('refuses requests it cannot answer', () => {
    it.each([
      [
        'neither challengeId nor description',
        { challengeId: undefined },
        MatchingErrorCode.RECOMMEND_SUBJECT_INVALID,
      ],
      [
        'both challengeId and description',
        { description: 'jeugdhulp' },
        MatchingErrorCode.RECOMMEND_SUBJECT_INVALID,
      ],
      ['first 0', { first: 0 }, MatchingErrorCode.RECOMMEND_INPUT_INVALID],
      ['first 51', { first: 51 }, MatchingErrorCode.RECOMMEND_INPUT_INVALID],
      [
        'a description over 5000 characters',
        { challengeId: undefined, description: 'a'.repeat(5001) },
        MatchingErrorCode.RECOMMEND_INPUT_INVALID,
      ],
      [
        'a description without words and no skills',
        { challengeId: undefined, description: '?! 2024 de' },
        MatchingErrorCode.NOTHING_TO_MATCH,
      ],
      [
        'includeOwnMunicipality without an asking municipality',
        { askerId: undefined, includeOwnMunicipality: true },
        MatchingErrorCode.RECOMMEND_INPUT_INVALID,
      ],
    ])('%s', async (_case, request, code) => {
      await expect(sut.recommend(ask(request))).rejects.toMatchObject({ code });
    });

    it('accepts a description without words when skills are sent, and matches by skills', async () => {
      const results = await sut.recommend(
        ask({ challengeId: undefined, description: '???', skillIds: ['jeugdwet'] }),
      );
      // "solved" requires Jeugdwet: found by its required skills alone, without any text.
      expect(results.map((r) => r.personId)).toEqual(['expert', 'skilled']);
      expect(results[0].matchedChallenges[0]).toMatchObject({ challengeId: 'solved' });
    });

    it('names what does not exist, the challenge first', async () => {
      await expect(
        sut.recommend(ask({ challengeId: 'nope', askerId: 'nobody' })),
      ).rejects.toMatchObject({ code: ChallengesErrorCode.CHALLENGE_NOT_FOUND });
      const skills = sut.recommend(ask({ skillIds: ['jeugdwet', 'x-1', 'x-2'] }));
      await expect(skills).rejects.toMatchObject({ code: SkillsErrorCode.SKILL_NOT_FOUND });
      await expect(skills).rejects.toThrow('"x-1", "x-2"');
      await expect(sut.recommend(ask({ askerId: 'nobody' }))).rejects.toMatchObject({
        code: PeopleErrorCode.PERSON_NOT_FOUND,
      });
      await expect(sut.recommend(ask({ municipalityCode: 'GM9999' }))).rejects.toMatchObject({
        code: MunicipalitiesErrorCode.MUNICIPALITY_NOT_FOUND,
      });
    });
  });
});
