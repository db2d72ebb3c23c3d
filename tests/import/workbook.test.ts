import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/data/schema';
import { runImport } from '../../src/import/runImport';
import type { ImportOptions, ImportOutcome } from '../../src/import/types';
import { bundledCatalog } from './bundledCatalog';

// Workbooks as Excel/WPS users make them, written here with SheetJS's own writer.

const catalog = bundledCatalog();
const SHARE: Indicator = {
  ...catalog.indicators.find((i) => i.id === 'proposals_filed')!,
  id: 'satisfaction_share',
  name_zh: '满意率',
  name_en: 'Satisfaction share',
  unit_zh: '%',
  unit_en: '%',
};

type Cell = string | number | { v: number; z?: string; f?: string } | null;

function sheet(rows: Cell[][], extra: (ws: XLSX.WorkSheet) => void = () => undefined): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(
    rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.v : c))),
  );
  rows.forEach((r, ri) =>
    r.forEach((c, ci) => {
      if (c === null || typeof c !== 'object') return;
      const cell = ws[XLSX.utils.encode_cell({ r: ri, c: ci })] as XLSX.CellObject;
      if (c.z) cell.z = c.z;
      if (c.f) cell.f = c.f;
    }),
  );
  extra(ws);
  return ws;
}

function book(
  sheets: Array<[string, XLSX.WorkSheet, boolean?]>,
  type: 'xlsx' | 'biff8' = 'xlsx',
): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
  wb.Workbook = { Sheets: sheets.map(([name, , hidden]) => ({ name, Hidden: hidden ? 1 : 0 })) };
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: type }) as ArrayBuffer);
}

async function importBook(bytes: Uint8Array, options: Partial<ImportOptions> = {}): Promise<ImportOutcome> {
  return runImport({ kind: 'file', name: '统计表.xlsx', bytes }, { catalog, currentYear: 2025, ...options });
}

const rowsOf = (o: ImportOutcome) =>
  o.rows.map((r) => `${r.jurisdiction_id} ${r.year} ${r.indicator_id} ${r.value} ${r.qualifier}`);

describe('Excel and WPS workbooks', () => {
  it('two-row merged headers (提案 → 立案 / 办复), a title year, thousands and formulas read as values', async () => {
    const ws = sheet(
      [
        ['2023年各地政协履职数据统计表'],
        ['地区', '提案', null],
        [null, '立案', '办复'],
        ['嘉兴', { v: 1125, z: '#,##0' }, { v: 1100, z: '#,##0', f: 'B4-25' }],
        ['吴兴', 98, 97],
      ],
      (w) => {
        w['!merges'] = [
          { s: { r: 0, c: 0 }, e: { r: 0, c: 2 } },
          { s: { r: 1, c: 1 }, e: { r: 1, c: 2 } },
          { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
        ];
      },
    );
    const outcome = await importBook(book([['Sheet1', ws]]));
    expect(outcome.format).toBe('workbook');
    expect(outcome.problems).toEqual([]);
    expect(outcome.mapping.fixedYear).toBe(2023);
    expect(outcome.titleYear).toBe(2023);
    expect(rowsOf(outcome)).toEqual([
      'jiaxing 2023 proposals_filed 1125 exact',
      'jiaxing 2023 proposals_answered 1100 exact',
      'wuxing 2023 proposals_filed 98 exact',
      'wuxing 2023 proposals_answered 97 exact',
    ]);
  });

  it('percent cells (stored 0.853) are 85.3 for a percent indicator and refused for a count', async () => {
    const ws = sheet([
      ['地区', '年份', '指标', '数值'],
      ['嘉兴', 2023, '满意率', { v: 0.853, z: '0.0%' }],
      ['吴兴', 2023, '立案提案', { v: 0.98, z: '0%' }],
    ]);
    const outcome = await importBook(book([['数据', ws]]), {
      decisions: { jurisdictions: [], indicators: [{ name: '满意率', action: 'add', indicator: SHARE }] },
    });
    expect(rowsOf(outcome)).toEqual(['jiaxing 2023 satisfaction_share 85.3 exact']);
    expect(outcome.problems.map((p) => [p.kind, p.row, p.value])).toEqual([
      ['percent_not_allowed', 3, '98%'],
    ]);
  });

  it('a date cell is read as the date it shows, not its serial number', async () => {
    const ws = sheet([
      ['地区', '年份', '指标', '数值', '原文'],
      ['嘉兴', { v: 45000, z: 'yyyy' }, '立案提案', 12, 'x'],
    ]);
    const outcome = await importBook(book([['数据', ws]]));
    expect(rowsOf(outcome)).toEqual(['jiaxing 2023 proposals_filed 12 exact']);
  });

  it('hidden sheets are skipped by default and flagged when chosen; hidden rows are flagged', async () => {
    const hidden = sheet([
      ['地区', '年份', '指标', '数值'],
      ['嘉兴', 2022, '立案提案', 1],
    ]);
    const shown = sheet(
      [
        ['地区', '年份', '指标', '数值'],
        ['嘉兴', 2023, '立案提案', 12],
        ['吴兴', 2023, '立案提案', 5],
      ],
      (w) => {
        w['!rows'] = [{}, {}, { hidden: true }];
      },
    );
    const bytes = book([
      ['旧表', hidden, true],
      ['汇总', shown],
    ]);
    const outcome = await importBook(bytes);
    expect(outcome.sheets).toEqual([
      { name: '旧表', hidden: true },
      { name: '汇总', hidden: false },
    ]);
    expect(outcome.mapping.sheet).toBe('汇总');
    expect(rowsOf(outcome)).toEqual([
      'jiaxing 2023 proposals_filed 12 exact',
      'wuxing 2023 proposals_filed 5 exact',
    ]);
    expect(outcome.problems.map((p) => [p.kind, p.severity, p.row])).toEqual([['hidden', 'warning', 3]]);

    const chosen = await importBook(bytes, { mapping: { ...outcome.mapping, sheet: '旧表', columns: [] } });
    expect(rowsOf(chosen)).toEqual(['jiaxing 2022 proposals_filed 1 exact']);
    expect(chosen.problems.map((p) => [p.kind, p.message.zh])).toEqual([
      ['hidden', '工作表“旧表”在 Excel 中是隐藏的；请确认选对了工作表。'],
    ]);
  });

  it('old .xls (BIFF8) workbooks are read too', async () => {
    const ws = sheet([
      ['地区', '年份', '指标', '数值'],
      ['嘉兴', 2023, '立案提案', 12],
    ]);
    const outcome = await importBook(book([['Sheet1', ws]], 'biff8'));
    expect(rowsOf(outcome)).toEqual(['jiaxing 2023 proposals_filed 12 exact']);
  });

  it('a damaged workbook is a message, with no mapping table to show', async () => {
    const outcome = await importBook(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]));
    expect(outcome.problems.map((p) => [p.kind, p.message.en])).toEqual([
      [
        'unreadable_workbook',
        'The Excel workbook cannot be read (it may be damaged, encrypted or not a workbook). Open it in Excel/WPS, save it again and upload it.',
      ],
    ]);
    expect(outcome.headers).toEqual([]);
  });

  it('a CSV named .xlsx or .parquet is read as the CSV it is', async () => {
    for (const name of ['x.xlsx', 'x.parquet']) {
      const bytes = new TextEncoder().encode('地区,年份,指标,数值\n嘉兴,2023,立案提案,12\n');
      const outcome = await runImport({ kind: 'file', name, bytes }, { catalog, currentYear: 2025 });
      expect(outcome.format).toBe('csv');
      expect(outcome.rows).toHaveLength(1);
    }
  });
});
