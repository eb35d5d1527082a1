import { type Provider } from '@nestjs/common';
import { Instrumentation, NO_INSTRUMENTATION } from '../common/observability/instrumentation';

/** A graph repository port: an abstract class that is also its DI token. */
export type GraphPort = abstract new (...args: never[]) => unknown;

/**
 * Every port with the function that builds a store's adapter for it from the store's client and
 * the instrumentation its calls report to.
 */
export type AdapterList<Client> = ReadonlyArray<
  readonly [port: GraphPort, create: (client: Client, instrumentation: Instrumentation) => unknown]
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
        useFactory: (client: Client, instrumentation: Instrumentation | undefined) =>
          create(client, instrumentation ?? NO_INSTRUMENTATION),
        // Optional: the command-line tools build the stores without the observability module.
        inject: [clientToken, { token: Instrumentation, optional: true }],
      })),
    ],
    ports: adapters.map(([port]) => port),
  };
}
