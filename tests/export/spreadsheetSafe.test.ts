import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  CSV_MIME,
  escapeSpreadsheetCell,
  toCsv,
  toCsvWithBom,
  unescapeSpreadsheetText,
  UTF8_BOM,
  withUtf8Bom,
} from '../../src/export/spreadsheetSafe';

describe('escapeSpreadsheetCell neutralises formula payloads', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\n=1', "'\n=1"],
    ['=', "'="],
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['＝1+1', "'＝1+1"],
    ['－2', "'－2"],
    ['-', "'-"],
    ['-Infinity', "'-Infinity"],
    ['+86 571 1234', "'+86 571 1234"],
    // almost numbers: a sign followed by something a spreadsheet would still evaluate
    ['-1e', "'-1e"],
    ['-1e+', "'-1e+"],
    ['-.', "'-."],
    ['-1.2.3', "'-1.2.3"],
    ['-1x', "'-1x"],
    ['--1', "'--1"],
    ['-+1', "'-+1"],
    ['+e5', "'+e5"],
    ['-1e3e3', "'-1e3e3"],
    ['-1 ', "'-1 "],
    ['-1*2', "'-1*2"],
    ['+1-1', "'+1-1"],
    ['=1', "'=1"],
    ['=-1', "'=-1"],
    ['@1', "'@1"],
    ['\t1', "'\t1"],
    ['＋1', "'＋1"],
    ['＠A1', "'＠A1"],
  ])('%j → %j', (input, expected) => {
    expect(escapeSpreadsheetCell(input)).toBe(expected);
  });
});

describe('escapeSpreadsheetCell keeps data that is not a formula', () => {
  it.each<[string | number | null | undefined, string]>([
    ['-5', '-5'],
    ['+3', '+3'],
    ['-0.25', '-0.25'],
    ['-1e3', '-1e3'],
    ['-12.50', '-12.50'],
    ['+.5', '+.5'],
    ['-.25', '-.25'],
    ['-1.', '-1.'],
    ['-1E-3', '-1E-3'],
    ['+1e+10', '+1e+10'],
    ['-123e45', '-123e45'],
    ['-1.5e-10', '-1.5e-10'],
    [-1.5e-10, '-1.5e-10'],
    [1e21, '1e+21'],
    [Number.POSITIVE_INFINITY, ''],
    [Number.NEGATIVE_INFINITY, ''],
    [0, '0'],
    [-5, '-5'],
    [0.123, '0.123'],
    [-0, '0'],
    [Number.NaN, ''],
    [null, ''],
    [undefined, ''],
    ['提案办复率', '提案办复率'],
    ['九三学社杭州市委', '九三学社杭州市委'],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ])('%j → %j', (input, expected) => {
    expect(escapeSpreadsheetCell(input)).toBe(expected);
  });
});

describe('the escape is undone exactly on import', () => {
  it.each([
    ["'abc", "''abc"],
    ["'=x", "''=x"],
    ["'", "''"],
  ])('text starting with an apostrophe gets one more: %s → %s', (text, escaped) => {
    expect(escapeSpreadsheetCell(text)).toBe(escaped);
    expect(unescapeSpreadsheetText(escaped)).toBe(text);
  });

  it('unescape(escape(text)) is the text, for any text', () => {
    const unit = fc.constantFrom(
      "'",
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      '１',
      '＝',
      '－',
      'a',
      '1',
      '.',
      ' ',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit, maxLength: 6 })), (text) => {
        expect(unescapeSpreadsheetText(escapeSpreadsheetCell(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('an apostrophe an analyst typed before ordinary text is kept', () => {
    expect(unescapeSpreadsheetText("'abc")).toBe("'abc");
    expect(unescapeSpreadsheetText("'1")).toBe("'1");
  });
});

describe('toCsv', () => {
  it.each<[string, (string | number | null)[][], string]>([
    [
      'plain cells',
      [
        ['a', 1],
        ['b', null],
      ],
      'a,1\r\nb,\r\n',
    ],
    ['comma quoted', [['a,b']], '"a,b"\r\n'],
    ['quotes doubled', [['他说"好"']], '"他说""好"""\r\n'],
    ['newline quoted', [['第一行\n第二行']], '"第一行\n第二行"\r\n'],
    ['formula escaped then quoted', [['=1,2']], '"\'=1,2"\r\n'],
    ['leading LF escaped and quoted', [['\n=1']], '"\'\n=1"\r\n'],
    ['Chinese kept', [['嵊州', '提案', 237]], '嵊州,提案,237\r\n'],
  ])('%s', (_name, rows, expected) => {
    expect(toCsv(rows)).toBe(expected);
  });

  it('round-trips through an RFC 4180 parser with every cell shown as text', () => {
    const rows = [
      ['名称', '值'],
      ["=cmd|' /C calc'!A0", '-5'],
      ['a "quoted"\r\nline', '@SUM(1)'],
    ];
    const parsed = Papa.parse<string[]>(toCsv(rows).trimEnd(), { newline: '\r\n' }).data;
    expect(parsed).toEqual([
      ['名称', '值'],
      ["'=cmd|' /C calc'!A0", '-5'],
      ['a "quoted"\r\nline', "'@SUM(1)"],
    ]);
  });
});

describe('UTF-8 BOM', () => {
  it('is added once', () => {
    expect(withUtf8Bom('a')).toBe(`${UTF8_BOM}a`);
    expect(withUtf8Bom(withUtf8Bom('a'))).toBe(`${UTF8_BOM}a`);
  });

  it('starts the CSV and encodes to EF BB BF', () => {
    const bytes = new TextEncoder().encode(toCsvWithBom([['嵊州']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('CSV file type', () => {
  it('is CSV in UTF-8, so a download opens as a spreadsheet with Chinese intact', () => {
    expect(new Blob([toCsvWithBom([['嵊州']])], { type: CSV_MIME }).type).toBe('text/csv;charset=utf-8');
  });
});
