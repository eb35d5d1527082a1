import { markdownTable } from './markdown-table';

describe('markdownTable', () => {
  it('pads cells to the column width, right-aligned columns on the left', () => {
    expect(
      markdownTable(
        ['store', 'p95'],
        ['left', 'right'],
        [
          ['kuzu', '4.2'],
          ['neo4j', '12.7'],
        ],
      ),
    ).toEqual(['| store |  p95 |', '| ----- | ---: |', '| kuzu  |  4.2 |', '| neo4j | 12.7 |']);
  });

  it('makes every column at least three wide', () => {
    expect(markdownTable(['a'], ['left'], [['x']])).toEqual(['| a   |', '| --- |', '| x   |']);
  });
});
