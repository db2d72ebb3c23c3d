import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DelimitedReader } from '../../src/import/delimitedReader';
import { detectDelimiter } from '../../src/import/detectMapping';

function readAll(text: string, delimiter = ','): Array<[number, string[]]> {
  const r = new DelimitedReader(text, delimiter);
  const out: Array<[number, string[]]> = [];
  while (r.next()) out.push([r.row, Array.from({ length: r.count }, (_, i) => r.field(i))]);
  return out;
}

describe('DelimitedReader splits records as a spreadsheet would', () => {
  it.each<[string, string, Array<[number, string[]]>]>([
    [
      'plain LF lines',
      'a,b\n1,2\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\n1,2\r\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'bare CR line ends (old Mac Excel)',
      'a,b\r1,2\r',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    ['quoted comma', 'a,"1,234"\n', [[1, ['a', '1,234']]]],
    [
      'quoted line break counts as one row',
      'a,"x\ny"\nb,z\n',
      [
        [1, ['a', 'x\ny']],
        [2, ['b', 'z']],
      ],
    ],
    ['doubled quotes', 'a,"say ""hi"""\n', [[1, ['a', 'say "hi"']]]],
    ['quoted CRLF inside a field', '"x\r\ny",1\r\n', [[1, ['x\r\ny', '1']]]],
    [
      'empty lines keep their row numbers',
      'a\n\nb\n',
      [
        [1, ['a']],
        [2, ['']],
        [3, ['b']],
      ],
    ],
    [
      'trailing delimiter gives an empty last field',
      'a,b,\n1,2,\n',
      [
        [1, ['a', 'b', '']],
        [2, ['1', '2', '']],
      ],
    ],
    ['trailing delimiter at end of text', 'a,', [[1, ['a', '']]]],
    [
      'an unclosed quote is cut at its line; the next line is a row of its own',
      'a,"open\nb,c',
      [
        [1, ['a', 'open']],
        [2, ['b', 'c']],
      ],
    ],
    [
      'a one-column file',
      '地区\n嘉兴\n',
      [
        [1, ['地区']],
        [2, ['嘉兴']],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(readAll(text)).toEqual(expected);
  });

  it('splits tab-separated cells pasted from Excel', () => {
    expect(readAll('地区\t数值\r\n嘉兴\t"1,234"\r\n', '\t')).toEqual([
      [1, ['地区', '数值']],
      [2, ['嘉兴', '1,234']],
    ]);
  });

  it('reads integers in place and compares fields without slicing', () => {
    const r = new DelimitedReader('jiaxing,2023,x1\n', ',');
    r.next();
    expect([
      r.intField(1),
      r.intField(2),
      r.fieldIs(0, 'jiaxing'),
      r.fieldIs(0, 'jiaxin'),
      r.fieldIs(5, ''),
    ]).toEqual([2023, -1, true, false, true]);
  });
});

describe('DelimitedReader reports malformed quotes instead of swallowing or dropping text', () => {
  const defects = (text: string) => {
    const r = new DelimitedReader(text, ',');
    const out: Array<[number, string[], string]> = [];
    while (r.next())
      out.push([
        r.row,
        Array.from({ length: r.count }, (_, i) => r.field(i)),
        r.defect ? `${r.defect.kind}@${r.defect.field}:line${r.defect.line}` : '',
      ]);
    return out;
  };
  it.each<[string, string, Array<[number, string[], string]>]>([
    [
      'never closed: every later row is still read',
      'h,q\n1,ok\n2,"open\n3,x\n4,y\n',
      [
        [1, ['h', 'q'], ''],
        [2, ['1', 'ok'], ''],
        [3, ['2', 'open'], 'unclosed_quote@1:line3'],
        [4, ['3', 'x'], ''],
        [5, ['4', 'y'], ''],
      ],
    ],
    [
      '"closed" lines later by the opening quote of another cell',
      'h,q\n2,"open\n3,"x"\n4,y\n',
      [
        [1, ['h', 'q'], ''],
        [2, ['2', 'open'], 'unclosed_quote@1:line2'],
        [3, ['3', 'x'], ''],
        [4, ['4', 'y'], ''],
      ],
    ],
    [
      'line numbers count the line breaks inside earlier quoted cells',
      'h,q\n1,"a\nb"\n2,"open\n',
      [
        [1, ['h', 'q'], ''],
        [2, ['1', 'a\nb'], ''],
        [3, ['2', 'open'], 'unclosed_quote@1:line4'],
      ],
    ],
    [
      'text after a closing quote is kept as written',
      'h,q\n1,"三服务"活动开展12次,z\n',
      [
        [1, ['h', 'q'], ''],
        [2, ['1', '"三服务"活动开展12次', 'z'], 'text_after_quote@1:line2'],
      ],
    ],
    [
      'text after a closing quote on a line with a bare CR',
      'h,q\r1,"a"b\r',
      [
        [1, ['h', 'q'], ''],
        [2, ['1', '"a"b'], 'text_after_quote@1:line2'],
      ],
    ],
    [
      'CR-only line ends (old Mac files): an unclosed quote names its own line',
      'h,q\r1,ok\r2,x\r3,"open\r4,y\r',
      [
        [1, ['h', 'q'], ''],
        [2, ['1', 'ok'], ''],
        [3, ['2', 'x'], ''],
        [4, ['3', 'open'], 'unclosed_quote@1:line4'],
        [5, ['4', 'y'], ''],
      ],
    ],
    [
      'CR-only line ends: a bare CR inside an earlier quoted cell counts as a line',
      'h,q\r1,"a\rb"\r2,"open\r',
      [
        [1, ['h', 'q'], ''],
        [2, ['1', 'a\rb'], ''],
        [3, ['2', 'open'], 'unclosed_quote@1:line4'],
      ],
    ],
    [
      'mixed CRLF, LF and CR line ends count one line each',
      'h,q\r\n1,a\n2,b\r3,"c"d\r\n',
      [
        [1, ['h', 'q'], ''],
        [2, ['1', 'a'], ''],
        [3, ['2', 'b'], ''],
        [4, ['3', '"c"d'], 'text_after_quote@1:line4'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(defects(text)).toEqual(expected);
  });
});

describe('detectDelimiter', () => {
  it.each<[string, string, string]>([
    ['commas', 'a,b,c\n1,2,3\n', ','],
    ['tabs', 'a\tb\tc\n1\t2\t3\n', '\t'],
    ['semicolons (European Excel)', 'a;b;c\n1;2,5;3\n', ';'],
    ['pipes', 'a|b\n1|2\n', '|'],
    ['commas inside quotes do not count', '"a,b";c\n"1,2";3\n', ';'],
    ['a one-column file falls back to comma', '地区\n嘉兴\n', ','],
  ])('%s', (_name, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('DelimitedReader agrees with papaparse on well-formed CSV', () => {
  it('for any cells, quoted as RFC 4180 requires, with LF or CRLF line ends', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', '嘉', ',', '"', '\n', '\r\n', ' ', '1', '\t', ';'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, newline) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const text = Papa.unparse(table, { newline, quotes: (v: unknown) => /[",\r\n]/.test(String(v)) });
          expect(readAll(text).map(([, cells]) => cells)).toEqual(table);
        },
      ),
      { numRuns: 300 },
    );
  });
});
