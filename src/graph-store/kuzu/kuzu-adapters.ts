import { type Provider } from '@nestjs/common';
import { ChallengesRepository } from '../../challenges/challenges.repository';
import { CollaborationsRepository } from '../../collaborations/collaborations.repository';
import { ExperiencesRepository } from '../../experiences/experiences.repository';
import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository';
import { GraphImportRepository } from '../../seed/graph-import.repository';
import { GraphStore } from '../graph-store';
import { ChallengesKuzuRepository } from './challenges.kuzu-repository';
import { CollaborationsKuzuRepository } from './collaborations.kuzu-repository';
import { ExperiencesKuzuRepository } from './experiences.kuzu-repository';
import { GraphImportKuzuRepository } from './graph-import.kuzu-repository';
import { type KuzuClient } from './kuzu-client';
import { KuzuGraphStore } from './kuzu-graph-store';
import { MunicipalitiesKuzuRepository } from './municipalities.kuzu-repository';
import { PeopleRepository } from '../../people/people.repository';
import { PeopleKuzuRepository } from './people.kuzu-repository';
import { SkillsRepository } from '../../skills/skills.repository';
import { SkillsKuzuRepository } from './skills.kuzu-repository';

export const KUZU_CLIENT = Symbol('KUZU_CLIENT');

/** Every graph port with its Kuzu implementation. */
const ADAPTERS: ReadonlyArray<
  [port: abstract new (...args: never[]) => unknown, create: (client: KuzuClient) => unknown]
> = [
  [GraphStore, (client) => new KuzuGraphStore(client)],
  [GraphImportRepository, (client) => new GraphImportKuzuRepository(client)],
  [MunicipalitiesRepository, (client) => new MunicipalitiesKuzuRepository(client)],
  [PeopleRepository, (client) => new PeopleKuzuRepository(client)],
  [SkillsRepository, (client) => new SkillsKuzuRepository(client)],
  [CollaborationsRepository, (client) => new CollaborationsKuzuRepository(client)],
  [ChallengesRepository, (client) => new ChallengesKuzuRepository(client)],
  [ExperiencesRepository, (client) => new ExperiencesKuzuRepository(client)],
];

export const kuzuAdapterProviders: Provider[] = ADAPTERS.map(([port, create]) => ({
  provide: port,
  useFactory: create,
  inject: [KUZU_CLIENT],
}));

export const kuzuGraphPorts = ADAPTERS.map(([port]) => port);
