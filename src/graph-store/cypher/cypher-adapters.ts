import { ChallengesRepository } from '../../challenges/challenges.repository';
import { CollaborationsRepository } from '../../collaborations/collaborations.repository';
import { type GraphStoreKind } from '../../config/app-config';
import { ExperiencesRepository } from '../../experiences/experiences.repository';
import { IntroductionOutcomesRepository } from '../../introductions/introduction-outcomes.repository';
import { LearningRepository } from '../../learning/learning.repository';
import { MatchingRepository } from '../../matching/matching.repository';
import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository';
import { PeopleRepository } from '../../people/people.repository';
import { PeopleSearchRepository } from '../../search/people-search.repository';
import { GraphExportRepository } from '../../seed/graph-export.repository';
import { GraphImportRepository } from '../../seed/graph-import.repository';
import { StoredGraphRepository } from '../../seed/stored-graph.repository';
import { SkillsRepository } from '../../skills/skills.repository';
import { SkillGapsRepository } from '../../gaps/skill-gaps.repository';
import { GraphStore } from '../graph-store';
import { type AdapterList, type GraphPort } from '../store-binding';
import {
  ChallengesCypherRepository,
  type ChallengeStoreQueries,
} from './challenges.cypher-repository';
import { CollaborationsCypherRepository } from './collaborations.cypher-repository';
import { type CypherClient } from './cypher-client';
import { ObservedCypherClient } from './observed-cypher-client';
import { type CypherDialect } from './cypher-dialect';
import { CypherGraphStore, type Migrator } from './cypher-graph-store';
import { ExperiencesCypherRepository } from './experiences.cypher-repository';
import { GraphExportCypherRepository } from './graph-export.cypher-repository';
import { IntroductionOutcomesCypherRepository } from './introduction-outcomes.cypher-repository';
import {
  GraphImportCypherRepository,
  type GraphImportStoreQueries,
} from './graph-import.cypher-repository';
import { LearningCypherRepository } from './learning.cypher-repository';
import { MatchingCypherRepository, type MatchingStoreQueries } from './matching.cypher-repository';
import { MunicipalitiesCypherRepository } from './municipalities.cypher-repository';
import {
  PeopleSearchCypherRepository,
  type PeopleSearchStoreQueries,
} from './people-search.cypher-repository';
import { PeopleCypherRepository, type PeopleStoreQueries } from './people.cypher-repository';
import { SkillGapsCypherRepository } from './skill-gaps.cypher-repository';
import { SkillsCypherRepository } from './skills.cypher-repository';
import { StoredGraphCypherRepository } from './stored-graph.cypher-repository';

/**
 * Everything that differs between two Cypher stores: the client, the migrator, the dialect and
 * the statements whose text differs, per aggregate. A missing statement fails to compile.
 */
export interface CypherStore<Client extends CypherClient> {
  readonly name: GraphStoreKind;
  /**
   * Whether the service may start while the store is unreachable and bring it up to date when
   * it comes back (a server), instead of refusing to start (an embedded store).
   */
  readonly canStartUnavailable: boolean;
  readonly migrate: Migrator<Client>;
  readonly dialect: CypherDialect;
  readonly people: PeopleStoreQueries;
  readonly challenges: ChallengeStoreQueries;
  readonly peopleSearch: PeopleSearchStoreQueries;
  readonly matching: MatchingStoreQueries;
  readonly graphImport: GraphImportStoreQueries;
}

/**
 * Every graph port with its one Cypher adapter, given a store's statements. The repositories get
 * the client observed (ObservedCypherClient), so every query the service answers with is measured.
 */
export function cypherAdapters<Client extends CypherClient>(
  store: CypherStore<Client>,
): AdapterList<Client> {
  const observed: AdapterList<Client> = repositoryAdapters(store).map(([port, create]) => [
    port,
    (client, instrumentation) =>
      create(new ObservedCypherClient(client, instrumentation, store.name)),
  ]);
  return [
    // The store's lifecycle (migrations, readiness probes) is not a query the service answers with.
    [
      GraphStore,
      (client) =>
        new CypherGraphStore(store.name, client, store.migrate, store.canStartUnavailable),
    ],
    ...observed,
  ];
}

function repositoryAdapters(
  store: Omit<CypherStore<CypherClient>, 'name' | 'canStartUnavailable' | 'migrate'>,
): ReadonlyArray<readonly [port: GraphPort, create: (client: CypherClient) => unknown]> {
  const { dialect } = store;
  return [
    [MunicipalitiesRepository, (client) => new MunicipalitiesCypherRepository(client)],
    [CollaborationsRepository, (client) => new CollaborationsCypherRepository(client)],
    [SkillsRepository, (client) => new SkillsCypherRepository(client)],
    [ExperiencesRepository, (client) => new ExperiencesCypherRepository(client)],
    [PeopleRepository, (client) => new PeopleCypherRepository(client, dialect, store.people)],
    [
      ChallengesRepository,
      (client) => new ChallengesCypherRepository(client, dialect, store.challenges),
    ],
    [
      PeopleSearchRepository,
      (client) => new PeopleSearchCypherRepository(client, store.peopleSearch),
    ],
    [MatchingRepository, (client) => new MatchingCypherRepository(client, dialect, store.matching)],
    [SkillGapsRepository, (client) => new SkillGapsCypherRepository(client)],
    [
      IntroductionOutcomesRepository,
      (client) => new IntroductionOutcomesCypherRepository(client, dialect),
    ],
    [LearningRepository, (client) => new LearningCypherRepository(client, dialect)],
    [GraphExportRepository, (client) => new GraphExportCypherRepository(client)],
    [
      GraphImportRepository,
      (client) => new GraphImportCypherRepository(client, dialect, store.graphImport),
    ],
    [StoredGraphRepository, (client) => new StoredGraphCypherRepository(client)],
  ];
}
