import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { groupLoader, type RequestLoaders } from '../common/loaders/request-loaders';
import { type Page, type PageRequest } from '../common/pagination/page';
import { collaborationIdFromName } from './collaboration-id';
import { type CollaborationKind } from './collaboration-kind';
import { type CollaborationFilter, type CollaborationRecord } from './collaboration.record';
import { CollaborationsException } from './collaborations.exception';
import { CollaborationsRepository } from './collaborations.repository';

export interface UpsertCollaboration {
  readonly id?: string;
  readonly name: string;
  readonly kind: CollaborationKind;
}

@Injectable()
export class CollaborationsService {
  constructor(private readonly repository: CollaborationsRepository) {}

  async findById(id: string): Promise<CollaborationRecord | null> {
    const [found] = await this.repository.findByIds([id]);
    return found ?? null;
  }

  /** The collaboration, or a NOT_FOUND error naming the id. */
  async require(id: string): Promise<CollaborationRecord> {
    const found = await this.findById(id);
    if (!found) throw CollaborationsException.notFound(id);
    return found;
  }

  list(filter: CollaborationFilter, page: PageRequest): Promise<Page<CollaborationRecord>> {
    return this.repository.list(filter, page);
  }

  /** Per-request batched member codes of each collaboration, ordered by municipality name. */
  memberCodesLoader(loaders: RequestLoaders): DataLoader<string, string[]> {
    return groupLoader(
      loaders,
      'collaborations.memberCodes',
      (keys) => this.repository.membersOf(keys),
      (row) => row.collaborationId,
      (row) => row.municipalityCode,
    );
  }

  /** Per-request batched collaborations of each municipality, ordered by name. */
  byMunicipalityLoader(loaders: RequestLoaders): DataLoader<string, CollaborationRecord[]> {
    return groupLoader(
      loaders,
      'collaborations.byMunicipality',
      (keys) => this.repository.collaborationsOf(keys),
      (row) => row.municipalityCode,
      (row) => row.collaboration,
    );
  }

  /** Without an id, the id is derived from the name, so upserting the same name twice is idempotent. */
  async upsert(input: UpsertCollaboration): Promise<CollaborationRecord> {
    const id = input.id ?? collaborationIdFromName(input.name);
    if (!id) throw CollaborationsException.idRequired(input.name);
    return await this.repository.upsert({ id, name: input.name, kind: input.kind });
  }

  /**
   * Idempotent; the store checks in the same transaction that both exist (NOT_FOUND, writing
   * nothing, when either does not).
   */
  async addMember(collaborationId: string, municipalityCode: string): Promise<CollaborationRecord> {
    await this.repository.addMember(collaborationId, municipalityCode);
    return this.require(collaborationId);
  }
}
