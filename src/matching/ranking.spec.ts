import { rank, type RankCandidate } from './ranking';

const candidate = (
  id: string,
  score: number,
  municipalityCode = `GM-${id}`,
  unavailable = false,
): RankCandidate => ({ id, score, municipalityCode, unavailable });

describe('rank', () => {
  it('orders by score, ties by id, and cuts at first', () => {
    const sut = rank(
      [candidate('c', 0.5), candidate('a', 0.9), candidate('b', 0.5), candidate('d', 0.1)],
      3,
      0,
    );
    expect(sut).toEqual([
      { id: 'a', score: 0.9 },
      { id: 'b', score: 0.5 },
      { id: 'c', score: 0.5 },
    ]);
  });

  it('puts every unavailable person after every available one, whatever the scores', () => {
    const sut = rank([candidate('away', 0.99, 'X', true), candidate('here', 0.01)], 10, 0.03);
    expect(sut.map((each) => each.id)).toEqual(['here', 'away']);
  });

  it('fills the list with unavailable people only when too few are available', () => {
    const sut = rank([candidate('away', 0.99, 'X', true), candidate('here', 0.01)], 1, 0.03);
    expect(sut.map((each) => each.id)).toEqual(['here']);
  });

  it('spreads close scores over municipalities', () => {
    const sut = rank(
      [candidate('a1', 0.8, 'A'), candidate('a2', 0.79, 'A'), candidate('b1', 0.78, 'B')],
      3,
      0.03,
    );
    expect(sut.map((each) => each.id)).toEqual(['a1', 'b1', 'a2']);
    expect(sut[2].score).toBeCloseTo(0.76);
  });

  it('keeps a clearly better colleague ahead of the spread', () => {
    const sut = rank(
      [candidate('a1', 0.8, 'A'), candidate('a2', 0.7, 'A'), candidate('b1', 0.3, 'B')],
      3,
      0.03,
    );
    expect(sut.map((each) => each.id)).toEqual(['a1', 'a2', 'b1']);
  });

  it('never answers a negative score', () => {
    const sut = rank([candidate('a1', 0.01, 'A'), candidate('a2', 0.01, 'A')], 2, 0.03);
    expect(sut[1].score).toBe(0);
  });
});
