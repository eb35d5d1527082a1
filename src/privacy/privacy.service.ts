import { Injectable } from '@nestjs/common';
import { ApiClientsRepository } from '../api-clients/api-clients.repository';
import { personActor, pseudonymOf, pseudonymousActor } from '../audit/audit-chain.record';
import { AuditLogRepository } from '../audit/audit-log.repository';
import { ChallengesRepository } from '../challenges/challenges.repository';
import { type Caller, Scope } from '../common/request/caller';
import { ExperiencesRepository } from '../experiences/experiences.repository';
import { IntroductionOutcomesRepository } from '../introductions/introduction-outcomes.repository';
import { IntroductionsRepository } from '../introductions/introductions.repository';
import { LearningRepository } from '../learning/learning.repository';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { OutboxRepository } from '../outbox/outbox.repository';
import { PeopleRepository } from '../people/people.repository';
import { SkillsRepository } from '../skills/skills.repository';
import { ViewpointService } from '../viewpoint/viewpoint.service';
import { type PersonalData, personalDataDocument } from './personal-data';
import { PrivacyException } from './privacy.exception';

/** What an erasure did, store by store. Holds no personal data: the pseudonym stands for the id. */
export interface ErasureReport {
  /** What the audit log now says instead of the person's id. */
  readonly reference: string;
  /** Whether the graph still held the person (false: erased before, or never there). */
  readonly removedFromGraph: boolean;
  readonly introductionsAnonymised: number;
  readonly auditRecordsPseudonymised: number;
  readonly outboxEventsScrubbed: number;
}

/**
 * A person's rights over their data (AVG/GDPR articles 15 and 17): everything stored about them
 * across both stores, and its erasure. The person themselves (signed in) or an administrator
 * acting on their request; nobody else.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly experiences: ExperiencesRepository,
    private readonly challenges: ChallengesRepository,
    private readonly outcomes: IntroductionOutcomesRepository,
    private readonly learning: LearningRepository,
    private readonly skills: SkillsRepository,
    private readonly municipalities: MunicipalitiesService,
    private readonly viewpoints: ViewpointService,
    private readonly introductions: IntroductionsRepository,
    private readonly auditLog: AuditLogRepository,
    private readonly outbox: OutboxRepository,
    private readonly apiClients: ApiClientsRepository,
  ) {}

  /** Everything stored about the person, as one document (personal-data.ts). */
  async export(caller: Caller, personId: string | undefined): Promise<PersonalData> {
    const subject = subjectOf(caller, personId);
    const found = await this.people.findWithSkills(subject);
    if (!found) throw PrivacyException.notFound(subject);
    const { person } = found;
    const [
      experiences,
      acquaintances,
      helped,
      programmeRoles,
      progress,
      wishes,
      introductions,
      auditTrail,
      municipality,
    ] = await Promise.all([
      this.experiences.findByPersonIds([subject]),
      this.people.acquaintancesOf([subject]),
      this.outcomes.helpedLinksOf(subject),
      this.learning.rolesOf(subject),
      this.learning.progressOf(subject),
      this.learning.wishesOf([subject]),
      this.introductions.involving(subject),
      this.auditLog.naming(subject),
      this.municipalities.findByCode(person.municipalityCode),
    ]);
    const challengeIds = [...experiences, ...progress].map((e) => e.challengeId);
    const programmeIds = [...programmeRoles, ...progress].map((r) => r.programmeId);
    const skillIds = [...progress, ...wishes].map((s) => s.skillId);
    const [challenges, programmes, skills] = await Promise.all([
      this.challenges.findByIds(distinct(challengeIds)),
      this.learning.findByIds(distinct(programmeIds)),
      this.skills.findByIds(distinct(skillIds)),
    ]);
    // Acquaintances the person may not see (by the acquaintance's visibility) are counted, not named.
    const viewpoint = await this.viewpoints.ofMunicipality(person.municipalityCode);
    return personalDataDocument({
      person,
      municipalityName: municipality?.name ?? null,
      skills: found.skills,
      experiences,
      challengeTitles: new Map(challenges.map((c) => [c.id, c.title])),
      acquaintances: acquaintances.map((a) => a.acquaintance),
      canSee: (other) => viewpoint.canSee(other),
      helped,
      programmeRoles,
      progress,
      wishes,
      programmeTitles: new Map(programmes.map((p) => [p.id, p.title])),
      skillNames: new Map(skills.map((s) => [s.id, s.name])),
      introductions,
      auditTrail,
      generatedAt: new Date(),
    });
  }

  /**
   * Removes the person from the graph (node, relationships, full-text entries), anonymises their
   * introductions, pseudonymises them in the audit log and as the creator of API keys, and empties
   * outbox events that name them.
   * Idempotent: a second call finds nothing left and says so; a call that failed half-way is
   * finished by the next. The graph goes first, so nobody finds the person while the rest runs.
   */
  async erase(caller: Caller, personId: string): Promise<ErasureReport> {
    const subject = subjectOf(caller, personId);
    const reference = pseudonymOf(subject);
    const removedFromGraph = await this.people.erase(subject);
    const introductionsAnonymised = await this.introductions.anonymise(subject, reference);
    const outboxEventsScrubbed = await this.outbox.scrub(subject, new Date());
    const auditRecordsPseudonymised = await this.auditLog.pseudonymise(subject);
    // A signed-in administrator's API keys name them as their creator; the key stays valid.
    await this.apiClients.replaceCreator(personActor(subject), pseudonymousActor(subject));
    return {
      reference,
      removedFromGraph,
      introductionsAnonymised,
      auditRecordsPseudonymised,
      outboxEventsScrubbed,
    };
  }
}

/** The ids once each, nulls left out. */
function distinct(ids: ReadonlyArray<string | null>): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/**
 * Whose data a call is about: the signed-in person's own (when they name nobody else), or the
 * one an administrator names — the bootstrap key, an API key with `admin`, or a signed-in person
 * whose roles grant `admin`.
 */
function subjectOf(caller: Caller, personId: string | undefined): string {
  if (caller.kind === 'person' && (personId === undefined || personId === caller.personId)) {
    return caller.personId;
  }
  const administrator =
    caller.kind === 'admin' ||
    ((caller.kind === 'client' || caller.kind === 'person') && caller.scopes.includes(Scope.ADMIN));
  if (!administrator) throw PrivacyException.notTheSubject();
  if (personId === undefined) throw PrivacyException.subjectRequired();
  return personId;
}
