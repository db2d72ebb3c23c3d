import type { Comparable, Indicator, Jurisdiction, Qualifier } from '../../data/schema';
import type { MessageKey } from '../../i18n/messages';
import type { RecordSource } from '../delimitedReader';
import type { FieldCache } from '../fieldCache';
import type { NameIndex } from '../nameIndex';
import { normalizeName } from '../normalizeName';
import type { ProblemCollector, ProblemInput } from '../problems';
import type { ColumnMapping, Mapping, ProblemKind, UnknownName } from '../types';

// What the validation rules read and write. The driver (validateRecords) fills one FileContext per
// import and reuses one RowState and one CellState for every record, so the hot loop allocates nothing.

export const MIN_YEAR = 1949;

/** A column whose cells are values: the long layout's value column, or one wide column. */
export interface ValueColumn {
  col: ColumnMapping;
  /** Catalog position of the column's indicator; -1 when the row's indicator cell decides. */
  indicator: number;
  /** The column's year; -1 when the row's year cell (or the fixed year) decides. */
  year: number;
  /** Unit written in the header ("立案提案（件）"), '' when none. */
  headerUnit: string;
}

export interface NameCell {
  /** The cell's text, trimmed. */
  text: string;
  /** Catalog position, -1 when unknown (or blank). */
  pos: number;
  /** 合计 / 总计 / 小计 …: a total row, not a name. */
  total: boolean;
}

/** A total row's figures, checked against the rows above it once every row is read. */
export interface TotalRow {
  row: number;
  label: string;
  /** The row of the previous total (0 when none): the rows between are the ones this total sums. */
  after: number;
  values: Array<{ column: string; indicator: number; year: number; value: number; exact: boolean }>;
}

/** Which spreadsheet rows have at least one error. */
export class RowFlags {
  private flags = new Uint8Array(1024);
  count = 0;
  mark(row: number): void {
    if (row >= this.flags.length) {
      const b = new Uint8Array(Math.max(row + 1, this.flags.length * 2));
      b.set(this.flags);
      this.flags = b;
    }
    if (this.flags[row] === 0) {
      this.flags[row] = 1;
      this.count++;
    }
  }
  has(row: number): boolean {
    return this.flags[row] === 1;
  }
}

/** Names the catalog does not know, with where they occur (for the name-resolution step). */
export class UnknownNames {
  private readonly byKey = new Map<string, UnknownName>();
  constructor(readonly index: NameIndex) {}
  note(name: string, row: number, column: string): void {
    const key = normalizeName(name);
    let u = this.byKey.get(key);
    if (!u) {
      u = { name, rows: [], count: 0, column, suggestions: [] };
      this.byKey.set(key, u);
    }
    u.count++;
    if (u.rows.length < 50) u.rows.push(row);
  }
  list(): UnknownName[] {
    const out = [...this.byKey.values()];
    for (const u of out) u.suggestions = this.index.suggest(u.name);
    return out;
  }
}

/** Everything about the file the rules may read; fixed for the whole import. */
export interface FileContext {
  mapping: Mapping;
  jurisdictions: readonly Jurisdiction[];
  indicators: readonly Indicator[];
  resolveJurisdiction: (text: string) => number;
  resolveIndicator: (text: string) => number;
  unknownJurisdictions: UnknownNames;
  unknownIndicators: UnknownNames;
  problems: ProblemCollector;
  rejected: RowFlags;
  jCol: ColumnMapping | null;
  yCol: ColumnMapping | null;
  iCol: ColumnMapping | null;
  qCol: ColumnMapping | null;
  /** The optional per-figure comparability flag column. */
  cCol: ColumnMapping | null;
  headerWidth: number;
  currentYear: number;
  maxYear: number;
  /** The year set for the whole file, -1 when rows (or wide headers) give it. */
  fixedYear: number;
  /** Catalog position of the place set for the whole file, -1 when a column gives it. */
  fixedJurisdiction: number;
  valueColumns: ValueColumn[];
  jCells: FieldCache<NameCell>;
  iCells: FieldCache<NameCell>;
  qCells: FieldCache<Qualifier | null | undefined>;
  cCells: FieldCache<Comparable | null | undefined>;
  /** Years already flagged as not ended: one note per year, not one per row. */
  flaggedYears: Set<number>;
  totals: TotalRow[];
}

/** One record as the row rules see it. */
export class RowState {
  records!: RecordSource;
  row = 0;
  /** False once an error keeps the row out. */
  ok = true;
  /** Catalog positions / year the row resolved to (-1 unknown). */
  j = -1;
  y = -1;
  ind = -1;
  rowQualifier: Qualifier | null = null;
  /** The row's own comparability flag ('' inherits the indicator's). */
  rowComparable: Comparable | '' = '';
  /** The row's place and indicator cells once looked up (several rules read them; hashing twice costs). */
  jCell: NameCell | null = null;
  iCell: NameCell | null = null;
  constructor(readonly f: FileContext) {}
  fail(p: ProblemInput): void {
    this.f.problems.add(p);
    this.ok = false;
  }
  warn(p: Omit<ProblemInput, 'severity'>): void {
    this.f.problems.add({ ...p, severity: 'warning' });
  }
}

/** One value cell as the value rules see it. */
export class CellState {
  vc!: ValueColumn;
  /** The cell's indicator and year (the column's, else the row's); -1 unknown. */
  ind = -1;
  year = -1;
  indicator: Indicator | null = null;
  /** True on the fast path: the cell is plain digits, valid for every indicator. */
  plain = false;
  /** The cell's text (read only off the fast path). */
  text = '';
  value = 0;
  qualifier: Qualifier | null = null;
  percent = false;
  /** Why the text did not parse; null when it did. */
  failure: 'empty' | 'no_data' | 'not_a_number' | null = null;
  /** The unit written for this cell (unit column, else the header's), '' when none. */
  unit = '';
  unitColumn = '';
}

/**
 * One check. `check` returns false to stop: a row rule stops the row (its values are not read), a
 * value rule stops the cell (the value is not imported). Each entry names the problem kinds and
 * message keys it can produce, so the tests can hold every rule to at least one case.
 */
export interface Rule<S> {
  name: string;
  kinds: readonly ProblemKind[];
  messages: readonly MessageKey[];
  check: S;
}

export type RowRule = Rule<(s: RowState) => boolean>;
export type ValueRule = Rule<(c: CellState, s: RowState) => boolean> & {
  /** True when the rule can never fire on a plain-digits cell: the fast path skips it. */
  skipsPlain: boolean;
};
