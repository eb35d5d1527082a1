import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, loadConfig } from '../config/app-config';
import { GraphStore } from '../graph-store/graph-store';
import { GraphStoreModule } from '../graph-store/graph-store.module';
import { GraphTransferService } from './graph-transfer.service';

/**
 * `npm run graph:export -- <file>` writes the configured graph store to a JSON Lines file;
 * `npm run graph:import -- <file>` loads such a file into the configured store (idempotent).
 * Moving the embedded store to Neo4j: export with GRAPH_STORE=kuzu, import with
 * GRAPH_STORE=neo4j (docs/operations.md). Stop the service first when the source is Kuzu.
 */
@Module({})
class TransferModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: TransferModule,
      global: true,
      imports: [GraphStoreModule.forRoot(config)],
      providers: [{ provide: AppConfig, useValue: config }, GraphTransferService],
      exports: [AppConfig],
    };
  }
}

async function main(): Promise<void> {
  const [direction, file] = process.argv.slice(2);
  if ((direction !== 'export' && direction !== 'import') || !file) {
    throw new Error('usage: graph-transfer export <file> | graph-transfer import <file>');
  }
  const config = loadConfig(process.env);
  const app = await NestFactory.createApplicationContext(TransferModule.forRoot(config), {
    logger: ['warn', 'error'],
  });
  try {
    const store = app.get(GraphStore);
    await store.migrate();
    const transfer = app.get(GraphTransferService);
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
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Graph transfer failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
