import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  detectHeader,
  detectMapping,
  headerYear,
  readPreview,
  type NameIndexes,
  type PreviewRecord,
} from '../../src/import/detectMapping';
import { indicatorIndex, jurisdictionIndex } from '../../src/import/nameIndex';
import type { ColumnRole, Layout } from '../../src/import/types';
import { bundledCatalog } from './bundledCatalog';

// Wrong guesses of the mapping step that the first full Stryker run of detectMapping.ts found no test
// for, each named for what a user would see if the planted change shipped. A file of its own beside
// detectMapping.test.ts: Stryker's vitest runner reports no test locations, so any change to a test file
// makes an incremental run test every mutant again (an hour for this file); a new file does not.

const catalog = bundledCatalog();
const indexes: NameIndexes = {
  jurisdictions: jurisdictionIndex(catalog.jurisdictions),
  indicators: indicatorIndex(catalog.indicators),
};

const records = (...rows: string[][]): PreviewRecord[] => rows.map((cells, i) => ({ row: i + 1, cells }));

type Expect = { layout: Layout; roles: ColumnRole[] };

function guess(rows: string[][]): Expect {
  const m = detectMapping(records(...rows), 0, indexes, ';', 'auto');
  return { layout: m.layout, roles: m.columns.map((c) => c.role) };
}

describe('readPreview: a long text is cut at its last line end within 64 KiB', () => {
  it('a record past the cut is not read as a truncated record, nor in full', () => {
    const text = `${'a'.repeat(30_000)}\n${'b'.repeat(30_000)}\n${'c'.repeat(30_000)}\n`;
    expect(readPreview(text, ',').map((r) => [r.row, r.cells[0]!.length])).toEqual([
      [1, 30_000],
      [2, 30_000],
    ]);
  });
});

describe('detectDelimiter: consistency, field count and the usual count', () => {
  it.each<[string, string, string]>([
    // ',' leaves every line whole (one field each, "consistent"), ';' splits two of three lines:
    // a delimiter that splits nothing is never chosen
    ['a delimiter that splits no line does not win by being consistent', 'a;b\nc;d\ne\n', ';'],
    // ';' splits every line in two, ',' two of three lines in three: consistency outweighs the
    // third field (a field counts a thousandth, not a thousand times a line)
    ['a consistent split beats one with more fields on fewer lines', 'a;b,c,d\n1;2,3,4\n5;6,7\n', ';'],
    // the tab splits the lines into 3 and then 2 fields: a tie, the larger (3) is its usual count,
    // not the one seen last; ',' splits them into 1 and 2 (usual count 2)
    ['a tie between two field counts takes the larger, whichever comes first', 'd\te\tf\na,b\tc\n', '\t'],
    // ',' splits the lines into 2, 2, 1 and 3 fields (usual count 2: half the lines), ';' into 2, 2, 3
    // and 3 (a tie: the larger, 3, at half the lines too): the larger count wins, not the smaller
    [
      'a tie between two field counts takes the larger, not the smaller',
      'a,b;c\na,b;c\na;b;c\na,b,c;d;e\n',
      ';',
    ],
    // a spreadsheet writes its empty rows as bare delimiters (';'): blank for ';', one field for ','.
    // ';' splits every line that holds anything; ',' only three of five
    [
      'empty rows written as bare delimiters do not count against the delimiter',
      'a,b;c\na,b;c\na,b;c\n;\n;\n',
      ';',
    ],
  ])('%s', (_name, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('headerYear: only four digits, nothing before or after', () => {
  it.each<[string, string, number | null]>([
    // a fifth digit in front would be dropped by a year read without the start anchor
    ['a fifth digit in front is not a year', '02023', null],
    // a decimal part would be dropped by a year read without the end anchor
    ['a figure with a decimal part is not a year', '2023.0', null],
  ])('%s', (_name, header, year) => {
    expect(headerYear(header)).toBe(year);
  });
});

describe('detectHeader: indicator names alone make a header', () => {
  it('a record of indicator names below an unrecognised first record is the header', () => {
    expect(
      detectHeader(records(['甲', '乙'], ['x', '立案提案', '办复提案'], ['嘉兴', '1', '2']), indexes),
    ).toEqual({
      ok: true,
      index: 1,
    });
  });
});

describe('detectMapping: the thresholds and roles the first full run found untested', () => {
  it.each<{ name: string; rows: string[][]; expected: Expect }>([
    {
      name: 'a column with indicator names in half its cells is the indicator',
      rows: [
        ['甲', '乙', '丙'],
        ['嘉兴', '立案提案', '1'],
        ['吴兴', '某事', '2'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'indicator', 'value'] },
    },
    {
      name: 'a named column of numbers in four of five cells is an unknown indicator of a wide table',
      rows: [
        ['地区', '年份', '立案提案', '某指标'],
        ['嘉兴', '2023', '1', '1'],
        ['吴兴', '2023', '2', '2'],
        ['南湖', '2023', '3', '3'],
        ['秀洲', '2023', '4', '4'],
        ['海宁', '2023', '5', 'x'],
      ],
      expected: {
        layout: 'wide_indicators',
        roles: ['jurisdiction', 'year', 'indicator_column', 'indicator_column'],
      },
    },
    {
      name: 'an indicator column whose figures look like years is not taken for the year column',
      rows: [
        ['地区', '立案提案'],
        ['嘉兴', '2000'],
        ['吴兴', '2001'],
      ],
      expected: { layout: 'wide_indicators', roles: ['jurisdiction', 'indicator_column'] },
    },
    {
      name: 'numbers above 2199 are not years',
      rows: [
        ['地区', '乙', '数值'],
        ['嘉兴', '2200', '1'],
        ['吴兴', '2201', '2'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'ignore', 'value'] },
    },
    {
      name: 'a second column named for a role already taken stays ignored, whatever its cells hold',
      rows: [
        ['地区', '年份', '数值', '名称'],
        ['嘉兴', '2023', '1', '立案提案'],
        ['吴兴', '2023', '2', '办复提案'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'value', 'ignore'] },
    },
    {
      name: '单位 holding words of measure stays the unit when no place column is named',
      rows: [
        ['单位', '甲', '年份', '指标', '数值'],
        ['件', '嘉兴', '2023', '立案提案', '1'],
        ['件', '吴兴', '2023', '立案提案', '2'],
      ],
      expected: { layout: 'long', roles: ['unit', 'jurisdiction', 'year', 'indicator', 'value'] },
    },
  ])('$name', ({ rows, expected }) => {
    expect(guess(rows)).toEqual(expected);
  });
});
