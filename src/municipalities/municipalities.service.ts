import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { recordLoader, type RequestLoaders } from '../common/loaders/request-loaders';
import { type Page, type PageRequest } from '../common/pagination/page';
import { MunicipalitiesException } from './municipalities.exception';
import { MunicipalitiesRepository, municipalitySortKey } from './municipalities.repository';
import { type MunicipalityFilter, type MunicipalityRecord } from './municipality.record';

/** Pages of this size read every municipality (342 in 2026) in a few statements. */
const CATALOGUE_PAGE = 100;

/**
 * Municipalities are reference data: the service writes them from the reference files at every
 * start (SeedService) and nothing changes them while it runs — no mutation, and the bulk import
 * has no municipality file. So the catalogue read after start is kept for the process's life and
 * Person.municipality costs no store read. A code missing from it goes to the store, and what the
 * store has is kept as well.
 */
@Injectable()
export class MunicipalitiesService {
  private catalogue: Promise<Map<string, MunicipalityRecord>> | null = null;

  constructor(private readonly repository: MunicipalitiesRepository) {}

  async findByCode(code: string): Promise<MunicipalityRecord | null> {
    const [found] = await this.findByCodes([code]);
    return found ?? null;
  }

  /** The municipality, or a NOT_FOUND error naming the code (for writes that refer to one). */
  async require(code: string): Promise<MunicipalityRecord> {
    const found = await this.findByCode(code);
    if (!found) throw MunicipalitiesException.notFound(code);
    return found;
  }

  /** The municipalities with these codes, in no particular order; unknown codes are left out. */
  async findByCodes(codes: readonly string[]): Promise<MunicipalityRecord[]> {
    const known = await this.knownMunicipalities();
    const missing = codes.filter((code) => !known.has(code));
    const fromStore = missing.length > 0 ? await this.repository.findByCodes(missing) : [];
    for (const record of fromStore) known.set(record.code, record);
    return codes.flatMap((code) => known.get(code) ?? []);
  }

  /** Per-request batched lookup by CBS code, for nested fields such as Person.municipality. */
  byCodeLoader(loaders: RequestLoaders): DataLoader<string, MunicipalityRecord | null> {
    return recordLoader(
      loaders,
      'municipalities.byCode',
      (keys) => this.findByCodes(keys),
      (record) => record.code,
    );
  }

  list(filter: MunicipalityFilter, page: PageRequest): Promise<Page<MunicipalityRecord>> {
    return this.repository.list(filter, page);
  }

  private knownMunicipalities(): Promise<Map<string, MunicipalityRecord>> {
    this.catalogue ??= this.readCatalogue().catch((error: unknown) => {
      this.catalogue = null; // a store that was down is asked again next time
      throw error;
    });
    return this.catalogue;
  }

  private async readCatalogue(): Promise<Map<string, MunicipalityRecord>> {
    const byCode = new Map<string, MunicipalityRecord>();
    let page = await this.repository.list({}, { first: CATALOGUE_PAGE, after: null });
    for (;;) {
      for (const record of page.items) byCode.set(record.code, record);
      const last = page.items.at(-1);
      if (!page.hasNextPage || !last) return byCode;
      const after = municipalitySortKey(last);
      page = await this.repository.list({}, { first: CATALOGUE_PAGE, after });
    }
  }
}
