import { Injectable } from '@nestjs/common';
import { ChallengesException } from '../challenges/challenges.exception';
import { MunicipalitiesException } from '../municipalities/municipalities.exception';
import { PeopleException } from '../people/people.exception';
import { SkillsException } from '../skills/skills.exception';
import {
  bestSkillHolders,
  buildCandidates,
  type Candidate,
  type EligiblePerson,
  isUnavailable,
  type Question,
  scoreOf,
} from './candidates';
import { type FoundChallenge, matchedChallenges, mostRequiring } from './challenge-matching';
import { findIntroductionPaths } from './introduction-paths';
import {
  type ChallengeContext,
  type ExperienceFact,
  experienceKey,
  type LexiconSource,
  type MunicipalityContext,
  type SkillFrequency,
  type SkillHolder,
} from './matching.records';
import { MatchingRepository } from './matching.repository';
import { type ExpertFeedback, ExpertFeedbackRepository } from './expert-feedback.repository';
import { feedbackFactor, loadFactor } from './scoring';
import { AppConfig } from '../config/app-config';
import { Viewpoint } from '../people/visibility';
import { PeopleView } from './people-view';
import { similarChallengeWords } from '../text/query-words';
import { QueryLexicon } from './query-expansion';
import { rank } from './ranking';
import { assertValidRequest, type RecommendSettings, settingsOf } from './recommend-request';
import {
  type RecommendationResult,
  type RecommendOptions,
  type RecommendRequest,
} from './recommendation.types';
import { toResult } from './recommendation-result';
import { dominantTheme, inverseFrequency, reachabilitySignal, textSimilarities } from './scoring';

/** Skill holders read per wanted skill (highest level first). */
const HOLDERS_PER_SKILL = 300;
/** Challenges read per wanted skill (newest first); the most requiring join the found ones. */
const CHALLENGES_PER_SKILL = 500;
/** Of the skill holders, the best by the skill signal become candidates. */
const skillCandidates = (first: number): number => Math.max(100, 5 * first);
/** Introduction paths are looked up for this many of the best candidates (before reachability). */
const pathPool = (first: number): number => Math.max(3 * first, 30);

/** The request, checked against the store. */
interface Subject {
  readonly challenge: ChallengeContext | null;
  /** The question's words, then the parts of its compound words (query-expansion.ts). */
  readonly words: readonly string[];
  readonly askerId: string | null;
  readonly askingCode: string | null;
  /**
   * Wanted skills: the asked challenge's required skills, the request's skillIds and the skills a
   * description names (by name, alias or ESCO alternative label).
   */
  readonly wantedSkillIds: readonly string[];
  readonly requestedSkills: readonly SkillFrequency[];
  readonly peopleCount: number;
}

/** What the store says about the question: the evidence the candidates come from. */
interface Evidence {
  readonly found: readonly FoundChallenge[];
  /** Every challenge read: the found ones and those of experiences found by their lessons. */
  readonly challenges: ReadonlyMap<string, ChallengeContext>;
  /** Lesson relevance (0..1, scaled by the best) by experienceKey. */
  readonly lessons: ReadonlyMap<string, number>;
  /** Every experience on a found challenge. */
  readonly experiences: readonly ExperienceFact[];
  readonly holders: readonly SkillHolder[];
  readonly skills: ReadonlyMap<string, SkillFrequency>;
  /** Wanted skill id → rarity (IDF). */
  readonly rarity: ReadonlyMap<string, number>;
  readonly asking: MunicipalityContext | null;
}

/**
 * recommendColleagues: who in another municipality worked on a challenge like this one, ranked
 * by the documented score (scoring.ts), within the hard rules: never the asker, never the
 * asking municipality unless asked, never anyone the asker may not see, unavailable people last.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly repository: MatchingRepository,
    private readonly feedback: ExpertFeedbackRepository,
    private readonly config: AppConfig,
  ) {}

  /** The lexicon of the last source read; rebuilt only when the store's source changed. */
  private lexicon: { readonly source: LexiconSource; readonly lexicon: QueryLexicon } | null = null;

  private async queryLexicon(): Promise<QueryLexicon> {
    const source = await this.repository.lexiconSource();
    if (this.lexicon?.source !== source) {
      this.lexicon = { source, lexicon: new QueryLexicon(source.skills, source.texts) };
    }
    return this.lexicon.lexicon;
  }

  async recommend(
    request: RecommendRequest,
    options: RecommendOptions = {},
  ): Promise<RecommendationResult[]> {
    const descriptionWords = assertValidRequest(request);
    const settings = settingsOf(options);
    const subject = await this.subject(request, descriptionWords, settings);
    const evidence = await this.evidence(subject, settings);
    const matched = matchedChallenges(
      evidence.found,
      evidence.rarity,
      settings,
      subject.challenge?.theme ?? null,
    );
    const question: Question = {
      theme: subject.challenge?.theme ?? dominantTheme([...matched.values()]),
      rarity: evidence.rarity,
      asking: evidence.asking,
      referenceYear: settings.referenceYear,
    };
    const view = new PeopleView(
      this.repository,
      await this.viewpointOf(request, evidence.asking),
      evidence.asking ? [evidence.asking] : [],
    );
    const eligible = await this.eligible(request, subject, evidence, question, view);
    const candidates = buildCandidates(
      eligible,
      evidence.experiences,
      { matched, challenges: evidence.challenges, lessons: evidence.lessons },
      question,
      settings,
    );
    const feedback = settings.introductionFeedback
      ? await this.feedback.feedbackFor(candidates.map((candidate) => candidate.person.id))
      : new Map<string, ExpertFeedback>();
    const standing = (candidate: Candidate): number => {
      const known = feedback.get(candidate.person.id);
      if (!known) return 1;
      return feedbackFactor(known) * loadFactor(known.open, this.config.INTRODUCTION_OPEN_CAP);
    };
    const paths = await this.introductionPaths(
      subject,
      candidates,
      view,
      request.first,
      settings,
      standing,
    );

    const reachability = (candidate: Candidate): number => {
      const path = paths.get(candidate.person.id);
      return reachabilitySignal(path ? path.length - 1 : null);
    };
    const byId = new Map(candidates.map((candidate) => [candidate.person.id, candidate]));
    const ranked = rank(
      candidates.map((candidate) => ({
        id: candidate.person.id,
        municipalityCode: candidate.person.municipalityCode,
        score: scoreOf(candidate, reachability(candidate), settings.weights, standing(candidate)),
        unavailable: isUnavailable(candidate),
      })),
      request.first,
      settings.spreadPenalty,
    );
    return ranked.map(({ id, score }) => {
      const candidate = byId.get(id) as Candidate;
      const path = paths.get(id) ?? null;
      return toResult(candidate, {
        score,
        reachability: reachability(candidate),
        path,
        // Everyone on a chosen path is visible to the asker (introduction-paths.ts).
        introducers: path && path.slice(1, -1).map((each) => view.person(each)?.name ?? each),
        question,
        skills: evidence.skills,
        feedback: feedback.get(id) ?? null,
      });
    });
  }

  /**
   * The request's viewpoint; for one that sees everyone (the administrator, the evaluation), the
   * asking municipality's, and without one an anonymous reader's (NETWORK people only).
   */
  private async viewpointOf(
    request: RecommendRequest,
    asking: MunicipalityContext | null,
  ): Promise<Viewpoint> {
    if (request.viewpoint && !request.viewpoint.seesEveryone) return request.viewpoint;
    if (!asking) return Viewpoint.ANONYMOUS;
    const partners = await this.repository.partnerMunicipalities(asking.code);
    return Viewpoint.ofMunicipality(asking.code, partners);
  }

  /**
   * The people who may be recommended: everyone who worked on a similar challenge and the best
   * holders of the wanted skills, less the asker, people of the asking municipality (unless
   * asked for) and people the asker may not see.
   */
  private async eligible(
    request: RecommendRequest,
    subject: Subject,
    evidence: Evidence,
    question: Question,
    view: PeopleView,
  ): Promise<EligiblePerson[]> {
    const skilled = bestSkillHolders(
      evidence.holders.filter((holder) => holder.personId !== subject.askerId),
      question.rarity,
      skillCandidates(request.first),
    );
    const ids = [
      ...new Set([...evidence.experiences.map((each) => each.personId), ...skilled]),
    ].filter((id) => id !== subject.askerId);
    const [, levelRows] = await Promise.all([
      view.load(ids),
      this.repository.skillLevels(ids, [...question.rarity.keys()]),
    ]);
    const levels = new Map<string, Map<string, number>>();
    for (const { personId, skillId, level } of levelRows) {
      levels.set(personId, (levels.get(personId) ?? new Map<string, number>()).set(skillId, level));
    }
    return ids.flatMap((id) => {
      const person = view.person(id);
      const municipality = view.municipalityOf(id);
      if (!person || !municipality || !view.canSee(id)) return [];
      if (!request.includeOwnMunicipality && person.municipalityCode === subject.askingCode) {
        return [];
      }
      return [{ person, municipality, levels: levels.get(id) ?? new Map<string, number>() }];
    });
  }

  /** Loads what the request names; NOT_FOUND for the first unknown thing, in a fixed order. */
  private async subject(
    request: RecommendRequest,
    descriptionWords: string[] | null,
    settings: RecommendSettings,
  ): Promise<Subject> {
    const requested = [...new Set(request.skillIds ?? [])];
    // A challenge names its required skills itself, and an asker who chose skills said which
    // they mean; only a description without them names its skills in words (held-out data:
    // adding them beside chosen skills blurred the ranking, docs/matching.md).
    const namesSkills =
      settings.skillsFromText && descriptionWords !== null && requested.length === 0;
    const [challenges, requestedSkills, askers, municipalities, peopleCount, lexicon] =
      await Promise.all([
        request.challengeId ? this.repository.challenges([request.challengeId]) : [],
        requested.length > 0 ? this.repository.skillFrequencies(requested) : [],
        request.askerId ? this.repository.people([request.askerId]) : [],
        request.municipalityCode ? this.repository.municipalities([request.municipalityCode]) : [],
        this.repository.peopleCount(),
        settings.splitCompounds || namesSkills ? this.queryLexicon() : null,
      ]);
    const challenge = challenges[0] ?? null;
    if (request.challengeId && !challenge) throw ChallengesException.notFound(request.challengeId);
    const found = new Set(requestedSkills.map((skill) => skill.skillId));
    const unknownSkills = requested.filter((id) => !found.has(id));
    if (unknownSkills.length > 0) throw SkillsException.notFound(unknownSkills);
    const asker = askers[0] ?? null;
    if (request.askerId && !asker) throw PeopleException.notFound(request.askerId);
    if (request.municipalityCode && municipalities.length === 0) {
      throw MunicipalitiesException.notFound(request.municipalityCode);
    }
    const words =
      descriptionWords ??
      (challenge ? similarChallengeWords(`${challenge.title} ${challenge.description}`) : []);
    const withParts = lexicon ? lexicon.expandWords(words) : words;
    const named = lexicon && namesSkills ? lexicon.namedSkills(words, withParts).skillIds : [];
    return {
      challenge,
      words: settings.splitCompounds ? withParts : words,
      askerId: asker?.id ?? null,
      askingCode: request.municipalityCode ?? asker?.municipalityCode ?? null,
      wantedSkillIds: [
        ...new Set([...(challenge?.requiredSkillIds ?? []), ...requested, ...named]),
      ],
      requestedSkills,
      peopleCount,
    };
  }

  /**
   * What the store knows about the question, in two rounds: the challenges found by text and by
   * the wanted skills, the holders of those skills and their rarity; then the found
   * challenges themselves with who worked on them.
   */
  private async evidence(subject: Subject, settings: RecommendSettings): Promise<Evidence> {
    const known = new Set(subject.requestedSkills.map((skill) => skill.skillId));
    const otherSkills = subject.wantedSkillIds.filter((id) => !known.has(id));
    const excludeId = subject.challenge?.id ?? null;
    const wanted = subject.wantedSkillIds;
    const hasWords = subject.words.length > 0;
    const [hits, lessonHits, requirements, holders, otherFrequencies, askingMunicipalities] =
      await Promise.all([
        hasWords
          ? this.repository.similarChallenges(subject.words, settings.similarChallenges, excludeId)
          : [],
        hasWords && settings.lessonShare > 0
          ? this.repository.similarExperiences(
              subject.words,
              settings.similarExperiences,
              excludeId,
            )
          : [],
        wanted.length > 0
          ? this.repository.challengesRequiring(wanted, CHALLENGES_PER_SKILL, excludeId)
          : [],
        wanted.length > 0 ? this.repository.skillHolders(wanted, HOLDERS_PER_SKILL) : [],
        otherSkills.length > 0 ? this.repository.skillFrequencies(otherSkills) : [],
        subject.askingCode ? this.repository.municipalities([subject.askingCode]) : [],
      ]);
    const skills = new Map(
      [...subject.requestedSkills, ...otherFrequencies].map((skill) => [skill.skillId, skill]),
    );
    const rarity = new Map(
      [...skills.values()].map((skill) => [
        skill.skillId,
        inverseFrequency(skill.holders, subject.peopleCount),
      ]),
    );
    const text = textSimilarities(hits);
    const bestLesson = Math.max(0, ...lessonHits.map((hit) => hit.score));
    const lessons = new Map(
      lessonHits.map((hit) => [
        experienceKey(hit.personId, hit.challengeId),
        bestLesson > 0 ? hit.score / bestLesson : 0,
      ]),
    );
    const similar = [
      ...new Set([
        ...text.keys(),
        ...mostRequiring(requirements, rarity, settings.similarChallenges),
      ]),
    ];
    // A challenge found only through someone's lessons is no similar challenge of its own, and
    // only the experiences whose lessons matched are evidence on it.
    const similarIds = new Set(similar);
    const lessonOnly = [...new Set(lessonHits.map((hit) => hit.challengeId))].filter(
      (id) => !similarIds.has(id),
    );
    const ids = [...similar, ...lessonOnly];
    const [challenges, experiences] =
      ids.length > 0
        ? await Promise.all([this.repository.challenges(ids), this.repository.experiencesOn(ids)])
        : [[], []];
    return {
      found: challenges
        .filter((challenge) => similarIds.has(challenge.id))
        .map((challenge) => ({ challenge, text: text.get(challenge.id) ?? 0 })),
      challenges: new Map(challenges.map((challenge) => [challenge.id, challenge])),
      lessons,
      experiences: experiences.filter(
        (each) =>
          similarIds.has(each.challengeId) ||
          lessons.has(experienceKey(each.personId, each.challengeId)),
      ),
      holders,
      skills,
      rarity,
      asking: askingMunicipalities[0] ?? null,
    };
  }

  /**
   * Paths for the best candidates by every other signal (pathPool of them): reachability weighs
   * little, so further down a path would rarely change the list, and each path costs a search.
   */
  private async introductionPaths(
    subject: Subject,
    candidates: readonly Candidate[],
    view: PeopleView,
    first: number,
    settings: RecommendSettings,
    standing: (candidate: Candidate) => number,
  ): Promise<Map<string, string[]>> {
    if (subject.askerId === null) return new Map();
    const pool = candidates
      .map((candidate) => ({
        id: candidate.person.id,
        unavailable: Number(isUnavailable(candidate)),
        score: scoreOf(candidate, 0, settings.weights, standing(candidate)),
      }))
      .sort(
        (a, b) => a.unavailable - b.unavailable || b.score - a.score || a.id.localeCompare(b.id),
      )
      .slice(0, pathPool(first))
      .map((candidate) => candidate.id);
    return findIntroductionPaths(this.repository, view, subject.askerId, pool);
  }
}
