import '../i18n/laterMessages'; // registers the data screen's messages this module names
import type { Indicator, Jurisdiction } from '../data/schema';
import { headerYear, splitHeaderUnit } from './detectMapping';
// Undo the export's formula escaping: a spreadsheet shows '=x as =x, and so do we.
import { unescapeSpreadsheetText } from '../export/spreadsheetSafe';
import { FieldCache } from './fieldCache';
import type { RecordSource } from './delimitedReader';
import { indicatorIndex, jurisdictionIndex } from './nameIndex';
import { normalizeName } from './normalizeName';
import type { ObservationColumns } from './observationColumns';
import { parseValueCell, parseYear } from './parseCells';
import { ProblemCollector } from './problems';
import type { ColumnRole, ImportCatalog, Mapping, NameDecisions, UnknownName } from './types';
import { checkAcrossRows } from './validation/acrossRules';
import { Candidates } from './validation/candidates';
import { derivedProblem, roleName, unknownProblem } from './validation/problemParts';
import { nameCell, plainRow, ROW_RULES } from './validation/rowRules';
import {
  CellState,
  MIN_YEAR,
  RowFlags,
  RowState,
  UnknownNames,
  type FileContext,
  type NameCell,
} from './validation/state';
import { VALUE_RULES } from './validation/valueRules';

// The validation driver: records in, valid observations (columnar) and problems out. The checks
// themselves are tables of named rules (validation/rowRules, valueRules, acrossRules); this file sets
// up what they read, runs them over every record once, and turns the kept candidates into columns.

export { MIN_YEAR };

export interface ValidateInput {
  records: RecordSource;
  mapping: Mapping;
  catalog: ImportCatalog;
  decisions: NameDecisions;
  currentYear: number;
  /** Used as source_file when the file has no source column. */
  sourceName: string;
  onProgress?: (fraction: number) => void;
  /** False runs every record through the rule table (tests hold the fast path to the same result). */
  fastPath?: boolean;
}

export interface ValidateResult {
  columns: ObservationColumns;
  problems: ProblemCollector;
  rowCount: number;
  rejectedRowCount: number;
  unknownJurisdictions: UnknownName[];
  unknownIndicators: UnknownName[];
  newJurisdictions: Jurisdiction[];
  newIndicators: Indicator[];
}

const QUALIFIER_INDEX = { exact: 0, at_least: 1, approx: 2 } as const;

/** The catalog plus the analyst's additions, and name → position lookups honouring their decisions. */
function catalogWithDecisions(catalog: ImportCatalog, decisions: NameDecisions) {
  const newJurisdictions = decisions.jurisdictions.flatMap((d) =>
    d.action === 'add' ? [d.jurisdiction] : [],
  );
  const newIndicators = decisions.indicators.flatMap((d) => (d.action === 'add' ? [d.indicator] : []));
  const jurisdictions: readonly Jurisdiction[] = [
    ...catalog.jurisdictions,
    ...newJurisdictions.filter((j) => !catalog.jurisdictions.some((c) => c.id === j.id)),
  ];
  const indicators: readonly Indicator[] = [
    ...catalog.indicators,
    ...newIndicators.filter((i) => !catalog.indicators.some((c) => c.id === i.id)),
  ];
  const jPos = new Map(jurisdictions.map((j, i) => [j.id, i]));
  const iPos = new Map(indicators.map((d, i) => [d.id, i]));
  const jIndex = jurisdictionIndex(jurisdictions);
  const iIndex = indicatorIndex(indicators);
  const resolver = (decided: Map<string, string>, index: typeof jIndex, pos: Map<string, number>) => {
    const cache = new Map<string, number>();
    return (text: string): number => {
      let p = cache.get(text);
      if (p === undefined) {
        const id = decided.get(normalizeName(text)) ?? index.resolve(text);
        p = id === null ? -1 : (pos.get(id) ?? -1);
        cache.set(text, p);
      }
      return p;
    };
  };
  const jDecided = new Map<string, string>();
  for (const d of decisions.jurisdictions)
    jDecided.set(normalizeName(d.name), d.action === 'map' ? d.id : d.jurisdiction.id);
  const iDecided = new Map<string, string>();
  for (const d of decisions.indicators)
    iDecided.set(normalizeName(d.name), d.action === 'map' ? d.id : d.indicator.id);
  return {
    newJurisdictions,
    newIndicators,
    jurisdictions,
    indicators,
    jPos,
    iPos,
    jIndex,
    iIndex,
    resolveJurisdiction: resolver(jDecided, jIndex, jPos),
    resolveIndicator: resolver(iDecided, iIndex, iPos),
  };
}

export function validateRecords(input: ValidateInput): ValidateResult {
  const { records, mapping, currentYear } = input;
  const problems = new ProblemCollector();
  const rejected = new RowFlags();
  const maxYear = currentYear + 1;
  const cat = catalogWithDecisions(input.catalog, input.decisions);
  const { jurisdictions, indicators } = cat;

  const cols = mapping.columns;
  const firstOf = (role: ColumnRole) => cols.find((c) => c.role === role) ?? null;
  const headerRow = mapping.headerRow;
  const wideYears = mapping.layout === 'wide_years';
  const fixedYear = !wideYears && mapping.fixedYear != null ? mapping.fixedYear : -1;
  const fixedJurisdiction =
    mapping.fixedJurisdiction != null ? (cat.jPos.get(mapping.fixedJurisdiction) ?? -1) : -1;
  const f: FileContext = {
    mapping,
    jurisdictions,
    indicators,
    resolveJurisdiction: cat.resolveJurisdiction,
    resolveIndicator: cat.resolveIndicator,
    unknownJurisdictions: new UnknownNames(cat.jIndex),
    unknownIndicators: new UnknownNames(cat.iIndex),
    problems,
    rejected,
    jCol: firstOf('jurisdiction'),
    yCol: firstOf('year'),
    iCol: firstOf('indicator'),
    qCol: firstOf('qualifier'),
    cCol: firstOf('comparable'),
    headerWidth: cols.reduce((w, c) => Math.max(w, c.index + 1), 0),
    currentYear,
    maxYear,
    fixedYear,
    fixedJurisdiction,
    valueColumns: [],
    jCells: new FieldCache<NameCell>(),
    iCells: new FieldCache<NameCell>(),
    qCells: new FieldCache(),
    cCells: new FieldCache(),
    flaggedYears: new Set(),
    totals: [],
  };
  const uCol = firstOf('unit');
  const sCol = firstOf('source');
  const tCol = firstOf('quote');
  const czCol = firstOf('comparability_zh');
  const ceCol = firstOf('comparability_en');
  const hasComparability = f.cCol !== null || czCol !== null || ceCol !== null;

  const required = valueColumnsOf(f, headerRow, cat.iPos);
  // A year typed for the whole file is checked as a year cell is: every row would carry it.
  const fixedYearOut =
    fixedYear !== -1 && !(Number.isInteger(fixedYear) && fixedYear >= MIN_YEAR && fixedYear <= maxYear);
  if (fixedYearOut)
    problems.add({
      kind: 'year_out_of_range',
      row: 0,
      value: String(fixedYear),
      reason: 'problemFixedYearRange',
      vars: { value: fixedYear, min: MIN_YEAR, max: maxYear },
    });
  const cand = new Candidates();
  let rowCount = 0;
  // A problem with the whole file (the year typed for it, a column the mapping lacks) stops the reading:
  // a wrong year on every figure is worse than no figures. Its rows are still counted, each one not
  // imported, so the summary does not call the file empty.
  const readNothing = fixedYearOut || required.length > 0;
  if (readNothing) {
    while (records.next()) if (records.row > headerRow && !records.isBlank()) rowCount++;
  }
  if (fixedYearOut) {
    // its one problem is above
  } else if (required.length > 0) {
    for (const role of required) {
      if (role === 'value_columns')
        problems.add({ kind: 'missing_column', row: 0, reason: 'problemNoValueColumns' });
      else
        problems.add({
          kind: 'missing_column',
          row: 0,
          reason:
            role === 'year'
              ? 'problemMissingYear'
              : role === 'jurisdiction'
                ? 'problemMissingPlace'
                : 'problemMissingColumn',
          vars: { role: roleName(role) },
        });
    }
  } else {
    const fixedSource = input.sourceName;
    const progressEvery = 65_536;
    const spans = tCol !== null ? records.spans : null;
    // One state object per kind, reused for every record: the per-row path allocates nothing but
    // the cells it reads.
    const s = new RowState(f);
    const c = new CellState();
    s.records = records;
    const uCells = new FieldCache<string>();
    // the source cell usually repeats from row to row: compare in place, look its code up on change
    let lastSourceText = '';
    let lastSource = sCol ? cand.sourceCodeOf(fixedSource) : -1;
    let sinceProgress = 0;
    const rowRules = ROW_RULES;
    const fastPath = input.fastPath !== false;
    const { jCol, iCol, jCells, iCells } = f;
    const valueRules = VALUE_RULES;
    const plainRules = VALUE_RULES.filter((r) => !r.skipsPlain);
    const valueColumns = f.valueColumns;
    records: while (records.next()) {
      const row = records.row;
      if (row <= headerRow) continue;
      if (++sinceProgress === progressEvery) {
        sinceProgress = 0;
        input.onProgress?.(records.progress());
      }
      if (records.isBlank()) continue;
      rowCount++;
      s.row = row;
      s.ok = true;
      // the place and indicator cells are read by several rules: look each up once, here
      s.jCell = jCol
        ? (
            jCells.get(records, jCol.index) ??
            jCells.set(records, jCol.index, nameCell(records.field(jCol.index), f.resolveJurisdiction))
          ).value
        : null;
      s.iCell = iCol
        ? (
            iCells.get(records, iCol.index) ??
            iCells.set(records, iCol.index, nameCell(records.field(iCol.index), f.resolveIndicator))
          ).value
        : null;
      if (!(fastPath && plainRow(s)))
        for (let r = 0; r < rowRules.length; r++)
          if (!rowRules[r]!.check(s)) {
            if (!s.ok) rejected.mark(row);
            continue records;
          }

      // Unit and source usually repeat from row to row: compare in place, keep one string.
      const uText = uCol
        ? (
            uCells.get(records, uCol.index) ??
            uCells.set(records, uCol.index, records.field(uCol.index).trim())
          ).value
        : '';
      if (sCol && !records.fieldIs(sCol.index, lastSourceText)) {
        lastSourceText = records.field(sCol.index);
        lastSource = cand.sourceCodeOf(unescapeSpreadsheetText(lastSourceText.trim()) || fixedSource);
      }
      const quote = tCol && !spans ? unescapeSpreadsheetText(records.field(tCol.index).trim()) : '';

      // An error in a row's place, year, indicator or qualifier keeps all of its values out; an
      // error in one value cell keeps out only that value.
      const rowLevelOk = s.ok;
      values: for (let k = 0; k < valueColumns.length; k++) {
        const vc = valueColumns[k]!;
        c.vc = vc;
        c.ind = vc.indicator >= 0 ? vc.indicator : s.ind;
        c.year = vc.year >= 0 ? vc.year : s.y;
        c.indicator = c.ind >= 0 ? indicators[c.ind]! : null;
        c.unit = uText || vc.headerUnit;
        c.unitColumn = uText ? uCol!.header : vc.col.header;
        c.qualifier = null;
        c.percent = false;
        c.failure = null;
        // Fast path: a plain integer is valid for every indicator.
        const plain = records.intField(vc.col.index);
        c.plain = plain >= 0;
        if (c.plain) {
          c.value = plain;
          c.text = '';
        } else {
          c.text = records.field(vc.col.index);
          const parsed = parseValueCell(c.text, c.indicator?.unit_zh ?? '');
          if (parsed.ok) {
            c.value = parsed.value;
            c.qualifier = parsed.qualifier;
            c.percent = parsed.percent;
          } else c.failure = parsed.reason;
        }
        const rules = c.plain ? plainRules : valueRules;
        for (let r = 0; r < rules.length; r++) if (!rules[r]!.check(c, s)) continue values;
        if (!rowLevelOk || s.j < 0 || c.year < 0 || c.ind < 0) continue; // already reported
        const n = cand.push(
          s.j,
          c.year,
          c.ind,
          c.value,
          QUALIFIER_INDEX[c.qualifier ?? s.rowQualifier ?? 'exact'],
          row,
          vc.col.index,
        );
        if (sCol) cand.setSource(n, lastSource);
        if (spans) cand.pushSpan(n, spans.fieldStart(tCol!.index), spans.fieldEnd(tCol!.index));
        else if (tCol) cand.quote[n] = quote;
        if (hasComparability) {
          cand.comparable[n] = s.rowComparable;
          cand.comparabilityZh[n] = czCol ? unescapeSpreadsheetText(records.field(czCol.index).trim()) : '';
          cand.comparabilityEn[n] = ceCol ? unescapeSpreadsheetText(records.field(ceCol.index).trim()) : '';
        }
      }
      if (!s.ok) rejected.mark(row);
    }
  }
  input.onProgress?.(1);

  checkAcrossRows(cand, { jurisdictions, indicators, cols, problems, rejected, maxYear, totals: f.totals });

  return {
    columns: keptColumns(cand, {
      jurisdictions,
      indicators,
      sourceName: input.sourceName,
      sCol,
      tCol,
      hasComparability,
      records,
    }),
    problems,
    rowCount,
    rejectedRowCount: readNothing ? rowCount : rejected.count,
    unknownJurisdictions: f.unknownJurisdictions.list(),
    unknownIndicators: f.unknownIndicators.list(),
    // an added entry is committed even when all its rows were rejected: the analyst asked for it
    newJurisdictions: uniqueById(cat.newJurisdictions),
    newIndicators: uniqueById(cat.newIndicators),
  };
}

/**
 * The value columns of the layout (into `f.valueColumns`), with header-level problems; returns the
 * roles the mapping lacks ('value_columns' when a wide table has none).
 */
function valueColumnsOf(f: FileContext, headerRow: number, iPos: Map<string, number>): string[] {
  const { mapping, problems } = f;
  const cols = mapping.columns;
  const required: string[] = [];
  const needPlace = () => {
    if (!f.jCol && f.fixedJurisdiction < 0) required.push('jurisdiction');
  };
  const needYear = () => {
    if (!f.yCol && f.fixedYear < 0) required.push('year');
  };
  if (mapping.layout === 'long') {
    needPlace();
    needYear();
    if (!f.iCol) required.push('indicator');
    const vCol = cols.find((c) => c.role === 'value');
    if (!vCol) required.push('value');
    else f.valueColumns.push({ col: vCol, indicator: -1, year: -1, headerUnit: '' });
  } else if (mapping.layout === 'wide_indicators') {
    needPlace();
    needYear();
    for (const c of cols) {
      if (c.role !== 'indicator_column') continue;
      const { name, unit } = splitHeaderUnit(c.header);
      // "信息被采用(各级)" is a whole indicator name; "立案提案（件）" is a name with its unit
      const whole = f.resolveIndicator(c.header);
      let p = c.indicatorId !== undefined ? (iPos.get(c.indicatorId) ?? -1) : -1;
      if (p < 0) p = whole;
      if (p < 0 && name !== c.header) p = f.resolveIndicator(name);
      if (p < 0) {
        const written = name || c.header;
        f.unknownIndicators.note(written, headerRow, c.header);
        problems.add(
          unknownProblem('unknown_indicator', headerRow, c.header, written, f.unknownIndicators.index),
        );
        continue;
      }
      const derived = derivedProblem(f.indicators[p]!, headerRow, c.header, f.indicators);
      if (derived) {
        problems.add(derived);
        continue;
      }
      f.valueColumns.push({ col: c, indicator: p, year: -1, headerUnit: whole >= 0 ? '' : unit });
    }
    if (!cols.some((c) => c.role === 'indicator_column')) required.push('value_columns');
  } else {
    needPlace();
    if (!f.iCol) required.push('indicator');
    for (const c of cols) {
      if (c.role !== 'year_column') continue;
      const y = c.year ?? headerYear(c.header) ?? parseYear(c.header);
      if (y === null) {
        problems.add({
          kind: 'not_a_number',
          row: headerRow,
          column: c.header,
          value: c.header,
          reason: 'problemNotAYear',
        });
        continue;
      }
      if (y < MIN_YEAR || y > f.maxYear) {
        problems.add({
          kind: 'year_out_of_range',
          row: headerRow,
          column: c.header,
          value: c.header,
          reason: 'problemYearRange',
          vars: { value: y, min: MIN_YEAR, max: f.maxYear },
        });
        continue;
      }
      if (y >= f.currentYear && !f.flaggedYears.has(y)) {
        f.flaggedYears.add(y);
        problems.add({
          kind: 'year_not_ended',
          severity: 'warning',
          row: headerRow,
          column: c.header,
          value: c.header,
          reason: 'problemYearNotEnded',
          vars: { year: y },
        });
      }
      f.valueColumns.push({ col: c, indicator: -1, year: y, headerUnit: '' });
    }
    if (!cols.some((c) => c.role === 'year_column')) required.push('value_columns');
  }
  return required;
}

interface KeptInput {
  jurisdictions: readonly Jurisdiction[];
  indicators: readonly Indicator[];
  sourceName: string;
  sCol: unknown;
  tCol: { index: number } | null;
  hasComparability: boolean;
  records: RecordSource;
}

/** Kept candidates → columns. */
function keptColumns(cand: Candidates, k: KeptInput): ObservationColumns {
  let kept = 0;
  for (let c = 0; c < cand.length; c++) if (cand.status[c] === 0) kept++;
  const all = kept === cand.length;
  // every candidate kept (the usual case): each column is one copy, not a loop over the rows
  const pick = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
    if (all) return a.slice(0, kept) as T;
    const out = new make(kept);
    for (let c = 0, i = 0; c < cand.length; c++) if (cand.status[c] === 0) out[i++] = a[c]!;
    return out;
  };
  const sources = cand.sources;
  const codes = cand.sourceCode;
  // Every candidate names the same source (or none): one string instead of a million copies of it.
  let uniform = true;
  for (let c = 1; c < cand.length && uniform; c++) uniform = codes[c] === codes[0];
  const sourceFile: string | string[] =
    !k.sCol || cand.length === 0 ? k.sourceName : uniform ? sources[codes[0]!]! : new Array<string>(kept);
  const out: ObservationColumns = {
    length: kept,
    jurisdictionIds: k.jurisdictions.map((x) => x.id),
    indicatorIds: k.indicators.map((x) => x.id),
    indicatorUnits: k.indicators.map((x) => x.unit_zh),
    jurisdiction: pick(cand.jurisdiction, Int32Array),
    year: pick(cand.year, Int32Array),
    indicator: pick(cand.indicator, Int32Array),
    value: pick(cand.value, Float64Array),
    qualifier: pick(cand.qualifier, Uint8Array),
    sourceFile,
    quote: k.tCol ? new Array<string>(kept) : null,
    comparability: k.hasComparability
      ? { comparable: new Array<string>(kept), zh: new Array<string>(kept), en: new Array<string>(kept) }
      : null,
  };
  if (typeof sourceFile === 'string' && !k.tCol && !out.comparability) return out;
  const spans = k.records.spans;
  for (let c = 0, i = 0; c < cand.length; c++) {
    if (cand.status[c] !== 0) continue;
    if (typeof sourceFile !== 'string') sourceFile[i] = sources[codes[c]!]!;
    if (k.tCol)
      out.quote![i] = spans
        ? unescapeSpreadsheetText(spans.spanText(cand.quoteStart[c]!, cand.quoteEnd[c]!).trim())
        : cand.quote[c]!;
    if (out.comparability) {
      out.comparability.comparable[i] = cand.comparable[c]!;
      out.comparability.zh[i] = cand.comparabilityZh[c]!;
      out.comparability.en[i] = cand.comparabilityEn[c]!;
    }
    i++;
  }
  return out;
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => !seen.has(x.id) && (seen.add(x.id), true));
}
