import * as http from 'node:http';
import { type AddressInfo } from 'node:net';

/** A span as OTLP/HTTP JSON carries it (ids in hex). */
export interface ReceivedSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  readonly kind: number;
  readonly attributes: Record<string, string | number | boolean>;
  readonly status?: { code?: number };
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface OtlpJson {
  resourceSpans?: Array<{
    resource?: { attributes?: Array<{ key: string; value: OtlpValue }> };
    scopeSpans?: Array<{
      spans?: Array<
        Omit<ReceivedSpan, 'attributes'> & {
          attributes?: Array<{ key: string; value: OtlpValue }>;
        }
      >;
    }>;
  }>;
}

/** A request the receiver got, as it came. */
export interface ReceivedExport {
  readonly path: string;
  readonly contentType: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/**
 * A local OTLP/HTTP trace receiver, the part of an OpenTelemetry collector the service talks
 * to: it accepts POST /v1/traces, answers 200 as a collector does, and keeps what it got.
 */
export class OtlpReceiver {
  readonly exports: ReceivedExport[] = [];
  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(): Promise<OtlpReceiver> {
    const exports: ReceivedExport[] = [];
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        exports.push({
          path: request.url ?? '',
          contentType: request.headers['content-type'] ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks),
        });
        const json = (request.headers['content-type'] ?? '').includes('json');
        response
          .writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' })
          .end(json ? '{}' : undefined);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const receiver = new OtlpReceiver(
      server,
      `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    );
    (receiver as { exports: ReceivedExport[] }).exports = exports;
    return receiver;
  }

  /** Every span of the JSON exports received so far, with the service name of its resource. */
  spans(): Array<ReceivedSpan & { serviceName?: string }> {
    return this.exports
      .filter((received) => received.contentType.includes('json'))
      .flatMap((received) => {
        const parsed = JSON.parse(received.body.toString('utf8')) as OtlpJson;
        return (parsed.resourceSpans ?? []).flatMap((resourceSpans) => {
          const serviceName = attributesOf(resourceSpans.resource?.attributes)['service.name'];
          return (resourceSpans.scopeSpans ?? []).flatMap((scope) =>
            (scope.spans ?? []).map((span) => ({
              ...span,
              attributes: attributesOf(span.attributes),
              serviceName: typeof serviceName === 'string' ? serviceName : undefined,
            })),
          );
        });
      });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function attributesOf(
  attributes: Array<{ key: string; value: OtlpValue }> = [],
): Record<string, string | number | boolean> {
  return Object.fromEntries(
    attributes.map(({ key, value }) => [
      key,
      value.stringValue ?? value.boolValue ?? value.doubleValue ?? Number(value.intValue),
    ]),
  );
}
