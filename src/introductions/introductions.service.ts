import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ChallengesException } from '../challenges/challenges.exception';
import { ChallengesService } from '../challenges/challenges.service';
import { type Page, type PageRequest } from '../common/pagination/page';
import { type Caller } from '../common/request/caller';
import { AppConfig } from '../config/app-config';
import { PeopleException } from '../people/people.exception';
import { PeopleRepository } from '../people/people.repository';
import { PeopleService } from '../people/people.service';
import { OutboxRelay } from '../outbox/outbox-relay';
import { type ActingPerson, ActingPersonResolver } from './acting-person';
import { eventsOfStep } from './introduction-events';
import { complete, type Completion, respond, type Response, takesPart } from './introduction-steps';
import {
  type IntroductionDirection,
  type IntroductionRecord,
  IntroductionStatus,
  pendingIntroduction,
} from './introduction.record';
import { IntroductionsException } from './introductions.exception';
import { IntroductionsRepository } from './introductions.repository';

export interface IntroductionRequest {
  readonly expertId: string;
  readonly challengeId?: string;
  readonly message: string;
  /** The requester's acquaintance asked to pass the request on. */
  readonly viaId?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The introduction workflow: a person asks to be put in touch with an expert they may see, the
 * expert accepts or declines, the requester completes it saying whether it helped. Every step is
 * taken by a person (ActingPersonResolver) and checked against the record's current status when
 * it is stored, so concurrent steps cannot both succeed. Each step writes its outbox events (the
 * notices, the graph projection of a helpful outcome) in the same transaction as the record.
 */
@Injectable()
export class IntroductionsService {
  constructor(
    private readonly repository: IntroductionsRepository,
    private readonly actingPerson: ActingPersonResolver,
    private readonly people: PeopleService,
    private readonly peopleRepository: PeopleRepository,
    private readonly challenges: ChallengesService,
    private readonly config: AppConfig,
    private readonly relay: OutboxRelay,
  ) {}

  async request(
    caller: Caller,
    onBehalfOf: string | undefined,
    request: IntroductionRequest,
  ): Promise<IntroductionRecord> {
    const { person: requester, viewpoint } = await this.actingPerson.resolve(caller, onBehalfOf);
    if (request.expertId === requester.id) throw IntroductionsException.toSelf();
    if (!(await this.people.findVisible(request.expertId, viewpoint))) {
      throw PeopleException.notFound(request.expertId);
    }
    if (
      request.challengeId !== undefined &&
      !(await this.challenges.findById(request.challengeId))
    ) {
      throw ChallengesException.notFound(request.challengeId);
    }
    if (request.viaId !== undefined) await this.requireVia(requester.id, request, viewpoint);
    await this.requireWithinLimits(requester.id, request.expertId);

    const record = pendingIntroduction({
      id: randomUUID(),
      requesterId: requester.id,
      expertId: request.expertId,
      viaId: request.viaId ?? null,
      challengeId: request.challengeId ?? null,
      message: request.message,
      requestedAt: new Date(),
    });
    if (!(await this.repository.insert(record, eventsOfStep(null, record, record.requestedAt)))) {
      // Another request for the same pair landed between the check and the insert.
      const open = await this.repository.findOpen(requester.id, request.expertId);
      throw IntroductionsException.alreadyOpen(open?.id ?? 'just now');
    }
    this.relay.nudge();
    return record;
  }

  async respond(
    caller: Caller,
    onBehalfOf: string | undefined,
    id: string,
    response: Response,
  ): Promise<IntroductionRecord> {
    const personId = await this.actingPerson.resolveId(caller, onBehalfOf);
    const record = await this.requireParticipant(id, personId);
    return this.store(record, respond(record, personId, response, new Date()));
  }

  async complete(
    caller: Caller,
    onBehalfOf: string | undefined,
    id: string,
    completion: Completion,
  ): Promise<IntroductionRecord> {
    const personId = await this.actingPerson.resolveId(caller, onBehalfOf);
    const record = await this.requireParticipant(id, personId);
    return this.store(record, complete(record, personId, completion, new Date()));
  }

  async listMine(
    caller: Caller,
    onBehalfOf: string | undefined,
    direction: IntroductionDirection,
    status: IntroductionStatus | undefined,
    page: PageRequest,
  ): Promise<Page<IntroductionRecord>> {
    const { person } = await this.actingPerson.resolve(caller, onBehalfOf);
    return this.repository.list({ personId: person.id, direction, status }, page);
  }

  /** Open requests per expert, for spreading recommendations over people who are not flooded. */
  openRequestsFor(expertIds: readonly string[]): Promise<Map<string, number>> {
    return this.repository.countOpenFor(expertIds);
  }

  /** Someone who does not take part learns nothing, not even that the introduction exists. */
  private async requireParticipant(id: string, personId: string): Promise<IntroductionRecord> {
    const record = await this.repository.findById(id);
    if (!record || !takesPart(record, personId)) throw IntroductionsException.notFound(id);
    return record;
  }

  private async store(
    before: IntroductionRecord,
    after: IntroductionRecord,
  ): Promise<IntroductionRecord> {
    if (
      await this.repository.update(after, before.status, eventsOfStep(before, after, new Date()))
    ) {
      this.relay.nudge();
      return after;
    }
    // Another step won the race; report the status it left.
    const now = await this.repository.findById(before.id);
    throw IntroductionsException.wrongStatus(
      before.id,
      now?.status ?? before.status,
      after.status === IntroductionStatus.COMPLETED ? 'completed' : 'answered',
      before.status,
    );
  }

  private async requireVia(
    requesterId: string,
    request: IntroductionRequest,
    viewpoint: ActingPerson['viewpoint'],
  ): Promise<void> {
    const viaId = request.viaId!;
    const acquaintances = await this.peopleRepository.acquaintancesOf([requesterId]);
    const via = acquaintances.find(({ acquaintance }) => acquaintance.id === viaId)?.acquaintance;
    if (!via || !viewpoint.canSee(via) || viaId === request.expertId) {
      throw IntroductionsException.viaNotAcquainted(viaId);
    }
  }

  private async requireWithinLimits(requesterId: string, expertId: string): Promise<void> {
    const open = await this.repository.findOpen(requesterId, expertId);
    if (open) throw IntroductionsException.alreadyOpen(open.id);
    const limit = this.config.INTRODUCTION_DAILY_LIMIT;
    const now = Date.now();
    const recent = await this.repository.requestTimesSince(requesterId, new Date(now - DAY_MS));
    if (recent.length >= limit) {
      // A new request is allowed once enough of these have left the 24-hour window.
      const freedAt = recent[recent.length - limit].getTime() + DAY_MS;
      throw IntroductionsException.dailyLimit(
        limit,
        Math.max(1, Math.ceil((freedAt - now) / 1000)),
      );
    }
    const cap = this.config.INTRODUCTION_OPEN_CAP;
    if (((await this.repository.countOpenFor([expertId])).get(expertId) ?? 0) >= cap) {
      throw IntroductionsException.expertBusy(cap);
    }
  }
}
