import {
  type ExportBatch,
  type ExportKind,
  GraphExportRepository,
} from '../seed/graph-export.repository';
import { EXPORT_QUERIES } from './export-queries';
import { EXPORT_ROW_MAPPERS } from './export-rows';

/** How an export reads from a store: one read-only query with parameters. */
export type ReadQuery = (
  query: string,
  params: Record<string, unknown>,
) => Promise<Record<string, unknown>[]>;

/**
 * The export adapter of every store: the queries are shared Cypher (see export-queries.ts), so
 * a store contributes only its way of reading.
 */
export class CypherGraphExport extends GraphExportRepository {
  constructor(private readonly read: ReadQuery) {
    super();
  }

  async exportBatch<K extends ExportKind>(
    kind: K,
    after: string | null,
    limit: number,
  ): Promise<ExportBatch<K>> {
    const queries = EXPORT_QUERIES[kind];
    const ids = (await this.read(queries.keys, { after, limit })).map((row) => String(row.key));
    if (ids.length === 0) return { rows: [], next: null };
    const rows = (await this.read(queries.rows, { ids })).map(EXPORT_ROW_MAPPERS[kind]);
    return { rows, next: ids.length === limit ? ids[ids.length - 1] : null };
  }
}
