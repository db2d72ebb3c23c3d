import '../i18n/laterMessages'; // registers the data screen's messages this module names
import { ArrayRecords } from './arrayRecords';
import { packageObservationRows, unpackCatalogs, type UnpackedCatalogs } from './datasetPackage';
import { decodeBytes, decodeForScan, type DecodeFailure, type Utf8Body } from './decode';
import { DelimitedReader, type RecordSource } from './delimitedReader';
import { Utf8DelimitedReader } from './utf8Reader';
import {
  detectDelimiter,
  detectHeader,
  detectMapping,
  readPreview,
  type NameIndexes,
  type PreviewRecord,
} from './detectMapping';
import { indicatorIndex, jurisdictionIndex } from './nameIndex';
import { toObservations, type ObservationColumns } from './observationColumns';
import { layoutOf } from './layoutOf';
import { isParquet, parquetToTextRows } from './parquetTable';
import { ProblemCollector } from './problems';
import type {
  DecodeResult,
  ImportCatalog,
  ImportOptions,
  ImportOutcome,
  ImportProgress,
  ImportSource,
  Mapping,
} from './types';
import { NO_DECISIONS } from './types';
import { validateRecords } from './validateRecords';
import { isWorkbook, readWorkbook, WorkbookError, type WorkbookTable } from './workbook';

// The whole import as one pure function of (source, options): the worker runs it off the page's
// thread, tests and the benchmark call it directly.

export type ProgressListener = (p: ImportProgress) => void;

/** The outcome without its row objects, plus the rows in columnar form (what the worker posts). */
export type ColumnarOutcome = {
  outcome: Omit<ImportOutcome, 'rows' | 'columns'>;
  columns: ObservationColumns;
};

const SAMPLE_ROWS = 5;

function catalogIndexes(catalog: ImportCatalog): NameIndexes {
  return {
    jurisdictions: jurisdictionIndex(catalog.jurisdictions),
    indicators: indicatorIndex(catalog.indicators),
  };
}

function emptyColumns(sourceName: string): ObservationColumns {
  return {
    length: 0,
    jurisdictionIds: [],
    indicatorIds: [],
    indicatorUnits: [],
    jurisdiction: new Int32Array(0),
    year: new Int32Array(0),
    indicator: new Int32Array(0),
    value: new Float64Array(0),
    qualifier: new Uint8Array(0),
    sourceFile: sourceName,
    quote: null,
  };
}

const FALLBACK_MAPPING = (options: ImportOptions): Mapping =>
  options.mapping ?? {
    layout: 'long',
    delimiter: ',',
    headerRow: 1,
    columns: [],
    encoding: options.encoding ?? 'auto',
  };

/** A year written in a title line above the header ("2023年…统计表", "2023 annual figures"), or null. */
export function titleYear(preview: readonly PreviewRecord[], headerIndex: number): number | null {
  for (let i = 0; i < headerIndex && i < preview.length; i++) {
    const text = preview[i]!.cells.filter((c) => c !== '')
      .join(' ')
      .normalize('NFKC');
    const m = /((?:19|20)\d{2})\s*(?:年|年度)/u.exec(text) ?? /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/u.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}

/** An outcome that is only a file-level problem: nothing is imported. */
function fileFailure(
  options: ImportOptions,
  base: Pick<ImportOutcome, 'decoding' | 'format' | 'sourceName'> & { sheets?: ImportOutcome['sheets'] },
  add: (p: ProblemCollector) => void,
): ColumnarOutcome {
  const problems = new ProblemCollector();
  add(problems);
  return {
    outcome: {
      sheets: [],
      ...base,
      problems: problems.sorted(),
      problemCounts: problems.counts,
      problemTotal: problems.total,
      rowCount: 0,
      rejectedRowCount: 0,
      unknownJurisdictions: [],
      unknownIndicators: [],
      newJurisdictions: [],
      newIndicators: [],
      mapping: FALLBACK_MAPPING(options),
      decisions: options.decisions ?? NO_DECISIONS,
      headers: [],
      sampleRows: [],
      titleYear: null,
    },
    columns: emptyColumns(base.sourceName),
  };
}

function decodeProblem(f: DecodeFailure, p: ProblemCollector): void {
  if (f.reason === 'empty') p.add({ kind: 'empty_file', row: 0, reason: 'problemEmptyFile' });
  else if (f.reason === 'binary')
    p.add({
      kind: 'binary_file',
      row: 0,
      value: f.kind,
      reason:
        f.kind === 'xlsx'
          ? 'problemBinaryXlsx'
          : f.kind === 'xls'
            ? 'problemBinaryXls'
            : 'problemBinaryOther',
    });
  else
    p.add({
      kind: 'decode_error',
      row: f.line,
      value: f.bytes,
      byteOffset: f.byteOffset,
      reason: 'problemDecode',
      vars: { line: f.line, offset: f.byteOffset, bytes: f.bytes, encoding: f.encoding.toUpperCase() },
    });
}

/**
 * The first characters of a UTF-8 body as text, enough for delimiter and header detection: they read
 * at most the first 65,536 characters (`sampleLines`), and 3 × 65,536 + 8 bytes always hold more.
 */
function utf8Head({ bytes, start }: Utf8Body): string {
  let end = Math.min(bytes.length, start + 3 * 65_536 + 8);
  while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--; // not inside a character
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(start, end));
}

/**
 * `byteScanner: false` reads a UTF-8 file the way other encodings are read (decode the whole file,
 * then scan the text); tests hold the two paths to the same results.
 */
export interface ScanChoice {
  byteScanner?: boolean;
}

/** Source → validated rows (columnar) and problems. */
export async function importToColumns(
  source: ImportSource,
  options: ImportOptions,
  onProgress?: ProgressListener,
  scan: ScanChoice = {},
): Promise<ColumnarOutcome> {
  const sourceName = source.kind === 'file' ? source.name : '';
  const currentYear = options.currentYear ?? new Date().getFullYear();
  // a data package brings its own catalog entries: its observations are matched against them too
  let catalog = options.catalog;
  let unpacked: UnpackedCatalogs | null = null;
  onProgress?.({ phase: 'decode', fraction: 0 });

  let format: ImportOutcome['format'];
  let decoding: Omit<DecodeResult, 'text'> | null = null;
  let preview: PreviewRecord[];
  let makeRecords: () => RecordSource;
  let delimiter: Mapping['delimiter'] = options.mapping?.delimiter ?? ',';

  let workbook: WorkbookTable | null = null;
  // by content, not by name: a CSV renamed .parquet (or .xlsx) is read as the CSV it is
  if (source.kind === 'file' && isWorkbook(source.bytes)) {
    format = 'workbook';
    try {
      workbook = await readWorkbook(source.bytes, options.mapping?.sheet);
    } catch (e) {
      const empty = e instanceof WorkbookError && e.reason === 'empty';
      return fileFailure(options, { decoding, format, sourceName }, (p) =>
        p.add({
          kind: empty ? 'empty_file' : 'unreadable_workbook',
          row: 0,
          reason: empty ? 'problemWorkbookEmpty' : 'problemWorkbook',
          vars: { sheet: e instanceof WorkbookError ? e.sheet : '' },
        }),
      );
    }
    if (workbook.dataset) {
      unpacked = unpackCatalogs(workbook.dataset, options.catalog);
      catalog = unpacked.catalog;
    }
    const rows = workbook.dataset ? packageObservationRows(workbook.rows) : workbook.rows;
    preview = rows
      .slice(0, 200)
      .map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }))
      .filter((r) => r.cells.some((c) => c !== ''));
    makeRecords = () => new ArrayRecords(rows);
  } else if (source.kind === 'file' && isParquet(source.bytes)) {
    format = 'parquet';
    let rows: string[][];
    try {
      rows = await parquetToTextRows(source.bytes);
    } catch (e) {
      // the library's own (English, internal) text is no message for an analyst: say what it means
      const detail = e instanceof Error ? e.message : String(e);
      const unsupported = /unsupported|not supported|unknown (?:codec|compression|encoding)/iu.test(detail);
      return fileFailure(options, { decoding, format, sourceName }, (p) =>
        p.add({
          kind: 'unreadable_parquet',
          row: 0,
          reason: unsupported ? 'problemParquetUnsupported' : 'problemParquetCorrupt',
        }),
      );
    }
    preview = rows.slice(0, 200).map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }));
    makeRecords = () => new ArrayRecords(rows);
  } else {
    // the text, or for valid UTF-8 its bytes: those are scanned as they are, never decoded whole
    let text = '';
    let body: Utf8Body | null = null;
    if (source.kind === 'paste') {
      format = 'paste';
      text = source.text;
      if (text.trim() === '')
        return fileFailure(options, { decoding, format, sourceName }, (p) =>
          p.add({ kind: 'empty_file', row: 0, reason: 'problemEmptyFile' }),
        );
    } else {
      format = 'csv';
      const choice = options.encoding ?? options.mapping?.encoding ?? 'auto';
      const decoded =
        scan.byteScanner === false ? decodeBytes(source.bytes, choice) : decodeForScan(source.bytes, choice);
      if (!decoded.ok)
        return fileFailure(options, { decoding, format, sourceName }, (p) =>
          decodeProblem(decoded.failure, p),
        );
      if ('utf8' in decoded) {
        body = decoded.utf8;
        decoding = decoded.result;
      } else {
        const { text: t, ...rest } = decoded.result;
        text = t;
        decoding = rest;
      }
    }
    onProgress?.({ phase: 'parse', fraction: 0.05 });
    const head = body ? utf8Head(body) : text;
    delimiter = options.mapping?.delimiter ?? detectDelimiter(head);
    preview = readPreview(head, delimiter);
    const d = delimiter;
    const bytes = body;
    makeRecords = bytes
      ? () => new Utf8DelimitedReader(bytes.bytes, d, bytes.start)
      : () => new DelimitedReader(text, d);
  }

  const indexes = catalogIndexes(catalog);
  if (preview.length === 0)
    return fileFailure(options, { decoding, format, sourceName }, (p) =>
      p.add({ kind: 'empty_file', row: 0, reason: 'problemEmptyFile' }),
    );

  // A mapping without columns fixes only the structure (encoding, delimiter, header row): the
  // columns are detected again, because they change with it.
  let mapping: Mapping;
  const given = options.mapping;
  if (given && given.columns.length > 0) {
    mapping = { ...given, delimiter, layout: layoutOf(given) };
  } else {
    const chosenRow = given ? preview.findIndex((r) => r.row === given.headerRow) : -1;
    const header = chosenRow >= 0 ? { ok: true as const, index: chosenRow } : detectHeader(preview, indexes);
    if (!header.ok)
      return fileFailure(options, { decoding, format, sourceName }, (p) =>
        p.add({ kind: 'no_header', row: header.row, reason: 'problemNoHeader', vars: { row: header.row } }),
      );
    mapping = detectMapping(
      preview,
      header.index,
      indexes,
      delimiter,
      options.encoding ?? given?.encoding ?? 'auto',
    );
    if (given?.fixedJurisdiction) mapping.fixedJurisdiction = given.fixedJurisdiction;
    if (given?.fixedYear != null) mapping.fixedYear = given.fixedYear;
    else {
      // "2023年各地政协履职数据统计表" above a table without a year column: offer that year for every row
      const year = titleYear(preview, header.index);
      if (year !== null && mapping.layout !== 'wide_years' && !mapping.columns.some((c) => c.role === 'year'))
        mapping.fixedYear = year;
    }
  }
  if (workbook) mapping = { ...mapping, sheet: workbook.sheet.name };
  const headerAt = preview.findIndex((r) => r.row >= mapping.headerRow);
  const headers =
    headerAt >= 0 && preview[headerAt]!.row === mapping.headerRow ? preview[headerAt]!.cells : [];
  const sampleRows = preview.slice(headerAt + 1, headerAt + 1 + SAMPLE_ROWS).map((r) => r.cells);
  const offeredYear = titleYear(preview, headerAt);

  const result = validateRecords({
    records: makeRecords(),
    mapping,
    catalog,
    decisions: options.decisions ?? NO_DECISIONS,
    currentYear,
    sourceName,
    onProgress: (f) => onProgress?.({ phase: 'validate', fraction: 0.05 + 0.9 * f }),
  });
  if (workbook) {
    // hidden things are imported as they are, but the analyst should know they are there
    if (workbook.sheet.hidden)
      result.problems.add({
        kind: 'hidden',
        severity: 'warning',
        row: 0,
        value: workbook.sheet.name,
        reason: 'problemHiddenSheet',
        vars: { sheet: workbook.sheet.name },
      });
    for (const row of workbook.hiddenRows)
      if (row > mapping.headerRow && (workbook.rows[row - 1] ?? []).some((c) => c.trim() !== ''))
        result.problems.add({ kind: 'hidden', severity: 'warning', row, reason: 'problemHiddenRow' });
  }
  for (const conflict of unpacked?.conflicts ?? []) result.problems.add(conflict);
  if (result.rowCount === 0 && result.problems.total === 0)
    result.problems.add({ kind: 'no_data_rows', row: 0, reason: 'problemNoDataRows' });
  onProgress?.({ phase: 'done', fraction: 1 });
  return {
    outcome: {
      problems: result.problems.sorted(),
      problemCounts: result.problems.counts,
      problemTotal: result.problems.total,
      rowCount: result.rowCount,
      rejectedRowCount: result.rejectedRowCount,
      unknownJurisdictions: result.unknownJurisdictions,
      unknownIndicators: result.unknownIndicators,
      newJurisdictions: [...(unpacked?.newJurisdictions ?? []), ...result.newJurisdictions],
      newIndicators: [...(unpacked?.newIndicators ?? []), ...result.newIndicators],
      ...(unpacked ? { newCategories: unpacked.newCategories, newSources: unpacked.newSources } : {}),
      mapping,
      decisions: options.decisions ?? NO_DECISIONS,
      decoding,
      format,
      headers,
      sampleRows,
      sourceName,
      titleYear: offeredYear,
      sheets: workbook?.sheets ?? [],
    },
    columns: result.columns,
  };
}

/**
 * The whole import for the given source: decode, detect, map, validate. Exported for tests and for
 * the speed benchmark (time it in a page or in Node); the Data screen uses `startImport` instead.
 */
export async function runImport(
  source: ImportSource,
  options: ImportOptions,
  onProgress?: ProgressListener,
): Promise<ImportOutcome> {
  const { outcome, columns } = await importToColumns(source, options, onProgress);
  return { ...outcome, columns, rows: toObservations(columns) };
}
