import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { isDatasetPackage } from '../data/datasetPackage';
import type { TableName } from '../data/tables';

// Excel and WPS workbooks (.xlsx, .xls, .et saved as either) read with SheetJS (`@e965/xlsx`, the
// maintained builds: the old `xlsx` 0.18.5 on npm has known vulnerabilities). The library is loaded
// only when a workbook arrives (a dynamic import, its own chunk in the import worker), so CSV uploads
// and the first page load never pay for it. Every cell becomes the text a CSV would have held:
// numbers exactly as stored (not as displayed: "12.4" shown for 12.35 would bend the figure), percent
// cells as "85.3%", dates and text as shown, formulas as their computed values.

export interface SheetInfo {
  name: string;
  hidden: boolean;
}

export interface WorkbookTable {
  sheets: SheetInfo[];
  /** The sheet read. */
  sheet: SheetInfo;
  /** Cells as text, one array per spreadsheet row (row 1 first). */
  rows: string[][];
  /** 1-based rows hidden in Excel. */
  hiddenRows: number[];
  /**
   * A data package (see src/data/datasetPackage): every catalog sheet's cells as stored (numbers as
   * numbers, text as text); `rows` is then its observations sheet. null for any other workbook.
   */
  dataset: Partial<Record<TableName, unknown[][]>> | null;
}

/** A zip (xlsx) or OLE compound file (xls): the only byte patterns handed to the workbook reader. */
export function isWorkbook(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

export class WorkbookError extends Error {
  constructor(
    readonly reason: 'unreadable' | 'empty',
    readonly sheet = '',
  ) {
    super(`workbook ${reason}${sheet ? `: ${sheet}` : ''}`);
    this.name = 'WorkbookError';
  }
}

const PERCENT_FORMAT = /%/u;

/** 0.853 → "85.3": the stored fraction as the percentage written, to 12 significant digits. */
function percentText(v: number): string {
  return String(Number((v * 100).toPrecision(12)));
}

type Xlsx = typeof import('@e965/xlsx');

function cellText(cell: CellObject | undefined, isDate: (format: string) => boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && typeof cell.v === 'number') {
    // a cell typed as a number that holds none (an OpenDocument cell without its value, a damaged
    // one): SheetJS gives NaN, whose text "NaN" no one typed; what the sheet shows, or empty
    if (Number.isNaN(cell.v)) return cell.w ?? '';
    const format = typeof cell.z === 'string' ? cell.z : '';
    if (PERCENT_FORMAT.test(format)) return `${percentText(cell.v)}%`;
    // a date stored as a serial number shows as a date; anything else is its exact value. SheetJS's
    // own test: a d, m or y in quoted text or a [Red] colour is no date part (12.35 in "0.0;[Red]-0.0"
    // would otherwise be read as its display, 12.4). A serial no date can show (negative, past 9999:
    // Excel fills the cell with ####) or a format SheetJS cannot apply leaves no display text: the
    // stored value is then all the cell holds, not an empty cell
    if (cell.w && isDate(format)) return cell.w;
    return String(cell.v);
  }
  if (cell.t === 'd') return cell.w ?? String(cell.v);
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.t === 'e') return cell.w ?? '';
  return String(cell.v);
}

/**
 * Two header rows with merged cells above ("提案" over "立案" and "办复") become one: each lower
 * header is prefixed by the group above it the way the indicator is named ("立案" + "提案" →
 * "立案提案"); a header merged down over both rows ("地区") moves to the lower row.
 */
function flattenMergedHeader(ws: WorkSheet, rows: string[][]): void {
  const merges = ws['!merges'] ?? [];
  for (const m of merges) {
    const top = m.s.r;
    const below = rows[top + 1];
    if (!below || !rows[top]) continue;
    const group = rows[top]![m.s.c] ?? '';
    // a title line merged across the table ("2023年…统计表") is alone in its row: not a header group
    if (group === '' || rows[top]!.filter((c) => c.trim() !== '').length < 2) continue;
    if (m.s.r === m.e.r && m.e.c > m.s.c) {
      for (let c = m.s.c; c <= m.e.c; c++) {
        const sub = below[c] ?? '';
        if (sub !== '' && !sub.includes(group)) below[c] = `${sub}${group}`;
      }
      for (let c = m.s.c; c <= m.e.c; c++) rows[top]![c] = '';
    }
  }
  for (const m of merges) {
    if (m.e.r !== m.s.r + 1 || m.s.c !== m.e.c) continue;
    const top = rows[m.s.r];
    const below = rows[m.e.r];
    if (!top || !below || (below[m.s.c] ?? '') !== '') continue;
    below[m.s.c] = top[m.s.c] ?? '';
    top[m.s.c] = '';
  }
}

function sheetRows(ws: WorkSheet, XLSX: Xlsx): string[][] {
  const ref = ws['!ref'];
  if (!ref) return [];
  const { utils } = XLSX;
  const isDate = (format: string) => (XLSX.SSF as { is_date(format: string): boolean }).is_date(format);
  const range = utils.decode_range(ref);
  const rows: string[][] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const cells: string[] = [];
    for (let c = 0; c <= range.e.c; c++)
      cells.push(cellText(ws[utils.encode_cell({ r, c })] as CellObject, isDate));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    rows.push(cells);
  }
  flattenMergedHeader(ws, rows);
  return rows;
}

/** The named sheet (or the first visible one holding data) as rows of text. */
export async function readWorkbook(bytes: Uint8Array, sheetName?: string): Promise<WorkbookTable> {
  const XLSX = await import('@e965/xlsx');
  let wb: WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      cellNF: true,
      cellStyles: true,
      cellFormula: false,
      cellDates: false,
      dense: false,
    });
  } catch {
    throw new WorkbookError('unreadable');
  }
  const sheets: SheetInfo[] = wb.SheetNames.map((name, i) => ({
    name,
    hidden: (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0,
  }));
  if (sheets.length === 0) throw new WorkbookError('unreadable');
  const hasData = (s: SheetInfo) => Boolean(wb.Sheets[s.name]?.['!ref']);
  const cellsOf = (name: string): unknown[][] | null => {
    const ws = wb.Sheets[name];
    return ws?.['!ref']
      ? XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null })
      : null;
  };
  const headerOf = (name: string): unknown[] | null => {
    const ws = wb.Sheets[name];
    const ref = ws?.['!ref'];
    if (!ws || !ref) return null;
    const range = XLSX.utils.decode_range(ref);
    const header: unknown[] = [];
    for (let c = range.s.c; c <= range.e.c; c++)
      header.push((ws[XLSX.utils.encode_cell({ r: range.s.r, c })] as CellObject | undefined)?.v ?? null);
    return header;
  };
  const dataset = isDatasetPackage(headerOf)
    ? Object.fromEntries(
        (['categories', 'jurisdictions', 'indicators', 'sources'] as const).map((t) => [t, cellsOf(t) ?? []]),
      )
    : null;
  const sheet =
    (dataset ? sheets.find((s) => s.name === 'observations') : undefined) ??
    sheets.find((s) => s.name === sheetName) ??
    sheets.find((s) => !s.hidden && hasData(s)) ??
    sheets.find(hasData) ??
    sheets[0]!;
  const ws = wb.Sheets[sheet.name]!;
  const rows = sheetRows(ws, XLSX);
  if (!rows.some((r) => r.some((c) => c.trim() !== ''))) throw new WorkbookError('empty', sheet.name);
  const hiddenRows = (ws['!rows'] ?? []).flatMap((info, i) => (info?.hidden ? [i + 1] : []));
  return { sheets, sheet, rows, hiddenRows, dataset };
}
