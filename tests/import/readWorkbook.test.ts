import * as XLSX from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TABLE_COLUMNS, TABLE_NAMES } from '../../src/data/tables';
import { isWorkbook, readWorkbook, WorkbookError } from '../../src/import/workbook';

// The workbook reader on its own (workbook.test.ts imports whole workbooks): every cell as the text a
// CSV would hold, the sheet chosen, merged headers flattened. A cell read as it is displayed rather
// than stored, or the wrong sheet, changes the figures imported.

function book(
  sheets: Array<[string, XLSX.WorkSheet, boolean?]>,
  bookType: 'xlsx' | 'biff8' = 'xlsx',
): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
  wb.Workbook = { Sheets: sheets.map(([name, , hidden]) => ({ name, Hidden: hidden ? 1 : 0 })) };
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

const aoa = (rows: unknown[][]) => XLSX.utils.aoa_to_sheet(rows);

describe('cells as the text a CSV would hold', () => {
  const ws = aoa([['a'], [true, false, 1.5, 'x', null]]);
  const cells: Record<string, XLSX.CellObject> = {
    E2: { t: 'e', v: 7, w: '#DIV/0!' },
    F2: { t: 'n', v: 45000, z: 'yyyy-mm-dd' },
    G2: { t: 'n', v: 0.853, z: '0.0%' },
    H2: { t: 'n', v: 12.35, z: '0.0' },
    I2: { t: 'n', v: 45000, z: 'General' },
    J2: { t: 'n', v: 1234567.5, z: '#,##0' },
    K2: { t: 'n', v: 0.1, z: '0%' },
    L2: { t: 'n', v: -0.25, z: '0.00%' },
    M2: { t: 'n', v: 45000.5, z: 'm/d/yy h:mm' },
  };
  Object.assign(ws, cells, { '!ref': 'A1:O2' });

  it.each(['xlsx', 'biff8'] as const)('%s', async (type) => {
    const { rows } = await readWorkbook(book([['S', ws]], type));
    expect(rows).toEqual([
      ['a'],
      [
        'TRUE',
        'FALSE',
        '1.5',
        'x',
        '#DIV/0!',
        // a date shows as the date
        '2023-03-15',
        // a percent cell as the percentage written
        '85.3%',
        // a number as stored, not as displayed (12.4)
        '12.35',
        '45000',
        '1234567.5',
        '10%',
        '-25%',
        '3/15/23 12:00',
      ],
    ]);
  });

  // Excel's red-negative formats and units written in the format hold a d, m or y that is no date
  // part: read as a date, the cell gave its displayed text (12.4 for 12.35, or "1,235 yuan")
  it.each(['xlsx', 'biff8'] as const)(
    'a number whose format holds y, m or d as text is its exact value, not a date (%s)',
    async (type) => {
      const ws = aoa([['a']]);
      const cells: Record<string, XLSX.CellObject> = {
        A2: { t: 'n', v: 12.35, z: '0.0;[Red]-0.0' },
        B2: { t: 'n', v: -12.35, z: '#,##0.0_);[Red](#,##0.0)' },
        C2: { t: 'n', v: 1234.5, z: '#,##0 "yuan"' },
        D2: { t: 'n', v: 3.25, z: '0.0 "days"' },
        E2: { t: 'n', v: 12.35, z: '0.0" mm"' },
        F2: { t: 'n', v: 45000, z: '[$-804]yyyy"年"m"月"d"日"' },
        G2: { t: 'n', v: 0.5, z: 'h:mm' },
      };
      Object.assign(ws, cells, { '!ref': 'A1:G2' });
      const { rows } = await readWorkbook(book([['S', ws]], type));
      expect(rows[1]).toEqual(['12.35', '-12.35', '1234.5', '3.25', '12.35', '2023年3月15日', '12:00']);
    },
  );

  // a figure formatted as a date by mistake: Excel shows #### for a serial no date can show (negative,
  // past 9999), and SheetJS gives it no display text; read as that display, the figure became an
  // empty cell, reported as missing while the workbook holds it
  it.each(['xlsx', 'biff8'] as const)(
    'a number in a date format that cannot be shown as a date is its exact value, not an empty cell (%s)',
    async (type) => {
      const ws = aoa([['a']]);
      const cells: Record<string, XLSX.CellObject> = {
        A2: { t: 'n', v: -5, z: 'yyyy-mm-dd' },
        B2: { t: 'n', v: 3e9, z: 'yyyy-mm-dd' },
        // date formats SheetJS cannot apply (a quote never closed): no display text at all
        C2: { t: 'n', v: 45000, z: 'yyyy"' },
        D2: { t: 'n', v: 12.5, z: 'yyyy-mm-dd"x' },
      };
      Object.assign(ws, cells, { '!ref': 'A1:D2' });
      const { rows } = await readWorkbook(book([['S', ws]], type));
      expect(rows[1]).toEqual(['-5', '3000000000', '45000', '12.5']);
    },
  );

  // a text format's added words ('@"市"', '"Mr. "@') decorate the cell as a unit in a number format
  // does: the cell is the text typed (a place typed 嘉兴 stays 嘉兴), and true/false and errors keep
  // their own words
  it.each(['xlsx', 'biff8'] as const)(
    'text in a format that adds words is the text typed, not its display (%s)',
    async (type) => {
      const ws = aoa([['嘉兴', 'x', true]]);
      ws.A1!.z = '@"市"';
      ws.B1!.z = '"Mr. "@';
      ws.D1 = { t: 'e', v: 0x2b };
      ws['!ref'] = 'A1:D1';
      const { rows } = await readWorkbook(book([['S', ws]], type));
      expect(rows).toEqual([['嘉兴', 'x', 'TRUE', '#GETTING_DATA']]);
    },
  );

  // cellStyles makes SheetJS keep formatted empty cells as stubs (type z, no value): Excel writes one
  // for every empty cell given a border or a fill
  it('a formatted empty cell (a stub without a value) is empty, not the text "undefined"', async () => {
    const ws = aoa([['a', null, 'b']]);
    ws.B1 = { t: 'z' };
    ws.D1 = { t: 'z' };
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const bytes = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'biff8', sheetStubs: true }) as ArrayBuffer,
    );
    expect(XLSX.read(bytes, { type: 'array', cellStyles: true }).Sheets.S!.B1).toEqual({ t: 'z' });
    expect((await readWorkbook(bytes)).rows).toEqual([['a', '', 'b']]);
  });

  it('trailing empty cells are dropped, empty cells inside a row kept; an empty row is empty', async () => {
    const { rows } = await readWorkbook(book([['S', aoa([['a', null, 'b', null], [], [null, 'c']])]]));
    expect(rows).toEqual([['a', '', 'b'], [], ['', 'c']]);
  });
});

describe('two header rows with merged cells become one', () => {
  it('a group over its columns names each column below; a header merged down moves to the lower row', async () => {
    const ws = aoa([
      ['2023年各地政协履职数据统计表'],
      ['地区', '提案', null, '备注'],
      [null, '立案', '办复提案', null],
      ['嘉兴', 1, 2, 'x'],
    ]);
    ws['!merges'] = [
      { s: { r: 0, c: 0 }, e: { r: 0, c: 3 } },
      { s: { r: 1, c: 1 }, e: { r: 1, c: 2 } },
      { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
      { s: { r: 1, c: 3 }, e: { r: 2, c: 3 } },
    ];
    const { rows } = await readWorkbook(book([['S', ws]]));
    expect(rows).toEqual([
      ['2023年各地政协履职数据统计表'],
      ['', '', '', ''],
      ['地区', '立案提案', '办复提案', '备注'],
      ['嘉兴', '1', '2', 'x'],
    ]);
  });

  it('a header merged down over a lower cell that holds text stays where it is', async () => {
    const ws = aoa([
      ['地区', '数值'],
      ['名称', null],
    ]);
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 1, c: 0 } }];
    const { rows } = await readWorkbook(book([['S', ws]]));
    expect(rows).toEqual([['地区', '数值'], ['名称']]);
  });

  it('a merge over three rows or two columns is not a header merged down', async () => {
    const ws = aoa([
      ['地区', '数值', 'x'],
      [null, null, 'y'],
      [null, null, 'z'],
    ]);
    ws['!merges'] = [
      { s: { r: 0, c: 0 }, e: { r: 2, c: 0 } },
      { s: { r: 0, c: 1 }, e: { r: 1, c: 2 } },
    ];
    const { rows } = await readWorkbook(book([['S', ws]]));
    expect(rows).toEqual([
      ['地区', '数值', 'x'],
      ['', '', 'y'],
      ['', '', 'z'],
    ]);
  });

  it('a group merged over a single cell, an empty group, a merge in the last row are left alone', async () => {
    const ws = aoa([
      ['地区', '提案', null, '指标'],
      ['嘉兴', '立案', '办复', '数值'],
    ]);
    ws['!merges'] = [
      { s: { r: 0, c: 1 }, e: { r: 1, c: 1 } },
      { s: { r: 0, c: 2 }, e: { r: 0, c: 2 } },
      { s: { r: 1, c: 2 }, e: { r: 1, c: 3 } },
    ];
    const { rows } = await readWorkbook(book([['S', ws]]));
    expect(rows).toEqual([
      ['地区', '提案', '', '指标'],
      ['嘉兴', '立案', '办复', '数值'],
    ]);
  });

  it('a lower header that already names its group is not named twice; an empty one stays empty', async () => {
    const ws = aoa([
      ['地区', '提案', null, null],
      [null, '立案提案', '办复', null],
    ]);
    ws['!merges'] = [{ s: { r: 0, c: 1 }, e: { r: 0, c: 3 } }];
    const { rows } = await readWorkbook(book([['S', ws]]));
    expect(rows).toEqual([
      ['地区', '', '', ''],
      ['', '立案提案', '办复提案'],
    ]);
  });

  it.each<{ name: string; rows: unknown[][]; merges: XLSX.Range[]; expected: string[][] }>([
    {
      name: 'a title with a stray space cell in its row is still alone (blank cells are not headers)',
      rows: [
        ['统计表', null, ' '],
        ['地区', '数值'],
        ['嘉兴', 1],
      ],
      merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }],
      expected: [
        ['统计表', '', ' '],
        ['地区', '数值'],
        ['嘉兴', '1'],
      ],
    },
    {
      name: 'a "merge" of one cell is no group',
      rows: [
        ['地区', '提案', '指标'],
        ['嘉兴', '立案', '数值'],
      ],
      merges: [{ s: { r: 0, c: 1 }, e: { r: 0, c: 1 } }],
      expected: [
        ['地区', '提案', '指标'],
        ['嘉兴', '立案', '数值'],
      ],
    },
    {
      name: 'a group names every column under it, the last one too',
      rows: [
        ['地区', '提案', null],
        [null, '立案', '办复'],
      ],
      merges: [{ s: { r: 0, c: 1 }, e: { r: 0, c: 2 } }],
      expected: [
        ['地区', '', ''],
        ['', '立案提案', '办复提案'],
      ],
    },
    {
      name: 'a header merged down past the last row is left alone',
      rows: [
        ['地区', '数值'],
        ['嘉兴', 1],
      ],
      merges: [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }],
      expected: [
        ['地区', '数值'],
        ['嘉兴', '1'],
      ],
    },
    {
      // the header row's empty cells at its end are trimmed: the group cell is past the row's end
      name: 'a merge over empty header cells past the row’s end names nothing below',
      rows: [
        ['地区', '数值'],
        [null, '立案', '办复', '数值'],
      ],
      merges: [{ s: { r: 0, c: 2 }, e: { r: 0, c: 3 } }],
      expected: [
        ['地区', '数值'],
        ['', '立案', '办复', '数值'],
      ],
    },
    {
      name: 'an empty header merged down past the row’s end moves nothing',
      rows: [['地区', '数值'], ['嘉兴']],
      merges: [{ s: { r: 0, c: 3 }, e: { r: 1, c: 3 } }],
      expected: [
        ['地区', '数值', '', ''],
        ['嘉兴', '', '', ''],
      ],
    },
  ])('$name', async ({ rows, merges, expected }) => {
    const ws = aoa(rows);
    ws['!merges'] = merges;
    const read = (await readWorkbook(book([['S', ws]]))).rows;
    // a cell never written is a hole in its row, which every reader takes as empty
    expect(read.map((r) => Array.from(r, (c) => c ?? ''))).toEqual(expected);
  });

  it('a title merged across the table is alone in its row: not a group', async () => {
    const ws = aoa([
      ['统计表', null],
      ['地区', '数值'],
      ['嘉兴', 1],
    ]);
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
    const { rows } = await readWorkbook(book([['S', ws]]));
    expect(rows).toEqual([['统计表'], ['地区', '数值'], ['嘉兴', '1']]);
  });
});

describe('the sheet read', () => {
  const data = (v: string) =>
    aoa([
      ['地区', '数值'],
      [v, 1],
    ]);

  it('the first visible sheet that holds data, with every sheet listed', async () => {
    const out = await readWorkbook(
      book([
        ['空', XLSX.utils.aoa_to_sheet([])],
        ['旧', data('a'), true],
        ['新', data('b')],
      ]),
    );
    expect(out.sheets).toEqual([
      { name: '空', hidden: false },
      { name: '旧', hidden: true },
      { name: '新', hidden: false },
    ]);
    expect(out.sheet).toEqual({ name: '新', hidden: false });
    expect(out.rows[1]).toEqual(['b', '1']);
    expect(out.dataset).toBeNull();
  });

  it('the sheet asked for, hidden or not', async () => {
    const out = await readWorkbook(
      book([
        ['旧', data('a'), true],
        ['新', data('b')],
      ]),
      '旧',
    );
    expect(out.sheet).toEqual({ name: '旧', hidden: true });
  });

  it('a sheet asked for that is not there: the first visible one with data', async () => {
    const out = await readWorkbook(
      book([
        ['旧', data('a'), true],
        ['新', data('b')],
      ]),
      '别的',
    );
    expect(out.sheet.name).toBe('新');
  });

  it('every sheet hidden: the first holding data', async () => {
    const out = await readWorkbook(
      book([
        ['空', XLSX.utils.aoa_to_sheet([]), true],
        ['旧', data('a'), true],
      ]),
    );
    expect(out.sheet.name).toBe('旧');
  });

  it('rows hidden in Excel, 1-based', async () => {
    const ws = aoa([['地区'], ['a'], ['b'], ['c']]);
    ws['!rows'] = [{}, { hidden: true }, {}, { hidden: true }];
    expect((await readWorkbook(book([['S', ws]]))).hiddenRows).toEqual([2, 4]);
    expect((await readWorkbook(book([['S', data('a')]]))).hiddenRows).toEqual([]);
  });

  it('a data package: its observations sheet, and every catalog sheet’s cells as stored', async () => {
    const header = (t: (typeof TABLE_NAMES)[number]) => Object.keys(TABLE_COLUMNS[t]);
    const sheets: Array<[string, XLSX.WorkSheet]> = [
      ['说明', aoa([['about']])],
      ...TABLE_NAMES.map((t): [string, XLSX.WorkSheet] => [t, aoa([header(t)])]),
    ];
    sheets.find(([n]) => n === 'categories')![1] = aoa([header('categories'), ['duty', '履职', 'Duties', 1]]);
    const out = await readWorkbook(book(sheets), 'categories');
    expect(out.sheet.name).toBe('observations');
    expect(out.rows).toEqual([header('observations')]);
    expect(out.dataset).toEqual({
      categories: [header('categories'), ['duty', '履职', 'Duties', 1]],
      jurisdictions: [header('jurisdictions')],
      indicators: [header('indicators')],
      sources: [header('sources')],
    });
  });

  it('a data package is known whatever its columns’ order, a blank header cell among them', async () => {
    // each table's key column last, where a header read one column short would lose it
    const header = (t: (typeof TABLE_NAMES)[number]) => {
      const names: unknown[] = Object.keys(TABLE_COLUMNS[t]).reverse();
      names.splice(1, 0, null);
      return names;
    };
    const out = await readWorkbook(
      book(TABLE_NAMES.map((t): [string, XLSX.WorkSheet] => [t, aoa([header(t)])])),
    );
    expect(out.sheet.name).toBe('observations');
    expect(out.dataset).toEqual({
      categories: [header('categories')],
      jurisdictions: [header('jurisdictions')],
      indicators: [header('indicators')],
      sources: [header('sources')],
    });
  });

  it('a sheet named observations in a workbook that is no data package is no preferred sheet', async () => {
    const out = await readWorkbook(
      book([
        ['数据', data('a')],
        ['observations', data('b')],
      ]),
    );
    expect([out.dataset, out.sheet.name]).toEqual([null, '数据']);
  });

  // a package template whose catalog sheet is still blank: no header to read, no package, no failure
  it('a sheet named after a table but holding nothing makes no data package, and the workbook is read', async () => {
    const header = (t: (typeof TABLE_NAMES)[number]) => Object.keys(TABLE_COLUMNS[t]);
    const sheets = TABLE_NAMES.map((t): [string, XLSX.WorkSheet] => [
      t,
      t === 'categories' ? XLSX.utils.aoa_to_sheet([]) : aoa([header(t)]),
    ]);
    const out = await readWorkbook(book(sheets));
    expect([out.dataset, out.sheet.name, out.rows]).toEqual([null, 'observations', [header('observations')]]);
  });

  it('a workbook with a sheet per table but a header missing is not a data package', async () => {
    const sheets = TABLE_NAMES.map((t): [string, XLSX.WorkSheet] => [t, aoa([['x'], ['y']])]);
    expect((await readWorkbook(book(sheets))).dataset).toBeNull();
  });
});

describe('workbooks that cannot be read', () => {
  it('damaged bytes are unreadable', async () => {
    const error = await readWorkbook(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({
      reason: 'unreadable',
      sheet: '',
      name: 'WorkbookError',
      message: 'workbook unreadable',
    });
  });

  it('a workbook that lists no sheet is unreadable', async () => {
    const files = unzipSync(book([['S', aoa([['a']])]]));
    const listed = strFromU8(files['xl/workbook.xml']!);
    files['xl/workbook.xml'] = strToU8(listed.replace(/<sheets>.*<\/sheets>/su, '<sheets/>'));
    const error = await readWorkbook(zipSync(files)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ reason: 'unreadable', sheet: '' });
  });

  it('a workbook whose sheets hold nothing at all is empty, and names its first sheet', async () => {
    const error = await readWorkbook(
      book([
        ['封面', XLSX.utils.aoa_to_sheet([])],
        ['空表', XLSX.utils.aoa_to_sheet([])],
      ]),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ reason: 'empty', sheet: '封面' });
  });

  it('a sheet of blank cells only is empty, and says which sheet', async () => {
    const error = await readWorkbook(book([['空表', aoa([[' ', null], ['']])]])).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'empty', sheet: '空表', message: 'workbook empty: 空表' });
  });
});

describe('isWorkbook: zip (xlsx) or OLE (xls) magic bytes', () => {
  it.each<[string, number[], boolean]>([
    ['zip', [0x50, 0x4b, 0x03, 0x04, 0], true],
    ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1], true],
    ...[0, 1, 2, 3].map((i): [string, number[], boolean] => {
      const zip = [0x50, 0x4b, 0x03, 0x04];
      zip[i] = 0;
      return [`zip with byte ${i} wrong`, zip, false];
    }),
    ...[0, 1, 2, 3].map((i): [string, number[], boolean] => {
      const ole = [0xd0, 0xcf, 0x11, 0xe0];
      ole[i] = 0;
      return [`ole with byte ${i} wrong`, ole, false];
    }),
    ['empty', [], false],
    ['csv', [...new TextEncoder().encode('地区,年份')], false],
  ])('%s', (_name, bytes, expected) => {
    expect(isWorkbook(Uint8Array.from(bytes))).toBe(expected);
  });
});
