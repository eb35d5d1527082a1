import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { SeedModule } from '../seed/seed.module';
import { SeedService } from '../seed/seed.service';
import { type CommandNeeds, runCommand, withCommandContext } from './command';

/**
 * `npm run seed` — loads reference data and (re)loads the fictitious demo population into the
 * configured graph store. `npm run seed -- --reset` first removes every person, skill and
 * challenge (also ones created through the API). Stop the service first: Kuzu allows one
 * process per database directory.
 */
runCommand('Seeding failed', async () => {
  const reset = process.argv.includes('--reset');
  const needs: CommandNeeds = {
    graph: true,
    imports: [SeedModule],
    logger: ['log', 'warn', 'error'],
  };
  await withCommandContext(loadConfig(process.env), needs, async (context) => {
    const seed = context.get(SeedService);
    await seed.loadReferenceData();
    await seed.loadDemo({ reset });
  });
});
