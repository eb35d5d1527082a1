import { type Page, type PageRequest } from '../../common/pagination/page';
import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository';
import {
  type MunicipalityFilter,
  type MunicipalityRecord,
} from '../../municipalities/municipality.record';
import { type CypherClient } from './cypher-client';
import { type CountRow, type KeysetParams, readPage } from './pages';
import { cypher } from './statement';

type MunicipalityRow = MunicipalityRecord;
type Filter = { search: string | null; province: string | null };

const COLUMNS = `
  m.code AS code, m.name AS name, m.province AS province, m.population AS population`;

const FIND_BY_CODES = cypher<MunicipalityRow, { codes: readonly string[] }>(`
  UNWIND $codes AS code
  MATCH (m:Municipality {code: code})
  RETURN ${COLUMNS}`);

// $search matches a name part (case-insensitive) or an exact code; $province an exact province.
const FILTER = `
  MATCH (m:Municipality)
  WHERE ($search IS NULL OR toLower(m.name) CONTAINS toLower($search) OR m.code = toUpper($search))
    AND ($province IS NULL OR m.province = $province)`;

// $afterKey / $afterId bind the keyset cursor (name, code).
const LIST = cypher<MunicipalityRow, Filter & KeysetParams>(`${FILTER}
    AND ($afterKey IS NULL OR m.name > $afterKey OR (m.name = $afterKey AND m.code > $afterId))
  RETURN ${COLUMNS}
  ORDER BY m.name, m.code
  LIMIT $limit`);

const COUNT = cypher<CountRow, Filter>(`${FILTER} RETURN count(m) AS total`);

export class MunicipalitiesCypherRepository extends MunicipalitiesRepository {
  constructor(private readonly client: CypherClient) {
    super();
  }

  async findByCodes(codes: readonly string[]): Promise<MunicipalityRecord[]> {
    if (codes.length === 0) return [];
    return this.client.read(FIND_BY_CODES, { codes: [...codes] });
  }

  list(filter: MunicipalityFilter, page: PageRequest): Promise<Page<MunicipalityRecord>> {
    const params = { search: filter.search ?? null, province: filter.province ?? null };
    return readPage(this.client, { list: LIST, count: COUNT }, params, page, (row) => row);
  }
}
