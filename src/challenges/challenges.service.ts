import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { CommonErrorCode, CommonException } from '../common/errors/common.exception';
import { recordLoader, type RequestLoaders } from '../common/loaders/request-loaders';
import { type Page, type PageRequest } from '../common/pagination/page';
import { type Caller } from '../common/request/caller';
import { assertMayWriteIn } from '../common/request/write-rules';
import { ChallengeStatus } from './challenge-status';
import {
  type ChallengeFilter,
  type ChallengePatch,
  type ChallengeRecord,
} from './challenge.record';
import { ChallengesRepository } from './challenges.repository';

export interface CreateChallenge {
  readonly title: string;
  readonly description: string;
  readonly theme?: string | null;
  readonly municipalityCode: string;
  readonly requiredSkillIds?: readonly string[] | null;
  readonly status?: ChallengeStatus | null;
}

export interface UpdateChallenge {
  readonly title?: string | null;
  readonly description?: string | null;
  /** null clears the theme; left out keeps it. */
  readonly theme?: string | null;
  readonly status?: ChallengeStatus | null;
  readonly requiredSkillIds?: readonly string[] | null;
}

// A challenge cursor carries createdAt as an ISO-8601 UTC timestamp.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

@Injectable()
export class ChallengesService {
  constructor(private readonly repository: ChallengesRepository) {}

  async findById(id: string): Promise<ChallengeRecord | null> {
    const [found] = await this.repository.findByIds([id]);
    return found ?? null;
  }

  /** Per-request batched lookup by id, for nested fields such as Experience.challenge. */
  byIdLoader(loaders: RequestLoaders): DataLoader<string, ChallengeRecord | null> {
    return recordLoader(
      loaders,
      'challenges.byId',
      (keys) => this.repository.findByIds(keys),
      (record) => record.id,
    );
  }

  async list(filter: ChallengeFilter, page: PageRequest): Promise<Page<ChallengeRecord>> {
    assertChallengeCursor(page);
    return await this.repository.list(filter, page);
  }

  /**
   * Per-request batched pages of each municipality's challenges. Every municipality in one
   * request is asked with the same arguments, so the loader is keyed by them.
   */
  byMunicipalityLoader(
    loaders: RequestLoaders,
    page: PageRequest,
  ): DataLoader<string, Page<ChallengeRecord>> {
    assertChallengeCursor(page);
    const name = `challenges.byMunicipality:${page.first}:${page.after?.join('|') ?? ''}`;
    return loaders.get(name, (codes: readonly string[]) =>
      this.repository.pagesByMunicipality(codes, page),
    );
  }

  /** The store checks, in the write's transaction, that the municipality and the skills exist. */
  async create(actor: Caller, input: CreateChallenge): Promise<ChallengeRecord> {
    assertMayWriteIn(actor, input.municipalityCode, 'the new challenge');
    const requiredSkillIds = [...(input.requiredSkillIds ?? [])];
    const now = new Date();
    return this.repository.create({
      id: randomUUID(),
      title: input.title,
      description: input.description,
      theme: input.theme ?? null,
      status: input.status ?? ChallengeStatus.OPEN,
      createdAt: now,
      updatedAt: now,
      municipalityCode: input.municipalityCode,
      requiredSkillIds: requiredSkillIds.sort(),
    });
  }

  /** Who may change it is decided on the stored challenge, inside the write's transaction. */
  async update(actor: Caller, id: string, input: UpdateChallenge): Promise<ChallengeRecord> {
    const requiredSkillIds = input.requiredSkillIds ? [...input.requiredSkillIds] : undefined;
    const patch: ChallengePatch = {
      title: input.title ?? undefined,
      description: input.description ?? undefined,
      theme: input.theme,
      status: input.status ?? undefined,
      requiredSkillIds: requiredSkillIds?.sort(),
      updatedAt: new Date(),
    };
    return this.repository.update(id, patch, (current) =>
      assertMayWriteIn(actor, current.municipalityCode, `challenge ${id}`),
    );
  }
}

function assertChallengeCursor(page: PageRequest): void {
  const createdAt = page.after?.[0];
  if (createdAt === undefined) return;
  if (
    typeof createdAt !== 'string' ||
    !ISO_INSTANT.test(createdAt) ||
    Number.isNaN(Date.parse(createdAt))
  ) {
    throw new CommonException(
      CommonErrorCode.INVALID_CURSOR,
      'The cursor is not valid for challenges. Pass the pageInfo.endCursor of a previous page of the same list, or leave "after" out to start at the first page.',
    );
  }
}
