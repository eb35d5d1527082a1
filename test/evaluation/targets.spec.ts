import { stackExchangeTarget, syntheticTarget } from './targets';

const metrics = (mrr: number, ndcg10 = 0) => ({ mrr, p1: 0, ndcg10, r10: 0 });

describe('targets', () => {
  it('synthetic: nDCG@10 of at least 0.90', () => {
    expect(syntheticTarget(metrics(0, 0.9))).toMatchObject({ met: true, required: 0.9 });
    const missed = syntheticTarget(metrics(0, 0.85));
    expect(missed.met).toBe(false);
    expect(missed.margin).toBeCloseTo(-0.05, 12);
  });

  it('Stack Exchange: MRR 10% above the best baseline', () => {
    const baselines = [
      { name: 'baseline: random', metrics: metrics(0.05) },
      { name: 'baseline: TF-IDF', metrics: metrics(0.4) },
    ];
    const sut = stackExchangeTarget(metrics(0.45), baselines);
    expect(sut.required).toBeCloseTo(0.44, 12);
    expect(sut.met).toBe(true);
    expect(sut.requirement).toContain('TF-IDF');
    expect(stackExchangeTarget(metrics(0.43), baselines).met).toBe(false);
  });
});
