import { CsvSyntaxError, parseCsv } from './csv';

const fieldsOf = (text: string): string[][] => parseCsv(text).map((record) => record.fields);

describe('parseCsv', () => {
  it('splits plain records on commas and line ends', () => {
    expect(fieldsOf('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('reads the last record without a trailing newline', () => {
    expect(fieldsOf('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps commas, newlines and escaped quotes inside quoted fields', () => {
    const text = 'code,name\nGM0820,"Nuenen, Gerwen en Nederwetten"\nX,"say ""hi""\nnext line"\n';
    expect(fieldsOf(text)).toEqual([
      ['code', 'name'],
      ['GM0820', 'Nuenen, Gerwen en Nederwetten'],
      ['X', 'say "hi"\nnext line'],
    ]);
  });

  it('keeps empty fields, including a trailing one and an empty quoted one', () => {
    expect(fieldsOf('a,,c,\n"",x,""\n')).toEqual([
      ['a', '', 'c', ''],
      ['', 'x', ''],
    ]);
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    expect(fieldsOf('\uFEFFa,b\r\n"1\r\n2",3\r\n')).toEqual([
      ['a', 'b'],
      ['1\r\n2', '3'],
    ]);
  });

  it('skips empty lines but not a line holding one empty quoted field', () => {
    expect(fieldsOf('a\n\n\nb\n""\n')).toEqual([['a'], ['b'], ['']]);
  });

  it('returns no records for empty input', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\n\n')).toEqual([]);
  });

  it('reports the line each record starts on, counting newlines inside quotes', () => {
    const records = parseCsv('h1,h2\n"multi\nline",x\n\nlast,y\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
  });

  it('rejects an unclosed quoted field and names the line it opened on', () => {
    const sut = (): unknown => parseCsv('a,b\n1,"open\nstill open\n');
    expect(sut).toThrow(CsvSyntaxError);
    expect(sut).toThrow('line 2: a quoted field is not closed');
  });

  it('rejects text after a closing quote', () => {
    expect(() => parseCsv('a\n"b"c\n')).toThrow('line 2: unexpected text after a closing quote');
  });

  it('rejects a quote inside an unquoted field', () => {
    expect(() => parseCsv('a\n5" screen\n')).toThrow('line 2: a quote inside an unquoted field');
  });
});
