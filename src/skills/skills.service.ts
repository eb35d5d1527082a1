import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { recordLoader, type RequestLoaders } from '../common/loaders/request-loaders';
import { type Page, type PageRequest } from '../common/pagination/page';
import { skillIdFromName } from './skill-id';
import { type SkillFilter, type SkillRecord } from './skill.record';
import { SkillsException } from './skills.exception';
import { SkillsRepository } from './skills.repository';

/** What upsertSkill asks for. Left out (undefined) keeps the current value; null clears it. */
export interface SkillChange {
  readonly id?: string;
  readonly name: string;
  readonly aliases?: readonly string[] | null;
  readonly category?: string | null;
  readonly escoUri?: string | null;
}

@Injectable()
export class SkillsService {
  constructor(private readonly repository: SkillsRepository) {}

  async findById(id: string): Promise<SkillRecord | null> {
    const [found] = await this.repository.findByIds([id]);
    return found ?? null;
  }

  /** Per-request batched lookup by id, for nested fields such as PersonSkill.skill. */
  byIdLoader(loaders: RequestLoaders): DataLoader<string, SkillRecord | null> {
    return recordLoader(
      loaders,
      'skills.byId',
      (keys) => this.repository.findByIds(keys),
      (record) => record.id,
    );
  }

  list(filter: SkillFilter, page: PageRequest): Promise<Page<SkillRecord>> {
    return this.repository.list(filter, page);
  }

  /**
   * Creates or updates a skill. Without an id the id is the slug of the name, so upserting the
   * same name twice updates one skill.
   */
  async upsert(input: SkillChange): Promise<SkillRecord> {
    const name = input.name.trim();
    const id = input.id ?? skillIdFromName(name);
    if (id === '') throw SkillsException.idNotDerivable();
    return this.repository.upsert(id, (current) => ({
      id,
      name,
      aliases:
        input.aliases === undefined
          ? (current?.aliases ?? [])
          : normaliseAliases(input.aliases ?? []),
      category: input.category === undefined ? (current?.category ?? null) : input.category,
      escoUri: input.escoUri === undefined ? (current?.escoUri ?? null) : input.escoUri,
    }));
  }
}

/** Trimmed, and each alias once (case-insensitive, first spelling wins). */
function normaliseAliases(aliases: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const alias of aliases.map((each) => each.trim())) {
    const key = alias.toLowerCase();
    if (alias === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(alias);
  }
  return result;
}
