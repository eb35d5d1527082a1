import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { GraphStore } from '../graph-store/graph-store';
import { GraphTransferService } from '../seed/graph-transfer.service';
import { runCommand, withCommandContext } from './command';

/**
 * `npm run graph:export -- <file>` writes the configured graph store to a JSON Lines file;
 * `npm run graph:import -- <file>` loads such a file into the configured store (idempotent).
 * Moving the embedded store to Neo4j: export with GRAPH_STORE=kuzu, import with
 * GRAPH_STORE=neo4j (docs/operations.md). Stop the service first when the source is Kuzu.
 */
runCommand('Graph transfer failed', async () => {
  const [direction, file] = process.argv.slice(2);
  if ((direction !== 'export' && direction !== 'import') || !file) {
    throw new Error('usage: graph-transfer export <file> | graph-transfer import <file>');
  }
  const needs = { graph: true, providers: [GraphTransferService] };
  await withCommandContext(loadConfig(process.env), needs, async (context) => {
    const store = context.get(GraphStore);
    const transfer = context.get(GraphTransferService);
    const started = Date.now();
    const counts =
      direction === 'export'
        ? await transfer.exportTo(file, store.name)
        : await transfer.importFrom(file);
    const summary = Object.entries(counts)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ');
    process.stdout.write(
      `${direction === 'export' ? 'Exported' : 'Imported'} ${summary} (${store.name}, ${file}) in ${Date.now() - started} ms\n`,
    );
  });
});
