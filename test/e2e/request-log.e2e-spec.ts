import { ensureBuilt, listening, run, storesIn } from '../support/service-process';
import { makeTempDir } from '../support/temp-dir';

const ADMIN_KEY = 'request-log-admin-key-0123456789abcdef';

interface LogLine {
  level: string;
  time: string;
  msg: string;
  correlationId?: string;
  operation?: string;
  callerKind?: string;
  callerId?: string;
  durationMs?: number;
  req?: { method: string; path: string };
  res?: { status: number };
}

/** The JSON lines the service wrote that are request lines (they carry req and res). */
function requestLines(stdout: string): LogLine[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)
    .filter((line) => line.req !== undefined && line.res !== undefined);
}

describe('the request log (LOG_FORMAT=json)', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('writes one JSON line per request with its correlation id, operation, status, duration and caller, and no secrets', async () => {
    const temp = makeTempDir('request-log');
    const service = run({
      ...storesIn(temp.dir),
      LOG_FORMAT: 'json',
      ADMIN_API_KEY: ADMIN_KEY,
    });
    try {
      const port = await listening(service);
      const graphql = (body: object, headers: Record<string, string> = {}) =>
        fetch(`http://127.0.0.1:${port}/graphql?token=not-for-the-log`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });

      const byIngress = await graphql(
        {
          query: 'query Lookup { municipality(code: "GM0363") { name } }',
          operationName: 'Lookup',
        },
        { 'x-request-id': 'ingress-req-0001', authorization: `Bearer ${ADMIN_KEY}` },
      );
      expect(byIngress.headers.get('x-correlation-id')).toBe('ingress-req-0001');
      const traced = await graphql(
        { query: '{ municipalities(first: 1) { totalCount } }' },
        { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
      );
      expect(traced.headers.get('x-correlation-id')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
      const refused = await graphql(
        { query: 'mutation { upsertSkill(input: { name: "Geheim" }) { id } }' },
        { 'x-request-id': 'ingress-req-0003', authorization: 'Bearer kn_wrong-key' },
      );
      const refusedBody = (await refused.json()) as {
        errors: Array<{ extensions: { code: string } }>;
      };
      expect(refusedBody.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));

      const lines = requestLines(service.stdout);
      const of = (id: string) => lines.filter((line) => line.correlationId === id);
      expect(of('ingress-req-0001')).toEqual([
        expect.objectContaining({
          level: 'info',
          msg: 'POST /graphql 200',
          operation: 'Lookup',
          callerKind: 'admin',
          callerId: 'admin',
          req: { method: 'POST', path: '/graphql' },
          res: { status: 200 },
        }),
      ]);
      expect(of('ingress-req-0001')[0].durationMs).toEqual(expect.any(Number));
      expect(of('4bf92f3577b34da6a3ce929d0e0e4736')).toEqual([
        expect.objectContaining({ operation: '(anonymous query)', callerKind: 'anonymous' }),
      ]);
      expect(of('ingress-req-0003')).toEqual([
        expect.objectContaining({
          res: { status: refused.status },
          msg: `POST /graphql ${refused.status}`,
          callerKind: 'rejected',
        }),
      ]);
      // Health probes are logged at debug only; every other request has exactly one line.
      expect(lines.filter((line) => line.req?.path.startsWith('/health'))).toEqual([]);
      expect(lines).toHaveLength(3);
      // Never the keys, the query string or the operation's text.
      expect(service.stdout).not.toContain(ADMIN_KEY);
      expect(service.stdout).not.toContain('kn_wrong-key');
      expect(service.stdout).not.toContain('not-for-the-log');
      expect(service.stdout).not.toContain('Geheim');
      expect(service.stdout).not.toContain('\u001b['); // no colours
    } finally {
      service.child.kill('SIGKILL');
      temp.remove();
    }
  });

  it('writes readable lines, without colours off a terminal, when LOG_FORMAT is left out outside production', async () => {
    const temp = makeTempDir('request-log-pretty');
    const service = run(storesIn(temp.dir));
    try {
      const port = await listening(service);
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'pretty-req-0001' },
        body: JSON.stringify({ query: '{ municipalities(first: 1) { totalCount } }' }),
      });
      expect(answer.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const line = service.stdout.split('\n').find((each) => each.includes('pretty-req-0001'));
      expect(line).toMatch(/INFO: POST \/graphql 200/);
      expect(line?.startsWith('{')).toBe(false);
      expect(service.stdout).not.toContain('\u001b[');
    } finally {
      service.child.kill('SIGKILL');
      temp.remove();
    }
  });
});
