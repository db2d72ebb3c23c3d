// The import pipeline's contract: bytes or pasted cells in, validated observation rows and precise
// problems out. The Data screen (store capability) codes against these types; change them only with
// notice.
import type { Category, Indicator, Jurisdiction, Observation, Source } from '../data/schema';
import type { ObservationColumns } from './observationColumns';

/** What the analyst gave us: a picked/dropped file, or cells pasted from a spreadsheet (TSV text). */
export type ImportSource =
  { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'paste'; text: string };

export type EncodingChoice = 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type TextEncoding = Exclude<EncodingChoice, 'auto'>;

export interface DecodeResult {
  text: string;
  /** The encoding the text was read with (detected or chosen). */
  encoding: TextEncoding;
  /** True when the analyst chose the encoding instead of `auto`. */
  overridden: boolean;
  /** A byte-order mark was present (and removed from `text`). */
  bom: boolean;
}

export const DELIMITERS = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * What a column holds. Long layout uses the first eight; wide layouts put one value per cell under
 * an `indicator_column` (the header names an indicator) or a `year_column` (the header is a year).
 */
export const COLUMN_ROLES = [
  'jurisdiction',
  'year',
  'indicator',
  'value',
  'qualifier',
  'unit',
  'source',
  'quote',
  // Optional per-figure comparability (empty cells inherit the indicator's).
  'comparable',
  'comparability_zh',
  'comparability_en',
  'indicator_column',
  'year_column',
  'ignore',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const LAYOUTS = ['long', 'wide_indicators', 'wide_years'] as const;
/** long: one row per jurisdiction-year-indicator; wide_indicators: a column per indicator; wide_years: a column per year. */
export type Layout = (typeof LAYOUTS)[number];

export interface ColumnMapping {
  /** 0-based position in the file. */
  index: number;
  /** Header text as written (trimmed); `列3` / `column 3` style names are never invented here. */
  header: string;
  role: ColumnRole;
  /** For `indicator_column`: the catalog id the header resolved to (absent when unknown). */
  indicatorId?: string;
  /** For `year_column`: the year the header names. */
  year?: number;
}

export interface Mapping {
  layout: Layout;
  delimiter: Delimiter;
  /** 1-based row number of the header row (rows above it are ignored, e.g. a title line). */
  headerRow: number;
  columns: ColumnMapping[];
  encoding: EncodingChoice;
  /** The year of every row, for a file without a year column (e.g. the year in its title). */
  fixedYear?: number | null;
  /** Catalog id of the place every row is about, for a file without a place column. */
  fixedJurisdiction?: string | null;
  /** Workbooks: the sheet read (by name). */
  sheet?: string;
}

export const PROBLEM_KINDS = [
  // the file as a whole
  'empty_file',
  'binary_file',
  'decode_error',
  'unreadable_parquet',
  'unreadable_workbook',
  'no_header',
  'no_data_rows',
  'missing_column',
  // row shape
  'too_many_columns',
  'ragged_row',
  'unclosed_quote',
  'text_after_quote',
  'hidden',
  // cells
  'missing_value',
  'not_a_number',
  'negative_count',
  'non_integer_count',
  'percent_not_allowed',
  'year_out_of_range',
  'unknown_qualifier',
  'unknown_comparability',
  'qualifier_conflict',
  'unknown_jurisdiction',
  'unknown_indicator',
  'derived_indicator',
  'unit_mismatch',
  'fixed_conflict',
  'catalog_conflict',
  'total_row',
  'year_not_ended',
  // across rows
  'duplicate_key',
  'answered_gt_filed',
  'adopted_gt_submitted',
  'numerator_gt_denominator',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** An error keeps its row out of `rows`; a warning is reported and the row is imported. */
export type ProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
  kind: ProblemKind;
  severity: ProblemSeverity;
  /** The spreadsheet row number the analyst sees (header = 1 when it is the first line); 0 = the whole file. */
  row: number;
  /** Header text of the column ('' when the problem is about a whole row or file). */
  column: string;
  /** The offending cell text as written ('' when none). */
  value: string;
  /** Complete sentence naming row, column, value and reason. */
  message: { zh: string; en: string };
  /** decode_error only: position of the first undecodable byte in the file. */
  byteOffset?: number;
}

export interface NameSuggestion {
  id: string;
  /** Chinese name. */
  label: string;
  /** English name. */
  labelEn: string;
  /** Similarity 0..1, best first. */
  score: number;
}

export interface UnknownName {
  /** The name as written in the file (trimmed). */
  name: string;
  /** Spreadsheet row numbers where it occurs (first 50; `count` has the total). */
  rows: number[];
  count: number;
  /** The column header it appears under (or, for wide indicator headers, the header itself). */
  column: string;
  suggestions: NameSuggestion[];
}

/** How the analyst resolved one unknown jurisdiction name. */
export type JurisdictionDecision =
  { name: string; action: 'map'; id: string } | { name: string; action: 'add'; jurisdiction: Jurisdiction };

/** How the analyst resolved one unknown indicator name (a long-layout cell or a wide-layout header). */
export type IndicatorDecision =
  { name: string; action: 'map'; id: string } | { name: string; action: 'add'; indicator: Indicator };

export interface NameDecisions {
  jurisdictions: JurisdictionDecision[];
  indicators: IndicatorDecision[];
}

export const NO_DECISIONS: NameDecisions = { jurisdictions: [], indicators: [] };

/** The catalog the importer matches names against (the current one, uploads included). */
export interface ImportCatalog {
  jurisdictions: readonly Jurisdiction[];
  indicators: readonly Indicator[];
  /** A data package's categories and sources are checked against these (absent: every one is new). */
  categories?: readonly Category[];
  sources?: readonly Source[];
}

export interface ImportOptions {
  catalog: ImportCatalog;
  /** Default 'auto'. */
  encoding?: EncodingChoice;
  /** Omit to detect; pass the analyst's edited mapping to re-run with it. */
  mapping?: Mapping;
  decisions?: NameDecisions;
  /** Upper bound of the accepted years is currentYear + 1 (default: this year). */
  currentYear?: number;
}

export interface ImportOutcome {
  /**
   * Only rows with no error, in file order. `source_file` defaults to the uploaded file's name, `unit`
   * is always the indicator's unit_zh, `quote` is '' without a quote column. From `startImport` this
   * is built on first access (≈0.4 s per million rows); prefer `columns` for large uploads.
   */
  rows: Observation[];
  /** The same rows in columnar form (typed arrays + dictionaries); `toObservations(columns)` = rows. */
  columns: ObservationColumns;
  /** Errors and warnings in row order; at most MAX_PROBLEMS_KEPT are kept, see `problemCounts`. */
  problems: ImportProblem[];
  /** Total per kind, including problems beyond the kept list. */
  problemCounts: Partial<Record<ProblemKind, number>>;
  problemTotal: number;
  /** Data rows read (after the header, empty lines not counted). */
  rowCount: number;
  /** Data rows that had at least one error (and so are not in `rows`). */
  rejectedRowCount: number;
  unknownJurisdictions: UnknownName[];
  unknownIndicators: UnknownName[];
  /** Catalog entries the analyst chose to add (from `decisions`); commit them with the rows. */
  newJurisdictions: Jurisdiction[];
  newIndicators: Indicator[];
  /** A data package's categories and sources not in the catalog yet; commit them with the rows. */
  newCategories?: Category[];
  newSources?: Source[];
  /** The mapping used: detected, or the one passed in (pass `columns: []` to re-detect columns for a new encoding, delimiter or header row). */
  mapping: Mapping;
  /** The name decisions this outcome was computed with (add new ones to these). */
  decisions: NameDecisions;
  /** How the bytes were read (absent for pasted text and Parquet). */
  decoding: Omit<DecodeResult, 'text'> | null;
  /** Parquet files skip delimiter/encoding; the mapping step hides those controls. */
  format: 'csv' | 'paste' | 'parquet' | 'workbook';
  /** Workbooks: every sheet, for the sheet picker ([] for other files). */
  sheets: Array<{ name: string; hidden: boolean }>;
  /** Header cells and the first data rows as text, for the mapping step's sample column. */
  headers: string[];
  sampleRows: string[][];
  /** The file name ('' for pasted cells). */
  sourceName: string;
  /** A year written in a title line above the header, offered as the year for the whole file. */
  titleYear: number | null;
}

export const MAX_PROBLEMS_KEPT = 100_000;

export interface ImportProgress {
  phase: 'decode' | 'parse' | 'validate' | 'done';
  /** 0..1 within the whole import. */
  fraction: number;
}
