import { type Page, type PageRequest, type SortKey } from '../common/pagination/page';
import {
  type CollaborationFilter,
  type CollaborationMembership,
  type CollaborationRecord,
  type MemberCollaboration,
} from './collaboration.record';

/** Collaborations are listed by name, then id. */
export const collaborationSortKey = (record: CollaborationRecord): SortKey => [
  record.name,
  record.id,
];

/** Port: collaborations of municipalities and their members in the graph store. */
export abstract class CollaborationsRepository {
  abstract findByIds(ids: readonly string[]): Promise<CollaborationRecord[]>;

  abstract list(filter: CollaborationFilter, page: PageRequest): Promise<Page<CollaborationRecord>>;

  /** Memberships of the given collaborations, per collaboration ordered by municipality name. */
  abstract membersOf(collaborationIds: readonly string[]): Promise<CollaborationMembership[]>;

  /** The collaborations the given municipalities belong to, per municipality ordered by name. */
  abstract collaborationsOf(municipalityCodes: readonly string[]): Promise<MemberCollaboration[]>;

  /** Creates the collaboration, or renames / re-kinds the one with this id. */
  abstract upsert(collaboration: CollaborationRecord): Promise<CollaborationRecord>;

  /**
   * Makes the municipality a member (idempotent). Throws CollaborationsException.notFound or
   * MunicipalitiesException.notFound, writing nothing, when either end does not exist.
   */
  abstract addMember(collaborationId: string, municipalityCode: string): Promise<void>;
}
