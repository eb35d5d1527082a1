import { randomUUID } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import { AdminWrites } from '../support/admin-writes';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_ADMIN_KEY } from '../support/test-config';

const SKILL_GAPS_HEADER = [
  'vaardigheid',
  'vaardigheid_id',
  'ernst',
  'uitdagingen_die_het_vragen',
  'vraag_gewogen',
  'mensen_op_niveau',
  'waarvan_beschikbaar',
  'telling_volledig',
  'beschikbaar_per_uitdaging',
  'bronnen',
];
const BOM = [0xef, 0xbb, 0xbf];
const DATE = '\\d{4}-\\d{2}-\\d{2}';

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  /** The body as UTF-8, without the byte order mark. */
  text: string;
}

interface ErrorBody {
  errors: Array<{ message: string; extensions: { code: string; reason?: string } }>;
}

/**
 * CSV as RFC 4180 writes it: fields split on `separator` outside double quotes, `""` inside
 * quotes for one quote, records ended by CRLF (a line break inside quotes stays in the field).
 */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === separator) {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error('Unterminated quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const A = 'GM0855'; // Tilburg
const B = 'GM0785'; // Goirle
const O = 'GM0824'; // Oisterwijk

/**
 * The HR exports over HTTP on one small world, made once (every test only reads it): Tilburg
 * faces an OPEN challenge needing `fin` and `wmo` and an IN_PROGRESS one needing `fin`; one
 * person of Tilburg has `fin`, three of Goirle have it (fewer than K = 5), nobody has `wmo`.
 * Tilburg, Goirle and Oisterwijk form a collaboration of this file's own.
 */
describe('HR exports (CSV and SVG)', () => {
  let app: TestApp;
  const run = randomUUID().slice(0, 8);
  const fin = { id: `export-${run}-fin`, name: `Financiën ${run}` };
  const wmo = { id: `export-${run}-wmo`, name: `Wmo-inkoop ${run}` };
  const collaborationId = `export-e2e-${run}`;
  const collaborationName = `Exportregio ${run}`;
  const keys = { hrA: '', readA: '' };

  /** GETs an export; `token` null sends no credentials. */
  const download = async (
    path: string,
    token: string | null = TEST_ADMIN_KEY,
  ): Promise<Download> => {
    const response = await fetch(`${app.url}${path}`, {
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const hasBom = bytes.subarray(0, 3).equals(Buffer.from(BOM));
    return {
      status: response.status,
      headers: response.headers,
      bytes,
      text: bytes.subarray(hasBom ? 3 : 0).toString('utf8'),
    };
  };
  const csvOf = (body: Download, separator = ';'): string[][] => {
    expect(body.status).toBe(200);
    expect([...body.bytes.subarray(0, 3)]).toEqual(BOM);
    expect(body.text.endsWith('\r\n')).toBe(true);
    return parseCsv(body.text, separator);
  };
  const rowOf = (rows: string[][], skillId: string): string[] => {
    const found = rows.find((row) => row[1] === skillId);
    if (!found) throw new Error(`No row for ${skillId}`);
    return found;
  };

  beforeAll(async () => {
    app = await startTestApp();
    const admin = new AdminWrites(app);
    await admin.collaboration(collaborationId, collaborationName, [A, B, O]);
    for (const skill of [fin, wmo]) await admin.skill(skill);
    keys.hrA = await admin.apiKey(A, ['HR']);
    keys.readA = await admin.apiKey(A, ['READ']);
    await admin.person(A, { [fin.id]: 4 });
    for (let i = 0; i < 3; i += 1) await admin.person(B, { [fin.id]: 3 });
    await admin.challenge(A, 'OPEN', [fin.id, wmo.id]);
    await admin.challenge(A, 'IN_PROGRESS', [fin.id]);
  }, 120_000);
  afterAll(() => app?.close());

  describe('GET /exports/skill-gaps.csv', () => {
    it('answers a UTF-8 CSV download with a BOM, ";" and a decimal comma by default', async () => {
      const body = await download(`/exports/skill-gaps.csv?municipalityCode=${A}`, keys.hrA);
      expect(body.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(body.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="skill-gaps-${A}-${DATE}\\.csv"$`),
      );
      const rows = csvOf(body);
      expect(rows[0]).toEqual(SKILL_GAPS_HEADER);
      expect(rows).toHaveLength(3);
      for (const row of rows) expect(row).toHaveLength(SKILL_GAPS_HEADER.length);
      // Most severe first: wmo (1 / (1 + 0)) before fin (1.75 / (1 + 1)).
      expect(rows.slice(1).map((row) => row[1])).toEqual([wmo.id, fin.id]);
      expect(rowOf(rows, wmo.id)).toEqual([
        wmo.name,
        wmo.id,
        '1',
        '1',
        '1',
        '0',
        '0',
        'ja',
        '0',
        '',
      ]);
      // Goirle's three are fewer than K: "<5" for HR of Tilburg.
      expect(rowOf(rows, fin.id)).toEqual([
        fin.name,
        fin.id,
        '0,875',
        '2',
        '1,75',
        '1',
        '1',
        'ja',
        '0,5',
        'Goirle (<5 beschikbaar, samenwerking)',
      ]);
      expect(body.text).not.toMatch(/Goirle \(3 /);
    });

    it('writes "," with a decimal point for sep=,', async () => {
      const body = await download(`/exports/skill-gaps.csv?municipalityCode=${A}&sep=,`, keys.hrA);
      expect(body.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const rows = csvOf(body, ',');
      expect(rows[0]).toEqual(SKILL_GAPS_HEADER);
      expect(body.text.split('\r\n')[0]).toBe(SKILL_GAPS_HEADER.join(','));
      expect(rowOf(rows, fin.id)).toEqual([
        fin.name,
        fin.id,
        '0.875',
        '2',
        '1.75',
        '1',
        '1',
        'ja',
        '0.5',
        'Goirle (<5 beschikbaar, samenwerking)',
      ]);
      // The field holding the separator is quoted.
      expect(body.text).toContain('"Goirle (<5 beschikbaar, samenwerking)"');
    });

    it('shows the administrator the exact counts', async () => {
      const rows = csvOf(await download(`/exports/skill-gaps.csv?municipalityCode=${A}`));
      expect(rowOf(rows, fin.id)[9]).toBe('Goirle (3 beschikbaar, samenwerking)');
    });

    it('exports a collaboration, marking totals with suppressed parts as incomplete', async () => {
      const body = await download(
        `/exports/skill-gaps.csv?collaborationId=${collaborationId}`,
        keys.hrA,
      );
      expect(body.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="skill-gaps-${collaborationId}-${DATE}\\.csv"$`),
      );
      const asHr = csvOf(body);
      // HR of Tilburg knows Tilburg's one; Goirle's three are suppressed, so the total is not complete.
      expect(rowOf(asHr, fin.id).slice(2, 9)).toEqual([
        '0,875',
        '2',
        '1,75',
        '1',
        '1',
        'nee',
        '0,5',
      ]);
      expect(rowOf(asHr, wmo.id)[7]).toBe('ja');
      const asAdmin = csvOf(
        await download(`/exports/skill-gaps.csv?collaborationId=${collaborationId}`),
      );
      expect(rowOf(asAdmin, fin.id).slice(2, 9)).toEqual([
        '0,35',
        '2',
        '1,75',
        '4',
        '4',
        'ja',
        '2',
      ]);
    });

    it('counts only people at minLevel or above', async () => {
      const rows = csvOf(
        await download(`/exports/skill-gaps.csv?municipalityCode=${A}&minLevel=4`),
      );
      // Goirle's people hold fin at level 3: no sources at level 4.
      expect(rowOf(rows, fin.id).slice(5, 7)).toEqual(['1', '1']);
      expect(rowOf(rows, fin.id)[9]).toBe('');
    });
  });

  describe('GET /exports/skill-coverage.csv', () => {
    it('answers members × skills, suppressed cells as "<5" for HR of another member', async () => {
      const body = await download(
        `/exports/skill-coverage.csv?collaborationId=${collaborationId}`,
        keys.hrA,
      );
      expect(body.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(body.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="skill-coverage-${collaborationId}-${DATE}\\.csv"$`),
      );
      // Columns: the skills most in demand first (fin: 1.75, wmo: 1); rows: members by name.
      expect(csvOf(body)).toEqual([
        ['gemeente', 'cbs_code', fin.name, wmo.name],
        ['Goirle', B, '<5', '0'],
        ['Oisterwijk', O, '0', '0'],
        ['Tilburg', A, '1', '0'],
      ]);
    });

    it('shows the administrator the exact counts, with "," for sep=,', async () => {
      const body = await download(
        `/exports/skill-coverage.csv?collaborationId=${collaborationId}&sep=,`,
      );
      expect(csvOf(body, ',')).toEqual([
        ['gemeente', 'cbs_code', fin.name, wmo.name],
        ['Goirle', B, '3', '0'],
        ['Oisterwijk', O, '0', '0'],
        ['Tilburg', A, '1', '0'],
      ]);
    });
  });

  describe('GET /exports/skill-coverage.svg', () => {
    it('answers an inline SVG heatmap naming the members, with suppressed cells not as numbers', async () => {
      const body = await download(
        `/exports/skill-coverage.svg?collaborationId=${collaborationId}`,
        keys.hrA,
      );
      expect(body.status).toBe(200);
      expect(body.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
      expect(body.headers.get('content-disposition')).toMatch(
        new RegExp(`^inline; filename="skill-coverage-${collaborationId}-${DATE}\\.svg"$`),
      );
      // An XML declaration may come first; then the svg root element.
      expect(body.text).toMatch(/^(<\?xml[^>]*\?>\s*)?<svg[\s>]/);
      expect(body.text.trimEnd().endsWith('</svg>')).toBe(true);
      for (const name of ['Goirle', 'Oisterwijk', 'Tilburg', collaborationName, fin.name]) {
        expect(body.text).toContain(name);
      }
      expect(body.text).toContain(`Goirle — ${fin.name}: minder dan 5 (niet getoond)`);
      expect(body.text).not.toContain(`Goirle — ${fin.name}: 3 mensen`);
      // It is an SVG an SVG renderer reads.
      const rendered = new Resvg(body.text, { font: { loadSystemFonts: false } });
      expect(rendered.width).toBeGreaterThan(0);
      expect(rendered.height).toBeGreaterThan(0);
    });

    it('shows the administrator the exact counts', async () => {
      const body = await download(`/exports/skill-coverage.svg?collaborationId=${collaborationId}`);
      expect(body.status).toBe(200);
      expect(body.text).toContain(`Goirle — ${fin.name}: 3 mensen (3 beschikbaar)`);
    });
  });

  describe('refusals, as JSON errors with the HTTP status', () => {
    const exportsOf = (): string[] => [
      `/exports/skill-gaps.csv?municipalityCode=${A}`,
      `/exports/skill-coverage.csv?collaborationId=${collaborationId}`,
      `/exports/skill-coverage.svg?collaborationId=${collaborationId}`,
    ];
    const expectRefusal = (
      body: Download,
      status: number,
      code: string,
      reason?: string,
      message?: RegExp,
    ): void => {
      expect(body.status).toBe(status);
      expect(body.headers.get('content-type')).toMatch(/^application\/json/);
      const parsed = JSON.parse(body.text) as ErrorBody;
      expect(parsed.errors).toHaveLength(1);
      expect(parsed.errors[0].extensions.code).toBe(code);
      if (reason) expect(parsed.errors[0].extensions.reason).toBe(reason);
      if (message) expect(parsed.errors[0].message).toMatch(message);
      expect(body.text).not.toMatch(/stack|at .*\.js:\d+/);
    };

    it('answers 401 UNAUTHENTICATED without credentials', async () => {
      for (const path of exportsOf()) {
        expectRefusal(await download(path, null), 401, 'UNAUTHENTICATED', undefined, /Bearer/);
      }
    });

    it('answers 401 UNAUTHENTICATED for an unknown key', async () => {
      const body = await download(exportsOf()[0], `kn_0123456789abcdef_${'A'.repeat(43)}`);
      expectRefusal(body, 401, 'UNAUTHENTICATED');
    });

    it('answers 403 FORBIDDEN to a read-only key', async () => {
      for (const path of exportsOf()) {
        expectRefusal(await download(path, keys.readA), 403, 'FORBIDDEN', undefined, /hr scope/);
      }
    });

    it.each([
      [
        'minLevel=9',
        `municipalityCode=${A}&minLevel=9`,
        /minLevel must be a whole number from 1 to 5/,
      ],
      ['minLevel=abc', `municipalityCode=${A}&minLevel=abc`, /minLevel must be a whole number/],
      ['municipalityCode=XYZ', 'municipalityCode=XYZ', /municipalityCode: /],
      ['sep=|', `municipalityCode=${A}&sep=|`, /sep must be ";"/],
    ])('answers 400 BAD_USER_INPUT for %s', async (_case, query, message) => {
      const body = await download(`/exports/skill-gaps.csv?${query}`, keys.hrA);
      expectRefusal(body, 400, 'BAD_USER_INPUT', undefined, message);
    });

    it.each([
      ['neither area', ''],
      ['both areas', `municipalityCode=${A}&collaborationId=${collaborationId}`],
    ])('answers 400 BAD_USER_INPUT for skill gaps of %s', async (_case, query) => {
      const body = await download(`/exports/skill-gaps.csv?${query}`, keys.hrA);
      expectRefusal(body, 400, 'BAD_USER_INPUT', 'GAP_AREA_INVALID');
    });

    it('answers 404 NOT_FOUND for an unknown municipality or collaboration', async () => {
      expectRefusal(
        await download('/exports/skill-gaps.csv?municipalityCode=GM9999', keys.hrA),
        404,
        'NOT_FOUND',
        undefined,
        /GM9999/,
      );
      for (const path of [
        '/exports/skill-gaps.csv?collaborationId=no-such-collaboration',
        '/exports/skill-coverage.csv?collaborationId=no-such-collaboration',
        '/exports/skill-coverage.svg?collaborationId=no-such-collaboration',
      ]) {
        expectRefusal(
          await download(path, keys.hrA),
          404,
          'NOT_FOUND',
          undefined,
          /"no-such-collaboration"/,
        );
      }
    });

    it.each([
      ['csv', `municipalityCode=${A}`],
      ['svg', `municipalityCode=${A}`],
      ['csv', ''],
      ['csv', `municipalityCode=${A}&collaborationId=${collaborationId}`],
    ])(
      'answers 400 for skill-coverage.%s without exactly a collaboration (%s)',
      async (ext, query) => {
        const body = await download(`/exports/skill-coverage.${ext}?${query}`, keys.hrA);
        expectRefusal(
          body,
          400,
          'BAD_USER_INPUT',
          'COVERAGE_NEEDS_COLLABORATION',
          /collaborationId/,
        );
      },
    );
  });
});
