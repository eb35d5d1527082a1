import { type Provider } from '@nestjs/common';

/** A graph repository port: an abstract class that is also its DI token. */
export type GraphPort = abstract new (...args: never[]) => unknown;

/** Every port with the function that builds a store's adapter for it from the store's client. */
export type AdapterList<Client> = ReadonlyArray<
  readonly [port: GraphPort, create: (client: Client) => unknown]
>;

export interface StoreBinding {
  readonly providers: Provider[];
  readonly ports: GraphPort[];
}

/** Nest providers for one store: its client (opened once) and each port's adapter on it. */
export function bindAdapters<Client>(
  openClient: () => Client | Promise<Client>,
  adapters: AdapterList<Client>,
): StoreBinding {
  const clientToken = Symbol('GraphStoreClient');
  return {
    providers: [
      { provide: clientToken, useFactory: openClient },
      ...adapters.map(([port, create]) => ({
        provide: port,
        useFactory: create,
        inject: [clientToken],
      })),
    ],
    ports: adapters.map(([port]) => port),
  };
}
