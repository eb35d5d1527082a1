import { GenerateOptionsError } from '../seed/generate/generate-import-files';
import { parseGenerateArgs, summaryText } from './generate-cli';

describe('parseGenerateArgs', () => {
  it('reads the flags the benchmark passes', () => {
    expect(
      parseGenerateArgs([
        '--scale',
        'national',
        '--out',
        'data/nl',
        '--seed',
        '7',
        '--format',
        'jsonl',
      ]),
    ).toEqual({
      scale: 'national',
      out: 'data/nl',
      seed: 7,
      format: 'jsonl',
      province: undefined,
      people: undefined,
      skills: undefined,
      challenges: undefined,
    });
  });

  it('reads the province and the size overrides', () => {
    expect(
      parseGenerateArgs([
        '--scale=regional',
        '--out=x',
        '--province=Utrecht',
        '--people=500',
        '--skills=300',
        '--challenges=0',
      ]),
    ).toMatchObject({
      scale: 'regional',
      province: 'Utrecht',
      people: 500,
      skills: 300,
      challenges: 0,
    });
  });

  it.each([
    [[], /--scale/],
    [['--scale', 'huge', '--out', 'x'], /--scale/],
    [['--scale', 'demo'], /--out/],
    [['--scale', 'demo', '--out', 'x', '--format', 'xml'], /--format/],
    [['--scale', 'demo', '--out', 'x', '--seed', '1.5'], /--seed/],
    [['--scale', 'demo', '--out', 'x', '--people', '0'], /--people/],
    [['--scale', 'demo', '--out', 'x', '--colour', 'red'], /colour/],
  ])('refuses %j', (args, message) => {
    expect(() => parseGenerateArgs(args)).toThrow(GenerateOptionsError);
    expect(() => parseGenerateArgs(args)).toThrow(message);
  });
});

describe('summaryText', () => {
  it('lists the files and the relationships per kind with their total', () => {
    const text = summaryText(
      {
        scale: 'regional',
        seed: 1,
        format: 'csv',
        out: 'out',
        municipalities: 56,
        counts: {
          skills: 2,
          people: 3,
          challenges: 1,
          relationships: {
            HAS_SKILL: 9,
            WORKS_AT: 3,
            REQUIRES: 2,
            FACES: 1,
            WORKED_ON: 2,
            KNOWS: 3,
          },
        },
        files: [{ kind: 'people', file: 'people.csv', records: 3, bytes: 2_097_152 }],
      },
      1.25,
      104_857_600,
    );
    expect(text).toContain('in 1.3 s, peak RSS 100.0 MB');
    expect(text).toMatch(/people\.csv\s+3 records\s+2\.0 MB/);
    expect(text).toContain(
      'HAS_SKILL 9, WORKS_AT 3, REQUIRES 2, FACES 1, WORKED_ON 2, KNOWS 3; total 20',
    );
  });
});
