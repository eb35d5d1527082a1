import { type Page, type PageRequest } from '../../common/pagination/page';
import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository';
import {
  type MunicipalityFilter,
  type MunicipalityRecord,
} from '../../municipalities/municipality.record';
import { type Neo4jClient } from './neo4j-client';
import { readPage } from './neo4j-pages';
import { type Neo4jRow } from './neo4j-values';

const FIND_BY_CODES = `
  UNWIND $codes AS code
  MATCH (m:Municipality {code: code})
  RETURN m.code AS code, m.name AS name, m.province AS province, m.population AS population`;

// $search matches a name part (case-insensitive) or an exact code; $province an exact province.
const FILTER = `
  MATCH (m:Municipality)
  WHERE ($search IS NULL OR toLower(m.name) CONTAINS toLower($search) OR m.code = toUpper($search))
    AND ($province IS NULL OR m.province = $province)`;

// $afterKey / $afterId bind the keyset cursor (name, code).
const LIST = `${FILTER}
    AND ($afterKey IS NULL OR m.name > $afterKey OR (m.name = $afterKey AND m.code > $afterId))
  RETURN m.code AS code, m.name AS name, m.province AS province, m.population AS population
  ORDER BY m.name, m.code
  LIMIT $limit`;

const COUNT = `${FILTER} RETURN count(m) AS total`;

function toMunicipalityRecord(row: Neo4jRow): MunicipalityRecord {
  return {
    code: row.code as string,
    name: row.name as string,
    province: row.province as string,
    population: Number(row.population),
  };
}

export class MunicipalitiesNeo4jRepository extends MunicipalitiesRepository {
  constructor(private readonly client: Neo4jClient) {
    super();
  }

  async findByCodes(codes: readonly string[]): Promise<MunicipalityRecord[]> {
    if (codes.length === 0) return [];
    const rows = await this.client.read(FIND_BY_CODES, { codes: [...codes] });
    return rows.map(toMunicipalityRecord);
  }

  list(filter: MunicipalityFilter, page: PageRequest): Promise<Page<MunicipalityRecord>> {
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
