// Cells written for spreadsheets (Excel, WPS, LibreOffice). User-provided text is data: a cell a
// spreadsheet would read as a formula (=, +, -, @, or a leading tab/CR/LF it strips before parsing)
// is prefixed with an apostrophe so it is shown as text (OWASP "CSV injection" advice). Full-width
// ＝＋－＠ are included because CJK input methods produce them and some spreadsheet builds accept them
// as formula starts. Plain numbers such as "-5" or "+3" stay numbers.

export type SpreadsheetCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The cell as text a spreadsheet shows verbatim: formula-like text gets a leading apostrophe. Text
 * that already starts with an apostrophe gets one more, so the escape can be undone exactly
 * (`unescapeSpreadsheetText`): the importer reads back what was written.
 */
export function escapeSpreadsheetCell(value: SpreadsheetCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? numberText(value) : value;
  if ((FORMULA_START.test(text) || text.startsWith("'")) && !PLAIN_NUMBER.test(text)) return `'${text}`;
  return text;
}

/** Undoes `escapeSpreadsheetCell`: one leading apostrophe before formula-like text or another apostrophe. */
export function unescapeSpreadsheetText(text: string): string {
  return text.charCodeAt(0) === 39 && (text.charCodeAt(1) === 39 || FORMULA_START.test(text.slice(1)))
    ? text.slice(1)
    : text;
}

function numberText(value: number): string {
  // NaN/Infinity are not data a spreadsheet can hold; an empty cell reads as "missing", never zero.
  if (!Number.isFinite(value)) return '';
  return Object.is(value, -0) ? '0' : String(value);
}

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF line ends), every cell escaped with `escapeSpreadsheetCell`. */
export function toCsv(rows: readonly (readonly SpreadsheetCell[])[]): string {
  return (
    rows.map((row) => row.map((cell) => quoteField(escapeSpreadsheetCell(cell))).join(',')).join('\r\n') +
    '\r\n'
  );
}

export const UTF8_BOM = '\uFEFF';

/** Text prefixed with a UTF-8 byte-order mark, which Excel needs to read Chinese CSV as UTF-8. */
export function withUtf8Bom(text: string): string {
  return text.startsWith(UTF8_BOM) ? text : UTF8_BOM + text;
}

/** CSV with BOM, ready for `new Blob([...], { type: CSV_MIME })`. */
export function toCsvWithBom(rows: readonly (readonly SpreadsheetCell[])[]): string {
  return withUtf8Bom(toCsv(rows));
}

export const CSV_MIME = 'text/csv;charset=utf-8';
