import { type Provider } from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { type StoreCircuit } from '../../common/availability/store-circuit';
import { ApiClientsRepository } from '../../api-clients/api-clients.repository';
import { AuditLogRepository } from '../../audit/audit-log.repository';
import { IntroductionsRepository } from '../../introductions/introductions.repository';
import { ExpertFeedbackRepository } from '../../matching/expert-feedback.repository';
import { OutboxRepository } from '../../outbox/outbox.repository';
import { type RelationalDriver } from '../database-url';
import { RelationalStore } from '../relational-store';
import { ApiClientTypeormRepository } from './api-client.typeorm-repository';
import { AuditLogTypeormRepository } from './audit-log.typeorm-repository';
import { IntroductionTypeormRepository } from './introduction.typeorm-repository';
import { ExpertFeedbackTypeormRepository } from './expert-feedback.typeorm-repository';
import { OutboxTypeormRepository } from './outbox.typeorm-repository';
import { TypeormRelationalStore } from './typeorm-relational-store';

/** Injection token of the open, migrated DataSource; only the adapters below receive it. */
export const RELATIONAL_DATA_SOURCE = Symbol('RELATIONAL_DATA_SOURCE');
/** Injection token of the PostgreSQL circuit breaker (null on SQLite, which is a file). */
export const RELATIONAL_CIRCUIT = Symbol('RELATIONAL_CIRCUIT');

type Port = abstract new (...args: never[]) => unknown;

/** Every relational port with its TypeORM implementation. */
function adapters(
  driver: RelationalDriver,
): ReadonlyArray<[Port, (dataSource: DataSource, circuit: StoreCircuit | null) => unknown]> {
  return [
    [
      RelationalStore,
      (dataSource, circuit) => new TypeormRelationalStore(dataSource, driver, circuit),
    ],
    [AuditLogRepository, (dataSource) => new AuditLogTypeormRepository(dataSource)],
    [ApiClientsRepository, (dataSource) => new ApiClientTypeormRepository(dataSource)],
    [IntroductionsRepository, (dataSource) => new IntroductionTypeormRepository(dataSource)],
    [OutboxRepository, (dataSource) => new OutboxTypeormRepository(dataSource)],
    [ExpertFeedbackRepository, (dataSource) => new ExpertFeedbackTypeormRepository(dataSource)],
  ];
}

export function typeormAdapterProviders(driver: RelationalDriver): Provider[] {
  return adapters(driver).map(([port, create]) => ({
    provide: port,
    useFactory: create,
    inject: [RELATIONAL_DATA_SOURCE, RELATIONAL_CIRCUIT],
  }));
}

export const relationalPorts: Port[] = adapters('sqlite').map(([port]) => port);
