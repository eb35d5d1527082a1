import { context, propagation, trace, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter as OtlpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { type AppConfig } from '../config/app-config';

/** The OTLP/HTTP port of an OpenTelemetry collector on this machine, the specification's default. */
const DEFAULT_ENDPOINT = 'http://localhost:4318';

/**
 * Traces sent over OTLP as the standard OTEL_* variables say (AppConfig.tracingEnabled: only when
 * an endpoint is set). The provider is registered globally for this process: OpenTelemetry keeps
 * the active span in one AsyncLocalStorage, which is how a store query finds its request's span.
 * Sampling follows OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG (read by the SDK itself).
 */
export class Tracing {
  readonly tracer: Tracer;

  private constructor(private readonly provider: NodeTracerProvider) {
    this.tracer = provider.getTracer('kennissen');
  }

  static start(config: AppConfig, version: string): Tracing {
    const provider = new NodeTracerProvider({
      resource: resourceFromAttributes({
        'service.name': config.OTEL_SERVICE_NAME,
        'service.version': version,
      }),
      spanProcessors: [new BatchSpanProcessor(exporter(config))],
    });
    provider.register();
    return new Tracing(provider);
  }

  /** Sends what is still buffered and unregisters, so a later start in this process is clean. */
  async shutdown(): Promise<void> {
    try {
      await this.provider.shutdown();
    } finally {
      trace.disable();
      context.disable();
      propagation.disable();
    }
  }
}

function exporter(config: AppConfig): OtlpJsonExporter | OtlpProtobufExporter {
  const options = {
    url: tracesEndpoint(config),
    headers: otlpHeaders(config.OTEL_EXPORTER_OTLP_HEADERS),
  };
  const protocol =
    config.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ??
    config.OTEL_EXPORTER_OTLP_PROTOCOL ??
    'http/protobuf';
  return protocol === 'http/json'
    ? new OtlpJsonExporter(options)
    : new OtlpProtobufExporter(options);
}

/** The signal-specific endpoint as given; the general one with /v1/traces appended (as specified). */
export function tracesEndpoint(config: AppConfig): string {
  if (config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  const base = config.OTEL_EXPORTER_OTLP_ENDPOINT ?? DEFAULT_ENDPOINT;
  return `${base.replace(/\/+$/, '')}/v1/traces`;
}

/** OTEL_EXPORTER_OTLP_HEADERS: comma-separated key=value pairs with percent-encoded values. */
export function otlpHeaders(value: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of value?.split(',') ?? []) {
    const separator = pair.indexOf('=');
    if (separator <= 0) continue;
    headers[pair.slice(0, separator).trim()] = percentDecoded(pair.slice(separator + 1).trim());
  }
  return headers;
}

function percentDecoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // a lone % is meant literally
  }
}
