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
      'an empty line after a quoted cell with a line break is still a row',
      'a,"x\ny"\n\nb,z\n',
      [
        [1, ['a', 'x\ny']],
        [2, ['']],
        [3, ['b', 'z']],
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
    [
      'an unclosed quote on a CRLF line: the next line is the next row, with no empty row between',
      'h,q\r\n2,"open\r\n3,x\r\n',
      [
        [1, ['h', 'q'], ''],
        [2, ['2', 'open'], 'unclosed_quote@1:line2'],
        [3, ['3', 'x'], ''],
      ],
    ],
    [
      'an unclosed quote, then an empty line: the empty line keeps its row',
      'h,q\n2,"open\n\n4,x\n',
      [
        [1, ['h', 'q'], ''],
        [2, ['2', 'open'], 'unclosed_quote@1:line2'],
        [3, [''], ''],
        [4, ['4', 'x'], ''],
      ],
    ],
    [
      'a quoted header, then a quote never closed: no quote of the header is taken for its end',
      '"h","q"\n1,"open\n2,x\n',
      [
        [1, ['h', 'q'], ''],
        [2, ['1', 'open'], 'unclosed_quote@1:line2'],
        [3, ['2', 'x'], ''],
      ],
    ],
    [
      'two malformed quotes in one row: the first one is reported',
      'h,q,r\n1,"a"b,"c"d\n',
      [
        [1, ['h', 'q', 'r'], ''],
        [2, ['1', '"a"b', '"c"d'], 'text_after_quote@1:line2'],
      ],
    ],
    [
      'CR-only line ends before a final LF: text after a closing quote is kept as written, not cut as unclosed',
      'h,q\r1,"a"b\r2,c\n',
      [
        [1, ['h', 'q'], ''],
        [2, ['1', '"a"b'], 'text_after_quote@1:line2'],
        [3, ['2', 'c'], ''],
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

// What the importer asks of a record besides its cells' text, each named for the bug it would show:
// a quote kept to the end read from the wrong span, a blank row taken for data, a 16-digit id read as
// a number, a record of many columns cut short, the progress bar never reaching its end.
describe('DelimitedReader: spans, blanks, integers and wide records', () => {
  /** Every record's cells read back from the spans kept for them, and from field(). */
  function spansAndFields(text: string) {
    const r = new DelimitedReader(text, ',');
    const out: Array<{ spans: string[]; fields: string[]; past: [number, number, string] }> = [];
    while (r.next()) {
      const n = r.count;
      out.push({
        spans: Array.from({ length: n }, (_, i) => r.spanText(r.fieldStart(i), r.fieldEnd(i))),
        fields: Array.from({ length: n }, (_, i) => r.field(i)),
        past: [r.fieldStart(n), r.fieldEnd(n), r.spanText(r.fieldStart(n), r.fieldEnd(n))],
      });
    }
    return out;
  }

  it('a quote kept as a span reads back as the cell it was, doubled quotes undone', () => {
    expect(spansAndFields('地区,原文\n嘉兴,"说""好"""\n"a,b",plain\n')).toEqual([
      { spans: ['地区', '原文'], fields: ['地区', '原文'], past: [-1, -1, ''] },
      { spans: ['嘉兴', '说"好"'], fields: ['嘉兴', '说"好"'], past: [-1, -1, ''] },
      { spans: ['a,b', 'plain'], fields: ['a,b', 'plain'], past: [-1, -1, ''] },
    ]);
  });

  it('an escaped span is marked as such (below -1), a plain one is where its text starts', () => {
    const r = new DelimitedReader('ab,"c""d"\n', ',');
    r.next();
    expect([r.fieldStart(0), r.fieldEnd(0), r.fieldStart(1), r.fieldEnd(1)]).toEqual([0, 2, -(4 + 2), 8]);
  });

  it('for any cells, every span reads back as its field', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '嘉', ',', '"', '\n', ' '), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 }), (rows) => {
        const text = Papa.unparse(rows, { newline: '\n', quotes: (v: unknown) => /[",\n]/.test(String(v)) });
        for (const { spans, fields, past } of spansAndFields(text)) {
          expect(spans).toEqual(fields);
          expect(past).toEqual([-1, -1, '']);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each<[string, string, boolean[]]>([
    ['an empty line', 'a\n\nb\n', [false, true, false]],
    ['a row of delimiters only (a spreadsheet’s empty row)', 'a,b\n,,\n', [false, true]],
    ['spaces and tabs only', 'a\n \t , \n', [false, true]],
    ['a cell holding text after blanks', ' ,x\n', [false]],
    ['a quoted empty cell and a quoted space', '"",\n" ",""\n', [true, true]],
    ['a quoted letter', '"",""\n"","a"\n', [true, false]],
    ['a row of delimiters after a longer row with text', 'a,b,c\n,\n', [false, true]],
  ])('a blank row is one with nothing but spaces and tabs: %s', (_, text, expected) => {
    const r = new DelimitedReader(text, ',');
    const blank: boolean[] = [];
    while (r.next()) blank.push(r.isBlank());
    expect(blank).toEqual(expected);
  });

  it.each<[string, string, number]>([
    ['zero', '0', 0],
    ['a year', '2023', 2023],
    ['fifteen digits', '123456789012345', 123456789012345],
    ['sixteen digits (beyond exact doubles: read the slow way)', '1234567890123456', -1],
    ['an empty cell', '', -1],
    ['a slash (the character before 0)', '12/3', -1],
    ['a colon (the character after 9)', '12:3', -1],
    ['a sign', '-1', -1],
    ['a decimal', '1.5', -1],
  ])('intField reads plain digits only: %s', (_, cell, expected) => {
    const r = new DelimitedReader(`${cell},x\n`, ',');
    r.next();
    expect([r.intField(0), r.intField(2)]).toEqual([expected, -1]);
  });

  it.each<[string, string, string, boolean]>([
    ['the same text', 'jiaxing,1\n', 'jiaxing', true],
    ['a longer text', 'jiaxing,1\n', 'jiaxingx', false],
    ['a text differing in its last character', 'jiaxing,1\n', 'jiaxinG', false],
    ['a text differing in its first character', 'jiaxing,1\n', 'Jiaxing', false],
    ['an empty cell and an empty text', ',1\n', '', true],
    ['an escaped cell (compared only once undone)', '"a""b",1\n', 'a""b', false],
    ['a quoted cell without doubled quotes', '"a,b",1\n', 'a,b', true],
  ])('fieldIs compares in place: %s', (_, text, probe, expected) => {
    const r = new DelimitedReader(text, ',');
    r.next();
    expect(r.fieldIs(0, probe)).toBe(expected);
    // past the last field only the empty text matches
    expect([r.fieldIs(2, ''), r.fieldIs(2, 'x')]).toEqual([true, false]);
  });

  it('a record of more than 32 cells keeps every cell (the field tables grow)', () => {
    const cells = Array.from({ length: 70 }, (_, i) => `c${i}`);
    const quoted = cells.map((c, i) => (i % 3 === 0 ? `"${c}"` : c));
    expect(readAll(`${cells.join(',')}\n${quoted.join(',')}\n`)).toEqual([
      [1, cells],
      [2, cells],
    ]);
  });

  it('progress runs from 0 to 1 over the text, and an empty text is done', () => {
    const r = new DelimitedReader('ab\ncd\n', ',');
    const seen = [r.progress()];
    while (r.next()) seen.push(r.progress());
    expect(seen).toEqual([0, 0.5, 1]);
    expect(new DelimitedReader('', ',').progress()).toBe(1);
  });

  it('the same cell text hashes the same whatever follows it: a delimiter, a line break or the end', () => {
    const r = new DelimitedReader('嘉兴,a\n嘉兴\n嘉兴\r\n嘉兴', ',');
    const hashes: number[] = [];
    while (r.next()) hashes.push(r.fieldHash(0));
    expect(hashes).toHaveLength(4);
    expect(new Set(hashes).size).toBe(1);
  });

  it('a short row after a longer one: its missing cells are empty, not the longer row’s cells', () => {
    const r = new DelimitedReader('1,23,456\n7\n', ',');
    r.next();
    r.next();
    expect({
      field: [r.field(1), r.field(2)],
      fieldIs: [r.fieldIs(1, ''), r.fieldIs(2, ''), r.fieldIs(1, '23'), r.fieldIs(2, '456')],
      intField: [r.intField(0), r.intField(1), r.intField(2)],
      fieldHash: [r.fieldHash(1), r.fieldHash(2)],
      span: [r.fieldStart(1), r.fieldEnd(1), r.fieldStart(2), r.fieldEnd(2)],
    }).toEqual({
      field: ['', ''],
      fieldIs: [true, true, false, false],
      intField: [7, -1, -1],
      fieldHash: [0, 0],
      span: [-1, -1, -1, -1],
    });
  });

  it('the same cell text hashes the same in every row; past the last cell the hash is 0', () => {
    const r = new DelimitedReader('嘉兴,a\n嘉兴,b\n', ',');
    const hashes: number[][] = [];
    while (r.next()) hashes.push([r.fieldHash(0), r.fieldHash(1), r.fieldHash(2)]);
    expect(hashes[0]![0]).toBe(hashes[1]![0]);
    expect(hashes[0]![1]).not.toBe(hashes[1]![1]);
    expect([hashes[0]![2], hashes[1]![2]]).toEqual([0, 0]);
  });
});

// The last record of a text without a final line break, on each of the reader's paths: its last cell
// must end at the end of the text (not one past it, where a read finds no character), and the progress
// bar must stop at 100%, not 120% for a two-line paste.
describe('DelimitedReader: a last line with no line break after it', () => {
  it.each<[string, string, string]>([
    ['plain cells', 'x,12', '12'],
    ['plain cells, then a bare CR', 'x,12\r', '12'],
    ['a plain cell after a quoted one', 'x,"q",12', '12'],
    ['a quoted last cell', 'x,"12"', '12'],
    ['a trailing delimiter after a quoted cell', 'x,"q",', ''],
    ['a plain cell after a quoted one holding a bare CR', '"a\rb",12', '12'],
    ['a trailing delimiter after a quoted cell holding a bare CR', '"a\rb",', ''],
    ['a quote never closed', 'x,"12', '12'],
  ])('%s: the last cell ends at the end of the text, and progress at 1', (_, text, cell) => {
    const r = new DelimitedReader(text, ',');
    expect(r.next()).toBe(true);
    const last = r.count - 1;
    expect([
      r.field(last),
      r.fieldIs(last, cell),
      r.intField(last),
      r.spanText(r.fieldStart(last), r.fieldEnd(last)),
      r.progress(),
      r.next(),
      r.progress(),
    ]).toEqual([cell, true, cell === '' ? -1 : Number(cell), cell, 1, false, 1]);
  });
});

/**
 * The text with its searches (indexOf, by the text searched for) and character reads (charCodeAt)
 * counted: how much work the reader does, independent of the machine's speed.
 */
function countingText(s: string) {
  const work = { searches: new Map<string, number>(), reads: 0 };
  const text = Object.assign(new String(s), {
    indexOf(search: string, from?: number) {
      work.searches.set(search, (work.searches.get(search) ?? 0) + 1);
      return s.indexOf(search, from);
    },
    charCodeAt(i: number) {
      work.reads++;
      return s.charCodeAt(i);
    },
  });
  return { text: text as unknown as string, work };
}

/** Reads every record of `lines` lines and returns the work done and the number of rows read. */
function workFor(make: (lines: number) => string, lines: number) {
  const { text, work } = countingText(make(lines));
  const r = new DelimitedReader(text, ',');
  let rows = 0;
  while (r.next()) rows++;
  return { rows, work };
}

// A million-row import runs through next() a million times: a search that runs to the end of the text
// on every line (for a quote, CR, LF or delimiter the file does not hold) makes it quadratic, and an
// import that took seconds takes hours. Counting the work keeps this from any timing.
describe('DelimitedReader: the work per line does not grow with the length of the text', () => {
  it.each<[string, (lines: number) => string, string]>([
    ['no quote (a file without quoted cells)', (n) => 'jiaxing,2023,12\n'.repeat(n), '"'],
    ['no CR (LF line ends)', (n) => 'jiaxing,2023,12\n'.repeat(n), '\r'],
    ['no LF (old Mac files: CR line ends)', (n) => 'jiaxing,2023,12\r'.repeat(n), '\n'],
    ['no delimiter (a one-column file)', (n) => '嘉兴\n'.repeat(n), ','],
  ])('a character the text does not hold is searched for once: %s', (_, make, absent) => {
    for (const lines of [10, 200]) {
      const { rows, work } = workFor(make, lines);
      expect([rows, work.searches.get(absent)]).toEqual([lines, 1]);
    }
  });

  it('a column of quoted cells is read in one pass: each cell’s search stops at its own closing quote', () => {
    for (const lines of [10, 200]) {
      const { rows, work } = workFor((n) => 'jiaxing,"a,b",2023\n'.repeat(n), lines);
      expect(rows).toBe(lines);
      expect(work.searches.get('"')).toBeLessThanOrEqual(2 * lines);
    }
  });

  // The fast paths: a line without quotes is split by searching for the delimiter, a line with quoted
  // cells cell by cell; only a bare CR or a quote running over lines is read character by character.
  const plain = 'jiaxing,公开发布数量统计表中的一项,2023';
  const quoted = 'jiaxing,"一段很长的原文，含逗号,和空格，还有更多的文字",2023';
  it.each<[string, (lines: number) => string, number]>([
    ['plain lines, LF', (n) => `${plain}\n`.repeat(n), 1],
    ['plain lines, CRLF (Excel)', (n) => `${plain}\r\n`.repeat(n), 1],
    ['plain lines, no final line break', (n) => `${plain}\n`.repeat(n).slice(0, -1), 1],
    ['a quoted cell per line, LF', (n) => `${quoted}\n`.repeat(n), 8],
    ['a quoted cell per line, CRLF (Excel)', (n) => `${quoted}\r\n`.repeat(n), 8],
  ])('a line is not read character by character: %s', (_, make, readsPerLine) => {
    const lines = 50;
    const { rows, work } = workFor(make, lines);
    expect(rows).toBe(lines);
    expect(work.reads).toBeLessThanOrEqual(readsPerLine * lines);
  });
});
