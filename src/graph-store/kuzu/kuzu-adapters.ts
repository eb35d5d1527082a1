import { type Provider } from '@nestjs/common';
import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository';
import { GraphImportRepository } from '../../seed/graph-import.repository';
import { GraphStore } from '../graph-store';
import { GraphImportKuzuRepository } from './graph-import.kuzu-repository';
import { type KuzuClient } from './kuzu-client';
import { KuzuGraphStore } from './kuzu-graph-store';
import { MunicipalitiesKuzuRepository } from './municipalities.kuzu-repository';

export const KUZU_CLIENT = Symbol('KUZU_CLIENT');

/** Every graph port with its Kuzu implementation. */
const ADAPTERS: ReadonlyArray<
  [port: abstract new (...args: never[]) => unknown, create: (client: KuzuClient) => unknown]
> = [
  [GraphStore, (client) => new KuzuGraphStore(client)],
  [GraphImportRepository, (client) => new GraphImportKuzuRepository(client)],
  [MunicipalitiesRepository, (client) => new MunicipalitiesKuzuRepository(client)],
];

export const kuzuAdapterProviders: Provider[] = ADAPTERS.map(([port, create]) => ({
  provide: port,
  useFactory: create,
  inject: [KUZU_CLIENT],
}));

export const kuzuGraphPorts = ADAPTERS.map(([port]) => port);
