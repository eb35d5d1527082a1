import {
  type ExportBatch,
  type ExportKind,
  GraphExportRepository,
} from '../../seed/graph-export.repository';
import { type CypherClient } from './cypher-client';
import { EXPORT_QUERIES } from './export-queries';
import { EXPORT_ROW_MAPPERS } from './export-rows';

/** The export adapter of every store: the statements are shared Cypher (see export-queries.ts). */
export class GraphExportCypherRepository extends GraphExportRepository {
  constructor(private readonly client: CypherClient) {
    super();
  }

  async exportBatch<K extends ExportKind>(
    kind: K,
    after: string | null,
    limit: number,
  ): Promise<ExportBatch<K>> {
    const queries = EXPORT_QUERIES[kind];
    const ids = (await this.client.read(queries.keys, { after, limit })).map((row) =>
      String(row.key),
    );
    if (ids.length === 0) return { rows: [], next: null };
    const rows = (await this.client.read(queries.rows, { ids })).map(EXPORT_ROW_MAPPERS[kind]);
    return { rows, next: ids.length === limit ? ids[ids.length - 1] : null };
  }
}
