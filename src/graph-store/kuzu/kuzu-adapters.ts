import { ChallengesRepository } from '../../challenges/challenges.repository';
import { CollaborationsRepository } from '../../collaborations/collaborations.repository';
import { ExperiencesRepository } from '../../experiences/experiences.repository';
import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository';
import { GraphImportRepository } from '../../seed/graph-import.repository';
import { type AppConfig } from '../../config/app-config';
import { GraphStore } from '../graph-store';
import { type AdapterList, bindAdapters, type StoreBinding } from '../store-binding';
import { ChallengesKuzuRepository } from './challenges.kuzu-repository';
import { CollaborationsKuzuRepository } from './collaborations.kuzu-repository';
import { ExperiencesKuzuRepository } from './experiences.kuzu-repository';
import { MatchingRepository } from '../../matching/matching.repository';
import { MatchingKuzuRepository } from './matching.kuzu-repository';
import { GraphImportKuzuRepository } from './graph-import.kuzu-repository';
import { KuzuClient, type KuzuParams } from './kuzu-client';
import { GraphExportRepository } from '../../seed/graph-export.repository';
import { CypherGraphExport } from '../graph-export.adapter';
import { KuzuGraphStore } from './kuzu-graph-store';
import { MunicipalitiesKuzuRepository } from './municipalities.kuzu-repository';
import { PeopleRepository } from '../../people/people.repository';
import { PeopleKuzuRepository } from './people.kuzu-repository';
import { SkillsRepository } from '../../skills/skills.repository';
import { SkillsKuzuRepository } from './skills.kuzu-repository';
import { PeopleSearchRepository } from '../../search/people-search.repository';
import { PeopleSearchKuzuRepository } from './people-search.kuzu-repository';

/** Every graph port with its Kuzu implementation. */
export const KUZU_ADAPTERS: AdapterList<KuzuClient> = [
  [GraphStore, (client) => new KuzuGraphStore(client)],
  [GraphImportRepository, (client) => new GraphImportKuzuRepository(client)],
  [
    GraphExportRepository,
    (client) => new CypherGraphExport((query, params) => client.read(query, params as KuzuParams)),
  ],
  [MunicipalitiesRepository, (client) => new MunicipalitiesKuzuRepository(client)],
  [PeopleRepository, (client) => new PeopleKuzuRepository(client)],
  [SkillsRepository, (client) => new SkillsKuzuRepository(client)],
  [CollaborationsRepository, (client) => new CollaborationsKuzuRepository(client)],
  [ChallengesRepository, (client) => new ChallengesKuzuRepository(client)],
  [ExperiencesRepository, (client) => new ExperiencesKuzuRepository(client)],
  [PeopleSearchRepository, (client) => new PeopleSearchKuzuRepository(client)],
  [MatchingRepository, (client) => new MatchingKuzuRepository(client)],
];

export function kuzuBinding(config: AppConfig): StoreBinding {
  return bindAdapters(
    () => KuzuClient.open(config.KUZU_PATH, { bufferPoolMb: config.KUZU_BUFFER_POOL_MB }),
    KUZU_ADAPTERS,
  );
}
