import { OtlpReceiver } from '../support/otlp-receiver';
import { ensureBuilt, listening, run, storesIn } from '../support/service-process';
import { makeTempDir } from '../support/temp-dir';
import { startTestApp } from '../support/test-app';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';
const LOOKUP = 'query Lookup { municipality(code: "GM0363") { name } }';

/**
 * The service as operators run it (node dist/main.js): the OTLP exporter loads node:http with a
 * dynamic import, which Jest's module sandbox cannot run, and a real process is the better test.
 * Stopping it with SIGTERM flushes the spans still batched.
 */
async function runService<T>(
  env: Record<string, string>,
  use: (url: string) => Promise<T>,
): Promise<T> {
  const temp = makeTempDir('tracing');
  const service = run({ ...storesIn(temp.dir), ...env });
  let result: T;
  try {
    const port = await listening(service);
    result = await use(`http://127.0.0.1:${port}`);
  } finally {
    service.child.kill('SIGTERM');
    await service.exited;
    temp.remove();
  }
  // Only a clean stop flushes the spans the test then looks for.
  expect(await service.exited).toBe(0);
  return result;
}

describe('traces over OTLP (OpenTelemetry)', () => {
  let receiver: OtlpReceiver;

  beforeAll(() => ensureBuilt(), 300_000);
  beforeEach(async () => {
    receiver = await OtlpReceiver.start();
  });
  afterEach(() => receiver.close());

  const lookup = (url: string): Promise<Response> =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01`,
      },
      body: JSON.stringify({ query: LOOKUP, operationName: 'Lookup' }),
    });

  it('sends a span per request, per GraphQL operation and per store query, in the caller’s trace', async () => {
    await runService(
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20collector-secret',
        OTEL_SERVICE_NAME: 'kennissen-test',
      },
      async (url) => {
        expect((await lookup(url)).status).toBe(200);
        await fetch(`${url}/health/ready`);
      },
    );

    expect(receiver.exports.map((received) => received.path)).toContain('/v1/traces');
    expect(receiver.exports[0].headers.authorization).toBe('Bearer collector-secret');
    const spans = receiver.spans().filter((span) => span.traceId === TRACE_ID);
    const server = spans.find((span) => span.name === 'POST /graphql');
    expect(server).toBeDefined();
    expect(server!.parentSpanId).toBe(CALLER_SPAN_ID);
    expect(server!.serviceName).toBe('kennissen-test');
    expect(server!.attributes['http.response.status_code']).toBe(200);

    const operation = spans.find((span) => span.name === 'query municipality');
    expect(operation?.parentSpanId).toBe(server!.spanId);
    expect(operation!.attributes['graphql.operation.name']).toBe('Lookup');

    const queries = spans.filter((span) => span.parentSpanId === operation!.spanId);
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      expect(query.name).toMatch(/^read (kuzu|neo4j)$/);
      expect(query.attributes['db.query.text']).toEqual(expect.stringContaining('MATCH'));
      // The statement, never the values it was given.
      expect(query.attributes['db.query.text']).not.toContain('GM0363');
    }
    // Probes are not traced.
    expect(receiver.spans().some((span) => span.name.includes('/health'))).toBe(false);
  }, 120_000);

  it('sends OTLP protobuf by default', async () => {
    await runService({ OTEL_EXPORTER_OTLP_ENDPOINT: `${receiver.url}/` }, async (url) => {
      expect((await lookup(url)).status).toBe(200);
    });
    const sent = receiver.exports.filter((received) => received.path === '/v1/traces');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0].contentType).toBe('application/x-protobuf');
    // Protobuf keeps strings as they are: the span names can be found in the bytes.
    const bytes = Buffer.concat(sent.map((received) => received.body));
    expect(bytes.includes('query municipality')).toBe(true);
    expect(bytes.includes(Buffer.from(TRACE_ID, 'hex'))).toBe(true);
  }, 120_000);

  it('sends nothing when no endpoint is configured', async () => {
    const app = await startTestApp();
    try {
      expect((await lookup(app.url)).status).toBe(200);
    } finally {
      await app.close();
    }
    expect(receiver.exports).toEqual([]);
  });
});
