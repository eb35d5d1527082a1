import { type Page, type PageRequest, type SortKey } from '../common/pagination/page';
import { type OutboxEventDraft } from '../outbox/outbox-event';
import {
  type IntroductionDirection,
  type IntroductionRecord,
  type IntroductionStatus,
} from './introduction.record';

/** Newest first: by request time (epoch milliseconds), then id. */
export const introductionSortKey = (record: IntroductionRecord): SortKey => [
  record.requestedAt.getTime(),
  record.id,
];

export interface IntroductionListFilter {
  readonly personId: string;
  readonly direction: IntroductionDirection;
  /** Every status when left out. */
  readonly status?: IntroductionStatus;
}

/** Port: introductions in the relational store. */
export abstract class IntroductionsRepository {
  /**
   * Stores a new request, with the outbox events it causes in the same transaction. Refuses
   * (returns false, writing nothing) when the requester already has an open request to the same
   * expert, decided by a unique index so that two racing requests cannot both land.
   */
  abstract insert(
    record: IntroductionRecord,
    events?: readonly OutboxEventDraft[],
  ): Promise<boolean>;
  abstract findById(id: string): Promise<IntroductionRecord | null>;
  /** The requester's open request to the expert, if any. */
  abstract findOpen(requesterId: string, expertId: string): Promise<IntroductionRecord | null>;
  /**
   * Stores a step's result, with the outbox events it causes in the same transaction, when the
   * stored status is still `expected`; false (writing nothing) when another request changed it first.
   */
  abstract update(
    record: IntroductionRecord,
    expected: IntroductionStatus,
    events?: readonly OutboxEventDraft[],
  ): Promise<boolean>;
  /** When the person made each request at or after `since`, oldest first. */
  abstract requestTimesSince(requesterId: string, since: Date): Promise<Date[]>;
  /** Open requests to each expert (PENDING or ACCEPTED); experts without any are left out. */
  abstract countOpenFor(expertIds: readonly string[]): Promise<Map<string, number>>;
  /** Every introduction the person takes part in (requester, expert or via), oldest first. */
  abstract involving(personId: string): Promise<IntroductionRecord[]>;
  /**
   * An erasure: replaces the person's id by `pseudonym` wherever they take part, clears the
   * free texts of those introductions (message, note, feedback), and cancels the open ones.
   * Idempotent. Returns how many introductions named them.
   */
  abstract anonymise(personId: string, pseudonym: string): Promise<number>;
  /** Newest first; `page.after` is a key from {@link introductionSortKey}. */
  abstract list(
    filter: IntroductionListFilter,
    page: PageRequest,
  ): Promise<Page<IntroductionRecord>>;
}
