import { type Span, SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import {
  type ApiKeyCheck,
  Instrumentation,
  type StoreQuery,
} from '../common/observability/instrumentation';
import { storeQueryParent } from './request-trace';
import { type ServiceMetrics } from './service-metrics';

/** Longer statements are cut in traces; the start says which query it was. */
const MAX_QUERY_TEXT = 2_000;

/** OpenTelemetry's names for the database systems (db.system.name). */
const SYSTEM_NAMES = { neo4j: 'neo4j', kuzu: 'kuzu', postgres: 'postgresql', sqlite: 'sqlite' };

/** The Instrumentation port on Prometheus metrics and, when tracing is on, OpenTelemetry spans. */
export class ServiceInstrumentation extends Instrumentation {
  constructor(
    private readonly metrics: ServiceMetrics,
    private readonly tracer: Tracer | null,
  ) {
    super();
  }

  async storeQuery<T>(query: StoreQuery, run: () => Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    let ok = false;
    try {
      const result = await (this.tracer ? this.traced(this.tracer, query, run) : run());
      ok = true;
      return result;
    } finally {
      this.metrics.storeQuery(query, ok, Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  apiKeyChecked(check: ApiKeyCheck): void {
    this.metrics.apiKeyChecked(check);
  }

  rateLimitRefused(endpoint: string, limit: 'client' | 'address'): void {
    this.metrics.rateLimitRefused(endpoint, limit);
  }

  private traced<T>(tracer: Tracer, query: StoreQuery, run: () => Promise<T>): Promise<T> {
    const system = SYSTEM_NAMES[query.system];
    const attributes = {
      'db.system.name': system,
      'db.operation.name': query.kind,
      ...(query.text ? { 'db.query.text': query.text.slice(0, MAX_QUERY_TEXT) } : {}),
    };
    return tracer.startActiveSpan(
      `${query.kind} ${system}`,
      { kind: SpanKind.CLIENT, attributes },
      storeQueryParent(),
      async (span) => {
        try {
          return await run();
        } catch (error) {
          markFailed(span, error);
          throw error;
        } finally {
          span.end();
        }
      },
    );
  }
}

/**
 * Marks a span failed with the kind of error only: store messages can quote the values a query
 * was given, and traces must not carry personal data.
 */
export function markFailed(span: Span, error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  span.setStatus({ code: SpanStatusCode.ERROR });
  span.setAttribute(
    'error.type',
    typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown',
  );
}
