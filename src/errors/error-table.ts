import { ApiClientsErrorCode } from '../api-clients/api-clients.exception';
import { ApiErrorCode } from '../common/errors/api-error-code';
import { CommonErrorCode } from '../common/errors/common.exception';
import { ChallengesErrorCode } from '../challenges/challenges.exception';
import { CollaborationsErrorCode } from '../collaborations/collaborations.exception';
import { GapsErrorCode } from '../gaps/gaps.exception';
import { GraphStoreErrorCode } from '../graph-store/graph-store.exception';
import { IntroductionsErrorCode } from '../introductions/introductions.exception';
import { LearningErrorCode } from '../learning/learning.exception';
import { MatchingErrorCode } from '../matching/matching.exception';
import { MunicipalitiesErrorCode } from '../municipalities/municipalities.exception';
import { PeopleErrorCode } from '../people/people.exception';
import { PrivacyErrorCode } from '../privacy/privacy.exception';
import { RelationalStoreErrorCode } from '../relational/relational-store.exception';
import { SkillsErrorCode } from '../skills/skills.exception';
import { PeopleSearchErrorCode } from '../search/people-search.exception';
import { SecurityErrorCode } from '../security/security.exception';

export type DomainErrorCode =
  | CommonErrorCode
  | GraphStoreErrorCode
  | RelationalStoreErrorCode
  | MunicipalitiesErrorCode
  | CollaborationsErrorCode
  | PeopleErrorCode
  | SkillsErrorCode
  | ChallengesErrorCode
  | MatchingErrorCode
  | PeopleSearchErrorCode
  | ApiClientsErrorCode
  | SecurityErrorCode
  | GapsErrorCode
  | IntroductionsErrorCode
  | PrivacyErrorCode
  | LearningErrorCode;

/**
 * The one place that decides which `extensions.code` a domain error becomes. Exhaustive by
 * type: a new feature code that is not listed here does not compile.
 */
export const ERROR_TABLE: Record<DomainErrorCode, ApiErrorCode> = {
  [CommonErrorCode.INVALID_INPUT]: ApiErrorCode.BAD_USER_INPUT,
  [CommonErrorCode.INVALID_CURSOR]: ApiErrorCode.BAD_USER_INPUT,
  [CommonErrorCode.UNAUTHENTICATED]: ApiErrorCode.UNAUTHENTICATED,
  [CommonErrorCode.ADMIN_KEY_NOT_CONFIGURED]: ApiErrorCode.UNAUTHENTICATED,
  [CommonErrorCode.FORBIDDEN]: ApiErrorCode.FORBIDDEN,
  [CommonErrorCode.CREDENTIAL_CHECK_UNAVAILABLE]: ApiErrorCode.SERVICE_UNAVAILABLE,
  [GraphStoreErrorCode.DUPLICATE]: ApiErrorCode.CONFLICT,
  [GraphStoreErrorCode.UNAVAILABLE]: ApiErrorCode.SERVICE_UNAVAILABLE,
  [GraphStoreErrorCode.MIGRATION_FAILED]: ApiErrorCode.SERVICE_UNAVAILABLE,
  [RelationalStoreErrorCode.RELATIONAL_UNAVAILABLE]: ApiErrorCode.SERVICE_UNAVAILABLE,
  [MunicipalitiesErrorCode.MUNICIPALITY_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [CollaborationsErrorCode.COLLABORATION_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [CollaborationsErrorCode.COLLABORATION_ID_REQUIRED]: ApiErrorCode.BAD_USER_INPUT,
  [PeopleErrorCode.PERSON_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [PeopleErrorCode.EMAIL_TAKEN]: ApiErrorCode.CONFLICT,
  [PeopleErrorCode.SELF_ACQUAINTANCE]: ApiErrorCode.BAD_USER_INPUT,
  [PeopleErrorCode.DUPLICATE_SKILL]: ApiErrorCode.BAD_USER_INPUT,
  [PeopleErrorCode.MIN_LEVEL_WITHOUT_SKILL]: ApiErrorCode.BAD_USER_INPUT,
  [SkillsErrorCode.SKILL_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [SkillsErrorCode.SKILL_NAME_TAKEN]: ApiErrorCode.CONFLICT,
  [SkillsErrorCode.SKILL_ID_NOT_DERIVABLE]: ApiErrorCode.BAD_USER_INPUT,
  [ChallengesErrorCode.CHALLENGE_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [MatchingErrorCode.RECOMMEND_SUBJECT_INVALID]: ApiErrorCode.BAD_USER_INPUT,
  [MatchingErrorCode.NOTHING_TO_MATCH]: ApiErrorCode.BAD_USER_INPUT,
  [MatchingErrorCode.RECOMMEND_INPUT_INVALID]: ApiErrorCode.BAD_USER_INPUT,
  [PeopleSearchErrorCode.SEARCH_TEXT_FILTER]: ApiErrorCode.BAD_USER_INPUT,
  [ApiClientsErrorCode.API_CLIENT_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [SecurityErrorCode.RATE_LIMITED]: ApiErrorCode.RATE_LIMITED,
  [SecurityErrorCode.QUERY_TOO_DEEP]: ApiErrorCode.QUERY_TOO_COMPLEX,
  [SecurityErrorCode.TOO_MANY_ALIASES]: ApiErrorCode.QUERY_TOO_COMPLEX,
  [SecurityErrorCode.TOO_MANY_TOKENS]: ApiErrorCode.QUERY_TOO_COMPLEX,
  [SecurityErrorCode.QUERY_TOO_COSTLY]: ApiErrorCode.QUERY_TOO_COMPLEX,
  [SecurityErrorCode.TOO_MANY_OPERATIONS]: ApiErrorCode.QUERY_TOO_COMPLEX,
  [SecurityErrorCode.BODY_TOO_LARGE]: ApiErrorCode.PAYLOAD_TOO_LARGE,
  [SecurityErrorCode.EXECUTION_TIMEOUT]: ApiErrorCode.TIMEOUT,
  [GapsErrorCode.GAP_AREA_INVALID]: ApiErrorCode.BAD_USER_INPUT,
  [GapsErrorCode.CHALLENGE_OUTSIDE_AREA]: ApiErrorCode.BAD_USER_INPUT,
  [GapsErrorCode.NOT_YOUR_AREA]: ApiErrorCode.FORBIDDEN,
  [GapsErrorCode.COVERAGE_NEEDS_COLLABORATION]: ApiErrorCode.BAD_USER_INPUT,
  [IntroductionsErrorCode.INTRODUCTION_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [IntroductionsErrorCode.NOT_YOUR_INTRODUCTION]: ApiErrorCode.FORBIDDEN,
  [IntroductionsErrorCode.REQUESTER_REQUIRED]: ApiErrorCode.FORBIDDEN,
  [IntroductionsErrorCode.ACTING_FOR_OTHER]: ApiErrorCode.FORBIDDEN,
  [IntroductionsErrorCode.INTRODUCTION_WRONG_STATUS]: ApiErrorCode.CONFLICT,
  [IntroductionsErrorCode.INTRODUCTION_ALREADY_OPEN]: ApiErrorCode.CONFLICT,
  [IntroductionsErrorCode.INTRODUCTION_TO_SELF]: ApiErrorCode.BAD_USER_INPUT,
  [IntroductionsErrorCode.VIA_NOT_ACQUAINTED]: ApiErrorCode.BAD_USER_INPUT,
  [IntroductionsErrorCode.DAILY_LIMIT_REACHED]: ApiErrorCode.RATE_LIMITED,
  [IntroductionsErrorCode.EXPERT_BUSY]: ApiErrorCode.CONFLICT,
  [PrivacyErrorCode.NOT_THE_DATA_SUBJECT]: ApiErrorCode.FORBIDDEN,
  [PrivacyErrorCode.DATA_SUBJECT_REQUIRED]: ApiErrorCode.BAD_USER_INPUT,
  [PrivacyErrorCode.DATA_SUBJECT_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [LearningErrorCode.PROGRAMME_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [LearningErrorCode.PROGRAMME_OWNER_INVALID]: ApiErrorCode.BAD_USER_INPUT,
  [LearningErrorCode.PROGRAMME_INPUT_INVALID]: ApiErrorCode.BAD_USER_INPUT,
  [LearningErrorCode.PROGRAMME_WRONG_STATUS]: ApiErrorCode.CONFLICT,
  [LearningErrorCode.NOT_YOUR_PROGRAMME]: ApiErrorCode.FORBIDDEN,
  [LearningErrorCode.OUTSIDE_PROGRAMME_AREA]: ApiErrorCode.BAD_USER_INPUT,
  [LearningErrorCode.NOT_IN_PROGRAMME]: ApiErrorCode.BAD_USER_INPUT,
  [LearningErrorCode.MENTOR_AT_CAPACITY]: ApiErrorCode.CONFLICT,
  [LearningErrorCode.TOO_FEW_FOR_CIRCLES]: ApiErrorCode.BAD_USER_INPUT,
};
