import { type Page, type PageRequest, type SortKey } from '../common/pagination/page';
import { type ApiClientRecord } from './api-client.record';

/** Newest first: by creation time (epoch milliseconds), then id. */
export const apiClientSortKey = (record: ApiClientRecord): SortKey => [
  record.createdAt.getTime(),
  record.id,
];

/** Port: API clients in the relational store. */
export abstract class ApiClientsRepository {
  abstract insert(record: ApiClientRecord): Promise<void>;
  abstract findById(id: string): Promise<ApiClientRecord | null>;
  abstract findByKeyId(keyId: string): Promise<ApiClientRecord | null>;
  /** Newest first, revoked ones included; `page.after` is a key from {@link apiClientSortKey}. */
  abstract list(page: PageRequest): Promise<Page<ApiClientRecord>>;
  /** Sets revokedAt when it is not set yet; returns the record as it is afterwards, or null. */
  abstract revoke(id: string, at: Date): Promise<ApiClientRecord | null>;
  abstract markUsed(id: string, at: Date): Promise<void>;
  /** An erasure: `createdBy` `actor` becomes `replacement` (its pseudonym). Returns how many. */
  abstract replaceCreator(actor: string, replacement: string): Promise<number>;
}
