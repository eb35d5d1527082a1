import { Logger, Module } from '@nestjs/common';
import { Instrumentation } from '../common/observability/instrumentation';
import { RateLimitCounters } from '../common/request/rate-limit-counters';
import { AppConfig } from '../config/app-config';
import { parseDatabaseUrl } from '../relational/database-url';
import { PostgresRateLimitCounters } from '../relational/postgres-rate-limit-counters';
import { RelationalStore } from '../relational/relational-store';
import { MemoryRateLimitCounters, RequestRateLimiter } from './rate-limit';

/**
 * The one RequestRateLimiter of the service, shared by the GraphQL endpoint and the REST
 * exports (which count apart by endpoint). Its counters are in PostgreSQL when DATABASE_URL
 * names one, so that replicas share the limits, and in this process's memory on SQLite (one
 * instance). The PostgreSQL counters go through the relational store's circuit breaker, and their
 * pool is closed when the application shuts down.
 */
@Module({
  providers: [
    {
      provide: RateLimitCounters,
      useFactory: (config: AppConfig, relational: RelationalStore): RateLimitCounters => {
        const target = parseDatabaseUrl(config.DATABASE_URL);
        return target.driver === 'postgres'
          ? new PostgresRateLimitCounters(target.url, relational.circuit)
          : new MemoryRateLimitCounters();
      },
      inject: [AppConfig, RelationalStore],
    },
    {
      provide: RequestRateLimiter,
      useFactory: (
        config: AppConfig,
        counters: RateLimitCounters,
        instrumentation: Instrumentation | undefined,
      ): RequestRateLimiter => {
        new Logger('RateLimit').log(`Rate limits are counted in ${counters.description}`);
        return new RequestRateLimiter(
          {
            perClient: config.RATE_LIMIT_PER_CLIENT,
            perIp: config.RATE_LIMIT_PER_IP,
            windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
          },
          counters,
          instrumentation,
        );
      },
      inject: [AppConfig, RateLimitCounters, { token: Instrumentation, optional: true }],
    },
  ],
  exports: [RequestRateLimiter],
})
export class RateLimitModule {}
