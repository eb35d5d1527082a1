import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type OutboxEvent, type OutboxHandler } from '../outbox/outbox-event';
import { OutboxRelay } from '../outbox/outbox-relay';
import { helpedOutcomeOf, INTRODUCTION_HELPED } from './introduction-events';
import { IntroductionOutcomesRepository } from './introduction-outcomes.repository';

/** Applies a helpful introduction to the graph: HELPED, and the expert's ADVISOR experience. */
@Injectable()
export class HelpedProjectionHandler implements OutboxHandler, OnModuleInit {
  readonly type = INTRODUCTION_HELPED;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly outcomes: IntroductionOutcomesRepository,
  ) {}

  onModuleInit(): void {
    this.relay.register(this);
  }

  handle(event: OutboxEvent): Promise<string> {
    return this.outcomes.recordHelped(helpedOutcomeOf(event));
  }
}
