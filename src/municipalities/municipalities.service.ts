import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { recordLoader, type RequestLoaders } from '../common/loaders/request-loaders';
import { type Page, type PageRequest } from '../common/pagination/page';
import { MunicipalitiesException } from './municipalities.exception';
import { MunicipalitiesRepository } from './municipalities.repository';
import { type MunicipalityFilter, type MunicipalityRecord } from './municipality.record';

@Injectable()
export class MunicipalitiesService {
  constructor(private readonly repository: MunicipalitiesRepository) {}

  async findByCode(code: string): Promise<MunicipalityRecord | null> {
    const [found] = await this.repository.findByCodes([code]);
    return found ?? null;
  }

  /** The municipality, or a NOT_FOUND error naming the code (for writes that refer to one). */
  async require(code: string): Promise<MunicipalityRecord> {
    const found = await this.findByCode(code);
    if (!found) throw MunicipalitiesException.notFound(code);
    return found;
  }

  findByCodes(codes: readonly string[]): Promise<MunicipalityRecord[]> {
    return this.repository.findByCodes(codes);
  }

  /** Per-request batched lookup by CBS code, for nested fields such as Person.municipality. */
  byCodeLoader(loaders: RequestLoaders): DataLoader<string, MunicipalityRecord | null> {
    return recordLoader(
      loaders,
      'municipalities.byCode',
      (keys) => this.repository.findByCodes(keys),
      (record) => record.code,
    );
  }

  list(filter: MunicipalityFilter, page: PageRequest): Promise<Page<MunicipalityRecord>> {
    return this.repository.list(filter, page);
  }
}
