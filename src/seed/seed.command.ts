import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigurationError, loadConfig } from '../config/app-config';
import { GraphStore } from '../graph-store/graph-store';
import { GraphStoreModule } from '../graph-store/graph-store.module';
import { SeedModule } from './seed.module';
import { SeedService } from './seed.service';

/**
 * `npm run seed` — loads reference data and (re)loads the fictitious demo population into the
 * configured graph store. `npm run seed -- --reset` first removes every person, skill and
 * challenge (also ones created through the API). Stop the service first: Kuzu allows one
 * process per database directory.
 */
@Module({})
class SeedCommandModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SeedCommandModule,
      imports: [GraphStoreModule.forRoot(config), SeedModule],
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
      global: true,
    };
  }
}

async function main(): Promise<void> {
  const reset = process.argv.includes('--reset');
  const config = loadConfig(process.env);
  const app = await NestFactory.createApplicationContext(SeedCommandModule.forRoot(config), {
    logger: ['log', 'warn', 'error'],
  });
  try {
    await app.get(GraphStore).migrate();
    const seed = app.get(SeedService);
    await seed.loadReferenceData();
    await seed.loadDemo({ reset });
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigurationError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Seeding failed: ${message}\n`);
  process.exit(1);
});
