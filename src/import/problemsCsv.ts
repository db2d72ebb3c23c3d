import { toCsvWithBom } from '../export/spreadsheetSafe';
import type { ImportProblem } from './types';

// The full problem list as a spreadsheet the analyst can sort and fix from: UTF-8 with BOM so Excel
// shows Chinese, every cell formula-escaped (a value like "=1+1" from the upload stays text).

export const PROBLEMS_CSV_HEADER = [
  '行 row',
  '列 column',
  '值 value',
  '类型 kind',
  '级别 severity',
  '说明',
  'message',
];

export function problemsCsv(problems: readonly ImportProblem[]): string {
  return toCsvWithBom([
    PROBLEMS_CSV_HEADER,
    ...problems.map((p) => [p.row || '', p.column, p.value, p.kind, p.severity, p.message.zh, p.message.en]),
  ]);
}

/** `销售.csv` → `销售-问题.csv` / problems file name next to the uploaded one. */
export function problemsFileName(sourceName: string): string {
  const base = sourceName.replace(/\.[^.]*$/u, '') || 'paste';
  return `${base}-问题-problems.csv`;
}
