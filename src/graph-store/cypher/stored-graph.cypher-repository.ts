import { type ExportKind, type ExportRows } from '../../seed/graph-export.repository';
import { type StoredKey, StoredGraphRepository } from '../../seed/stored-graph.repository';
import { type CypherClient } from './cypher-client';
import { EXPORT_QUERIES } from './export-queries';
import { EXPORT_ROW_MAPPERS } from './export-rows';
import { cypher } from './statement';

const SKILLS_BY_NAME_KEY = cypher<StoredKey, { keys: readonly string[] }>(`
  UNWIND $keys AS k MATCH (s:Skill {nameKey: k}) RETURN s.id AS id, k AS key`);

const PEOPLE_BY_EMAIL_KEY = cypher<StoredKey, { keys: readonly string[] }>(`
  UNWIND $keys AS k MATCH (p:Person {emailKey: k}) RETURN p.id AS id, k AS key`);

const MUNICIPALITY_CODES = cypher<{ code: string }>(
  'MATCH (m:Municipality) RETURN m.code AS code ORDER BY code',
);

/** The stored state for an import, in the export's shared statements (the same on every store). */
export class StoredGraphCypherRepository extends StoredGraphRepository {
  constructor(private readonly client: CypherClient) {
    super();
  }

  async rowsFor<K extends ExportKind>(kind: K, keys: readonly string[]): Promise<ExportRows[K][]> {
    if (keys.length === 0) return [];
    const rows = await this.client.read(EXPORT_QUERIES[kind].rows, { ids: keys });
    return rows.map(EXPORT_ROW_MAPPERS[kind]);
  }

  async skillsByNameKey(keys: readonly string[]): Promise<StoredKey[]> {
    if (keys.length === 0) return [];
    return (await this.client.read(SKILLS_BY_NAME_KEY, { keys })).map(storedKey);
  }

  async peopleByEmailKey(keys: readonly string[]): Promise<StoredKey[]> {
    if (keys.length === 0) return [];
    return (await this.client.read(PEOPLE_BY_EMAIL_KEY, { keys })).map(storedKey);
  }

  async municipalityCodes(): Promise<string[]> {
    return (await this.client.read(MUNICIPALITY_CODES)).map((row) => String(row.code));
  }
}

const storedKey = (row: StoredKey): StoredKey => ({ id: String(row.id), key: String(row.key) });
