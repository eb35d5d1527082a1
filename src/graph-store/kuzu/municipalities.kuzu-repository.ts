import { type Page, type PageRequest } from '../../common/pagination/page';
import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository';
import {
  type MunicipalityFilter,
  type MunicipalityRecord,
} from '../../municipalities/municipality.record';
import { type KuzuClient, type KuzuRow } from './kuzu-client';
import { readPage } from './kuzu-pages';

const FIND_BY_CODES = `
  UNWIND $codes AS code
  MATCH (m:Municipality {code: code})
  RETURN m.code AS code, m.name AS name, m.province AS province, m.population AS population`;

// $afterKey/$afterId bind the keyset cursor (name, code); $search matches a name part or an exact code.
const FILTER = `
  MATCH (m:Municipality)
  WHERE ($search IS NULL OR lower(m.name) CONTAINS lower($search) OR m.code = upper($search))
    AND ($province IS NULL OR m.province = $province)`;

const LIST = `${FILTER}
    AND ($afterKey IS NULL OR m.name > $afterKey OR (m.name = $afterKey AND m.code > $afterId))
  RETURN m.code AS code, m.name AS name, m.province AS province, m.population AS population
  ORDER BY m.name, m.code
  LIMIT $limit`;

const COUNT = `${FILTER} RETURN count(m) AS total`;

export function toMunicipalityRecord(row: KuzuRow): MunicipalityRecord {
  return {
    code: row.code as string,
    name: row.name as string,
    province: row.province as string,
    population: Number(row.population),
  };
}

export class MunicipalitiesKuzuRepository extends MunicipalitiesRepository {
  constructor(private readonly client: KuzuClient) {
    super();
  }

  async findByCodes(codes: readonly string[]): Promise<MunicipalityRecord[]> {
    if (codes.length === 0) return [];
    const rows = await this.client.read(FIND_BY_CODES, { codes: [...codes] });
    return rows.map(toMunicipalityRecord);
  }

  async list(filter: MunicipalityFilter, page: PageRequest): Promise<Page<MunicipalityRecord>> {
    const filterParams = { search: filter.search ?? null, province: filter.province ?? null };
    return readPage(
      this.client,
      { list: LIST, count: COUNT },
      filterParams,
      page,
      toMunicipalityRecord,
    );
  }
}
