import { type Page, type PageRequest, type SortKey } from '../common/pagination/page';
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
   * Stores a new request. Refuses (returns false) when the requester already has an open request
   * to the same expert, decided by a unique index so that two racing requests cannot both land.
   */
  abstract insert(record: IntroductionRecord): Promise<boolean>;
  abstract findById(id: string): Promise<IntroductionRecord | null>;
  /** The requester's open request to the expert, if any. */
  abstract findOpen(requesterId: string, expertId: string): Promise<IntroductionRecord | null>;
  /**
   * Stores a step's result when the stored status is still `expected`; false when another
   * request changed it first.
   */
  abstract update(record: IntroductionRecord, expected: IntroductionStatus): Promise<boolean>;
  /** When the person made each request at or after `since`, oldest first. */
  abstract requestTimesSince(requesterId: string, since: Date): Promise<Date[]>;
  /** Open requests to each expert (PENDING or ACCEPTED); experts without any are left out. */
  abstract countOpenFor(expertIds: readonly string[]): Promise<Map<string, number>>;
  /** Newest first; `page.after` is a key from {@link introductionSortKey}. */
  abstract list(
    filter: IntroductionListFilter,
    page: PageRequest,
  ): Promise<Page<IntroductionRecord>>;
}
