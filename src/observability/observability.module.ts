import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  type DynamicModule,
  Global,
  Logger,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
  Optional,
} from '@nestjs/common';
import { Instrumentation } from '../common/observability/instrumentation';
import { projectRoot } from '../common/project-root';
import { type AppConfig } from '../config/app-config';
import { GraphStore } from '../graph-store/graph-store';
import { parseDatabaseUrl } from '../relational/database-url';
import { RelationalStore } from '../relational/relational-store';
import { GraphqlObserverPlugin } from './graphql-observer.plugin';
import { MetricsListener } from './metrics-endpoint';
import { ServiceInstrumentation } from './service-instrumentation';
import { ServiceMetrics } from './service-metrics';
import { tracesEndpoint, Tracing } from './tracing';

/**
 * Metrics (Prometheus, always collected; served on METRICS_PORT or with METRICS_TOKEN) and
 * traces (OpenTelemetry, when an OTLP endpoint is configured). Global: the stores and the rate
 * limiter report through the Instrumentation port it provides.
 */
@Global()
@Module({})
export class ObservabilityModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly metrics: ServiceMetrics,
    private readonly graphStore: GraphStore,
    private readonly relationalStore: RelationalStore,
    @Optional() private readonly tracing?: Tracing,
  ) {}

  static forRoot(config: AppConfig): DynamicModule {
    const version = serviceVersion();
    return {
      module: ObservabilityModule,
      providers: [
        {
          provide: ServiceMetrics,
          useFactory: () =>
            new ServiceMetrics({
              version,
              graphStore: config.GRAPH_STORE,
              relationalStore: parseDatabaseUrl(config.DATABASE_URL).driver,
            }),
        },
        {
          provide: Tracing,
          useFactory: () => {
            if (!config.tracingEnabled) return undefined;
            new Logger('Tracing').log(`Traces are sent to ${tracesEndpoint(config)}`);
            return Tracing.start(config, version);
          },
        },
        {
          provide: Instrumentation,
          useFactory: (metrics: ServiceMetrics, tracing: Tracing | undefined) =>
            new ServiceInstrumentation(metrics, tracing?.tracer ?? null),
          inject: [ServiceMetrics, Tracing],
        },
        GraphqlObserverPlugin,
        MetricsListener,
      ],
      exports: [ServiceMetrics, Tracing, Instrumentation, MetricsListener],
    };
  }

  onModuleInit(): void {
    this.metrics.watchStores([
      { store: 'graph', system: this.graphStore.name, circuit: this.graphStore.circuit },
      {
        store: 'relational',
        system: this.relationalStore.driver,
        circuit: this.relationalStore.circuit,
      },
    ]);
  }

  /** Sends the spans still buffered. */
  async onApplicationShutdown(): Promise<void> {
    await this.tracing?.shutdown();
  }
}

function serviceVersion(): string {
  const manifest = path.join(projectRoot(), 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}
