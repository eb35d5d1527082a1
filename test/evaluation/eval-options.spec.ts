import { EvalUsageError, parseEvalOptions } from './eval-options';

describe('parseEvalOptions', () => {
  it('defaults to Kuzu, the fixture copy and docs/evaluation.md', () => {
    const sut = parseEvalOptions([]);
    expect(sut.store).toBe('kuzu');
    expect(sut.dataDir).toMatch(/test\/fixtures\/expert-eval$/);
    expect(sut.out).toMatch(/docs\/evaluation\.md$/);
    expect(sut.only).toBeNull();
  });

  it('reads every option', () => {
    const sut = parseEvalOptions([
      '--store',
      'neo4j',
      '--neo4j-uri',
      'bolt://127.0.0.1:7687',
      '--no-write',
      '--only',
      'beer,synthetic',
    ]);
    expect(sut).toMatchObject({
      store: 'neo4j',
      neo4jUri: 'bolt://127.0.0.1:7687',
      out: null,
      only: ['beer', 'synthetic'],
    });
  });

  it('refuses what it does not understand', () => {
    expect(() => parseEvalOptions(['--store', 'postgres'])).toThrow(EvalUsageError);
    expect(() => parseEvalOptions(['--store', 'neo4j'])).toThrow(/--neo4j-uri/);
    expect(() => parseEvalOptions(['--only', 'stackoverflow'])).toThrow(/unknown data set/);
    expect(() => parseEvalOptions(['--out'])).toThrow(/needs a value/);
    expect(() => parseEvalOptions(['--fast'])).toThrow(/unknown option/);
  });
});
