import { Injectable, Logger } from '@nestjs/common';
import { LearningRepository } from '../learning/learning.repository';
import { GraphImportRepository } from './graph-import.repository';
import { seedDemoPopulation, seedDemoProgrammes } from './demo-seeder';
import { generateDemoPopulation } from './demo/generate-demo-population';
import { generateDemoProgrammes } from './demo/programmes';
import { loadReferenceData } from './reference/reference-data';
import { seedReferenceData } from './reference-seeder';

@Injectable()
export class SeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly importer: GraphImportRepository,
    private readonly learning: LearningRepository,
  ) {}

  /** The real municipalities and collaborations; safe at every start. */
  async loadReferenceData(): Promise<void> {
    const data = loadReferenceData();
    await seedReferenceData(this.importer, data);
    this.logger.log(
      `Reference data: ${data.municipalities.length} municipalities, ${data.collaborations.length} collaborations, ${data.memberships.length} memberships`,
    );
  }

  /** Loads the demo population only into a graph without people, skills or challenges. */
  async loadDemoIfEmpty(): Promise<boolean> {
    const counts = await this.importer.counts();
    if (counts.people + counts.skills + counts.challenges > 0) {
      this.logger.log(
        'Demo population not loaded: the graph already holds people, skills or challenges',
      );
      return false;
    }
    await this.loadDemo();
    return true;
  }

  /** Loads (or restores) the demo population; `reset` first removes all non-reference data. */
  async loadDemo(options: { reset?: boolean } = {}): Promise<void> {
    if (options.reset) {
      await this.importer.removeNonReferenceData();
      this.logger.warn(
        'Removed all people, skills, challenges and learning programmes before reseeding',
      );
    }
    const started = Date.now();
    const reference = loadReferenceData();
    const demo = generateDemoPopulation(reference.municipalities);
    await seedDemoPopulation(this.importer, demo);
    const programmes = generateDemoProgrammes(demo, reference);
    await seedDemoProgrammes(this.learning, programmes);
    this.logger.log(
      `Demo population (fictitious): ${demo.people.length} people, ${demo.skills.length} skills, ${demo.challenges.length} challenges, ${demo.experiences.length} experiences, ${demo.acquaintances.length} acquaintances, ${programmes.programmes.length} learning programmes in ${Date.now() - started} ms`,
    );
  }
}
