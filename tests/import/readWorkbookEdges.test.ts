import * as XLSX from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/import/workbook';

// Cells of the workbooks readWorkbook.test.ts does not write: an OpenDocument sheet (.ods, saved by
// LibreOffice or WPS) is a zip like xlsx, so it reaches the same reader, and its cells differ from
// Excel's: a cell without a style has no number format at all, and one typed as a number may hold none.

/** An .ods of one sheet whose second row is `cells`, written as OpenDocument XML (as LibreOffice does). */
function ods(cells: string): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['地区', '数值'], ['@@']]), 'S');
  const files = unzipSync(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'ods' }) as ArrayBuffer));
  const content = strFromU8(files['content.xml']!);
  const placeholder = '<table:table-cell office:value-type="string"><text:p>@@</text:p></table:table-cell>';
  expect(content).toContain(placeholder);
  files['content.xml'] = strToU8(content.replace(placeholder, cells));
  return zipSync(files);
}

/** An .xlsx whose row 2 is 嘉兴, 1, 3, with the stored value of its 1 replaced by `value`. */
function xlsxWithValue(value: string): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['地区', '数值'],
      ['嘉兴', 1, 3],
    ]),
    'S',
  );
  const files = unzipSync(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  expect(sheet).toContain('<c r="B2"><v>1</v></c>');
  files['xl/worksheets/sheet1.xml'] = strToU8(
    sheet.replace('<c r="B2"><v>1</v></c>', `<c r="B2"><v>${value}</v></c>`),
  );
  return zipSync(files);
}

const text = (s: string) =>
  `<table:table-cell office:value-type="string"><text:p>${s}</text:p></table:table-cell>`;
const float = (value: string, shown: string) =>
  `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${shown}</text:p></table:table-cell>`;

describe('an OpenDocument sheet (.ods): cells as the text a CSV would hold', () => {
  it.each<[string, string, string[]]>([
    // LibreOffice shows a long number rounded to the column's width: the figure is the stored one
    [
      'a number shown rounded, without a number format',
      float('12.345678901234567', '12.35'),
      ['12.345678901234567'],
    ],
    ['a whole number', float('7', '7'), ['7']],
  ])('%s', async (_name, cell, expected) => {
    const { rows } = await readWorkbook(ods(text('嘉兴') + cell + float('3', '3')));
    expect(rows[1]).toEqual(['嘉兴', ...expected, '3']);
  });
});

// An error cell's text comes from SheetJS's table of Excel's codes; an .xls (made by another program,
// or damaged) may hold a code outside it: the cell is then empty, not the text "undefined"
it('an .xls error cell of a code SheetJS does not know is empty', async () => {
  const ws = XLSX.utils.aoa_to_sheet([['地区', '数值'], ['嘉兴']]);
  ws.B2 = { t: 'e', v: 0x2c };
  ws.C2 = { t: 'n', v: 3 };
  ws['!ref'] = 'A1:C2';
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'S');
  const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
  expect(XLSX.read(bytes, { type: 'array' }).Sheets.S!.B2).toMatchObject({ t: 'e', v: 0x2c, w: undefined });
  expect((await readWorkbook(bytes)).rows[1]).toEqual(['嘉兴', '', '3']);
});

// A cell typed as a number that holds no number: SheetJS gives it the value NaN, which read as a
// number became the text "NaN" (an import then reported a value the user never typed)
describe('a number cell that holds no number is what the sheet shows, never "NaN"', () => {
  const noValue = (type: string) => `<table:table-cell office:value-type="${type}"></table:table-cell>`;
  it.each<[string, () => Uint8Array, string]>([
    ['.ods: typed as a number, no value', () => ods(text('嘉兴') + noValue('float') + float('3', '3')), ''],
    [
      '.ods: typed as a percentage, no value',
      () => ods(text('嘉兴') + noValue('percentage') + float('3', '3')),
      '',
    ],
    [
      '.ods: a value that is no number, shown as typed',
      () => ods(text('嘉兴') + float('abc', 'abc') + float('3', '3')),
      'abc',
    ],
    ['.xlsx: a damaged stored value (shown as #NUM!)', () => xlsxWithValue('abc'), '#NUM!'],
  ])('%s', async (_name, make, expected) => {
    const { rows } = await readWorkbook(make());
    expect(rows[1]).toEqual(['嘉兴', expected, '3']);
  });
});
