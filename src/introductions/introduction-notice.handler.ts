import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ChallengesService } from '../challenges/challenges.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { type IntroductionNotice } from '../notifications/notification';
import { NotificationDeliveryError } from '../notifications/notification-delivery.error';
import { Notifier } from '../notifications/notifier';
import { type OutboxEvent, type OutboxHandler } from '../outbox/outbox-event';
import { OutboxRelay } from '../outbox/outbox-relay';
import { PeopleService } from '../people/people.service';
import { type PersonRecord } from '../people/person.record';
import { INTRODUCTION_NOTICE, NoticeKind, noticeOf } from './introduction-events';
import { type IntroductionRecord, IntroductionStatus } from './introduction.record';
import { IntroductionsRepository } from './introductions.repository';

/**
 * Tells one person about a step of an introduction, through the configured Notifier. Names,
 * addresses and texts are read now, not when the step was taken: a person erased in between is
 * not written to, and the outbox never held their details.
 */
@Injectable()
export class IntroductionNoticeHandler implements OutboxHandler, OnModuleInit {
  readonly type = INTRODUCTION_NOTICE;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly notifier: Notifier,
    private readonly introductions: IntroductionsRepository,
    private readonly people: PeopleService,
    private readonly municipalities: MunicipalitiesService,
    private readonly challenges: ChallengesService,
  ) {}

  onModuleInit(): void {
    this.relay.register(this);
  }

  async handle(event: OutboxEvent): Promise<string> {
    const { introductionId, kind, recipientId } = noticeOf(event);
    const record = await this.introductions.findById(introductionId);
    if (!record) return 'SKIPPED_INTRODUCTION_GONE';
    const counterpartId = kind === NoticeKind.ANSWERED ? record.expertId : record.requesterId;
    const [recipient, counterpart, expert] = await Promise.all([
      this.people.findById(recipientId),
      this.people.findById(counterpartId),
      this.people.findById(record.expertId),
    ]);
    if (!recipient || !counterpart || !expert) return 'SKIPPED_PERSON_GONE';
    const notice = await this.noticeFor(kind, record, recipient, counterpart, expert);
    try {
      return await this.notifier.send(notice);
    } catch (error) {
      // A refused recipient or an unusable address will not change by retrying.
      if (error instanceof NotificationDeliveryError && error.permanent) {
        return `UNDELIVERABLE_${error.code}`;
      }
      throw error;
    }
  }

  private async noticeFor(
    kind: NoticeKind,
    record: IntroductionRecord,
    recipient: PersonRecord,
    counterpart: PersonRecord,
    expert: PersonRecord,
  ): Promise<IntroductionNotice> {
    const [municipality, challenge] = await Promise.all([
      this.municipalities.findByCode(counterpart.municipalityCode),
      record.challengeId ? this.challenges.findById(record.challengeId) : null,
    ]);
    const base = {
      introductionId: record.id,
      recipient: { personId: recipient.id, name: recipient.name, email: recipient.email },
      counterpart: { name: counterpart.name, municipalityName: municipality?.name ?? null },
      challengeTitle: challenge?.title ?? null,
    };
    switch (kind) {
      case NoticeKind.REQUESTED:
        return { ...base, kind, message: record.message };
      case NoticeKind.PASS_ON:
        return { ...base, kind, message: record.message, expertName: expert.name };
      case NoticeKind.ANSWERED:
        return {
          ...base,
          kind,
          message: record.responseNote,
          answer: record.status === IntroductionStatus.DECLINED ? 'DECLINED' : 'ACCEPTED',
        };
      case NoticeKind.COMPLETED:
        return { ...base, kind, message: record.feedback };
    }
  }
}
