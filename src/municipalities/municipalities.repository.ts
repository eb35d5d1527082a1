import { type Page, type PageRequest, type SortKey } from '../common/pagination/page';
import { type MunicipalityFilter, type MunicipalityRecord } from './municipality.record';

/** Municipalities are listed by name, then code. */
export const municipalitySortKey = (record: MunicipalityRecord): SortKey => [
  record.name,
  record.code,
];

/** Port: reading municipalities from the graph store. */
export abstract class MunicipalitiesRepository {
  abstract findByCodes(codes: readonly string[]): Promise<MunicipalityRecord[]>;
  abstract list(filter: MunicipalityFilter, page: PageRequest): Promise<Page<MunicipalityRecord>>;
}
