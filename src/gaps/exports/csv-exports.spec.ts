import { type CoverageMatrix } from '../coverage-matrix';
import { SUPPRESSED } from '../protected-count';
import { decimal, toCsv } from './csv-format';
import { skillCoverageCsv } from './skill-coverage.csv';

const BOM = '\uFEFF';

describe('CSV exports', () => {
  it('starts with a byte order mark and separates with ";" and a decimal comma by default', () => {
    const csv = toCsv(['naam', 'ernst'], [['Wmo; jeugd', 0.12345]], {
      separator: ';',
      kAnonymity: 5,
    });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('naam;ernst\r\n"Wmo; jeugd";0,123\r\n');
  });

  it('writes "," and a decimal point on request, quoting what needs it', () => {
    const csv = toCsv(['naam', 'ernst'], [['Financiën, "extra"', 2.5]], {
      separator: ',',
      kAnonymity: 5,
    });
    expect(csv.slice(1)).toBe('naam,ernst\r\n"Financiën, ""extra""",2.5\r\n');
    expect(decimal(1 / 3, ',')).toBe('0.333');
  });

  it('writes a coverage matrix as a table, suppressed cells as "<k", never as 0', () => {
    const matrix: CoverageMatrix = {
      collaboration: { id: 'hart', name: 'Hart van Brabant' },
      minLevel: 3,
      kAnonymity: 5,
      generatedAt: new Date('2026-12-04T12:00:00Z'),
      municipalities: [
        { code: 'GM0785', name: 'Goirle' },
        { code: 'GM0855', name: 'Tilburg' },
      ],
      skills: [
        { id: 'wmo', name: 'Wmo 2015' },
        { id: 'jeugdwet', name: 'Jeugdwet' },
      ],
      cells: [
        [
          { holders: SUPPRESSED, available: SUPPRESSED },
          { holders: { value: 0, suppressed: false }, available: { value: 0, suppressed: false } },
        ],
        [
          { holders: { value: 2, suppressed: false }, available: { value: 1, suppressed: false } },
          { holders: { value: 7, suppressed: false }, available: { value: 6, suppressed: false } },
        ],
      ],
    };
    expect(
      skillCoverageCsv(matrix, { separator: ';', kAnonymity: 5 }).slice(1).split('\r\n'),
    ).toEqual([
      'gemeente;cbs_code;Wmo 2015;Jeugdwet',
      'Goirle;GM0785;<5;0',
      'Tilburg;GM0855;2;7',
      '',
    ]);
  });
});
