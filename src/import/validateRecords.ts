import type { Indicator, Jurisdiction, Qualifier } from '../data/schema';
import { translate, type MessageKey } from '../i18n/messages';
import { headerYear, splitHeaderUnit } from './detectMapping';
import { FieldCache } from './fieldCache';
import { DelimitedReader, type RecordSource } from './delimitedReader';
import { indicatorIndex, jurisdictionIndex, type NameIndex } from './nameIndex';
import { normalizeName } from './normalizeName';
import type { ObservationColumns } from './observationColumns';
import { parseQualifierCell, parseValueCell, parseYear } from './parseCells';
import { ProblemCollector, type Bilingual, type ProblemInput } from './problems';
import type {
  ColumnMapping,
  ColumnRole,
  ImportCatalog,
  Mapping,
  NameDecisions,
  ProblemKind,
  UnknownName,
} from './types';

// The validation core: records in, valid observations (columnar) and problems out. One pass over the
// records with per-distinct-name caches, then two passes over the kept candidates for the checks that
// need other rows (duplicate keys, part > whole).

export const MIN_YEAR = 1949;

export interface ValidateInput {
  records: RecordSource;
  mapping: Mapping;
  catalog: ImportCatalog;
  decisions: NameDecisions;
  currentYear: number;
  /** Used as source_file when the file has no source column. */
  sourceName: string;
  onProgress?: (fraction: number) => void;
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

const ROLE_MESSAGE: Record<string, MessageKey> = {
  jurisdiction: 'roleJurisdiction',
  year: 'roleYear',
  indicator: 'roleIndicator',
  value: 'roleValue',
};

const QUALIFIER_INDEX: Record<Qualifier, number> = { exact: 0, at_least: 1, approx: 2 };
const QUALIFIER_LABEL: Record<Qualifier, Bilingual> = {
  exact: { zh: '确数', en: 'exact' },
  at_least: { zh: '不少于', en: 'at least' },
  approx: { zh: '约数', en: 'approximately' },
};

/** Units whose values may have decimals; every other unit counts things. */
const FRACTIONAL_UNITS = new Set(['%', '万元', '亿元', '元', '小时', '天', '年']);

/** Measure words for counted things: one written for another (篇 for 条) is the same count. */
const MEASURE_WORDS = new Set([
  '件',
  '条',
  '篇',
  '期',
  '项',
  '份',
  '个',
  '家',
  '名',
  '人',
  '次',
  '人次',
  '场',
  '场次',
  '部',
  '支',
  '批',
  '批次',
  '篇次',
  '所',
  '处',
  '位',
  '本',
  '册',
  '起',
  '则',
]);

const bilingual = (zh: string, en: string): Bilingual => ({ zh, en });

class UnknownNames {
  private readonly byKey = new Map<string, UnknownName>();
  constructor(private readonly index: NameIndex) {}
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

/** Growable columns of candidate observations. */
class Candidates {
  length = 0;
  jurisdiction = new Int32Array(1024);
  year = new Int32Array(1024);
  indicator = new Int32Array(1024);
  value = new Float64Array(1024);
  qualifier = new Uint8Array(1024);
  row = new Int32Array(1024);
  column = new Int32Array(1024);
  /** 0 kept, 1 rejected (error), 2 dropped (exact repeat). */
  status = new Uint8Array(1024);
  source: string[] = [];
  quote: string[] = [];
  /** Quote cells as spans of the CSV text (DelimitedReader only), sliced once at the end. */
  quoteStart = new Int32Array(0);
  quoteEnd = new Int32Array(0);

  push(j: number, y: number, ind: number, v: number, q: number, row: number, col: number): number {
    const n = this.length;
    if (n === this.row.length) this.grow();
    this.jurisdiction[n] = j;
    this.year[n] = y;
    this.indicator[n] = ind;
    this.value[n] = v;
    this.qualifier[n] = q;
    this.row[n] = row;
    this.column[n] = col;
    this.length = n + 1;
    return n;
  }

  private grow(): void {
    const size = this.row.length * 2;
    const g = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(size);
      b.set(a);
      return b;
    };
    this.jurisdiction = g(this.jurisdiction, Int32Array);
    this.year = g(this.year, Int32Array);
    this.indicator = g(this.indicator, Int32Array);
    this.value = g(this.value, Float64Array);
    this.qualifier = g(this.qualifier, Uint8Array);
    this.row = g(this.row, Int32Array);
    this.column = g(this.column, Int32Array);
    this.status = g(this.status, Uint8Array);
  }
}

/** Which spreadsheet rows have at least one error. */
class RowFlags {
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
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
}

export function validateRecords(input: ValidateInput): ValidateResult {
  const { records, mapping, catalog, decisions, currentYear } = input;
  const problems = new ProblemCollector();
  const rejected = new RowFlags();
  const maxYear = currentYear + 1;

  // Catalog plus the analyst's additions; decisions that map a written name to an id come first.
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
  const jDecided = new Map<string, string>();
  for (const d of decisions.jurisdictions)
    jDecided.set(normalizeName(d.name), d.action === 'map' ? d.id : d.jurisdiction.id);
  const iDecided = new Map<string, string>();
  for (const d of decisions.indicators)
    iDecided.set(normalizeName(d.name), d.action === 'map' ? d.id : d.indicator.id);

  const jCache = new Map<string, number>();
  const resolveJurisdiction = (text: string): number => {
    let p = jCache.get(text);
    if (p === undefined) {
      const id = jDecided.get(normalizeName(text)) ?? jIndex.resolve(text);
      p = id === null ? -1 : (jPos.get(id) ?? -1);
      jCache.set(text, p);
    }
    return p;
  };
  const iCache = new Map<string, number>();
  const resolveIndicator = (text: string): number => {
    let p = iCache.get(text);
    if (p === undefined) {
      const id = iDecided.get(normalizeName(text)) ?? iIndex.resolve(text);
      p = id === null ? -1 : (iPos.get(id) ?? -1);
      iCache.set(text, p);
    }
    return p;
  };
  const unknownJ = new UnknownNames(jIndex);
  const unknownI = new UnknownNames(iIndex);

  const cols = mapping.columns;
  const firstOf = (role: ColumnRole) => cols.find((c) => c.role === role) ?? null;
  const jCol = firstOf('jurisdiction');
  const yCol = firstOf('year');
  const iCol = firstOf('indicator');
  const vCol = firstOf('value');
  const qCol = firstOf('qualifier');
  const uCol = firstOf('unit');
  const sCol = firstOf('source');
  const tCol = firstOf('quote');
  const headerWidth = cols.reduce((w, c) => Math.max(w, c.index + 1), 0);
  const headerRow = mapping.headerRow;

  const fileProblem = (p: Omit<ProblemInput, 'row'>) => problems.add({ row: 0, ...p });
  const roleName = (role: string): Bilingual => {
    const key = ROLE_MESSAGE[role] ?? 'roleValue';
    return { zh: translate('zh', key), en: translate('en', key) };
  };

  // Value columns per layout: the cell of each yields one observation.
  interface ValueColumn {
    col: ColumnMapping;
    indicator: number; // -1 when the row's indicator cell decides
    year: number; // -1 when the row's year cell decides
    headerUnit: string;
  }
  const valueColumns: ValueColumn[] = [];
  const required: string[] = [];
  if (mapping.layout === 'long') {
    if (!jCol) required.push('jurisdiction');
    if (!yCol) required.push('year');
    if (!iCol) required.push('indicator');
    if (!vCol) required.push('value');
    if (vCol) valueColumns.push({ col: vCol, indicator: -1, year: -1, headerUnit: '' });
  } else if (mapping.layout === 'wide_indicators') {
    if (!jCol) required.push('jurisdiction');
    if (!yCol) required.push('year');
    for (const c of cols) {
      if (c.role !== 'indicator_column') continue;
      const { name, unit } = splitHeaderUnit(c.header);
      // "信息被采用(各级)" is a whole indicator name; "立案提案（件）" is a name with its unit
      const whole = resolveIndicator(c.header);
      let p = c.indicatorId !== undefined ? (iPos.get(c.indicatorId) ?? -1) : -1;
      if (p < 0) p = whole;
      if (p < 0 && name !== c.header) p = resolveIndicator(name);
      if (p < 0) {
        const written = name || c.header;
        unknownI.note(written, headerRow, c.header);
        problems.add(unknownProblem('unknown_indicator', headerRow, c.header, written, iIndex));
        rejected.mark(headerRow);
        continue;
      }
      if (derivedProblem(indicators[p]!, headerRow, c.header, problems, indicators)) {
        rejected.mark(headerRow);
        continue;
      }
      valueColumns.push({ col: c, indicator: p, year: -1, headerUnit: whole >= 0 ? '' : unit });
    }
    if (!cols.some((c) => c.role === 'indicator_column')) required.push('value_columns');
  } else {
    if (!jCol) required.push('jurisdiction');
    if (!iCol) required.push('indicator');
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
        rejected.mark(headerRow);
        continue;
      }
      if (y < MIN_YEAR || y > maxYear) {
        problems.add({
          kind: 'year_out_of_range',
          row: headerRow,
          column: c.header,
          value: c.header,
          reason: 'problemYearRange',
          vars: { value: y, min: MIN_YEAR, max: maxYear },
        });
        rejected.mark(headerRow);
        continue;
      }
      valueColumns.push({ col: c, indicator: -1, year: y, headerUnit: '' });
    }
    if (!cols.some((c) => c.role === 'year_column')) required.push('value_columns');
  }

  const cand = new Candidates();
  let rowCount = 0;
  if (required.length > 0) {
    for (const role of required) {
      if (role === 'value_columns') fileProblem({ kind: 'missing_column', reason: 'problemNoValueColumns' });
      else
        fileProblem({
          kind: 'missing_column',
          reason: 'problemMissingColumn',
          vars: { role: roleName(role) },
        });
    }
  } else {
    const fixedSource = input.sourceName;
    const progressEvery = 65_536;
    // Defined once, outside the loop: the per-row path allocates nothing but the cells it reads.
    let rowOk: boolean;
    const jCells = new FieldCache<NameCell>();
    const iCells = new FieldCache<NameCell>();
    const uCells = new FieldCache<string>();
    let lastSourceText = '';
    let lastSource = fixedSource;
    const fail = (p: ProblemInput) => {
      problems.add(p);
      rowOk = false;
    };
    let sinceProgress = 0;
    while (records.next()) {
      const row = records.row;
      if (row <= headerRow) continue;
      if (++sinceProgress === progressEvery) {
        sinceProgress = 0;
        input.onProgress?.(records.progress());
      }
      const count = records.count;
      if (records.isBlank()) continue;
      rowCount++;
      if (count > headerWidth) {
        const extras: string[] = [];
        for (let k = headerWidth; k < count; k++) {
          const f = records.field(k);
          if (f.trim() !== '') extras.push(f);
        }
        if (extras.length > 0) {
          problems.add({
            kind: 'too_many_columns',
            row,
            value: extras.join(mapping.delimiter),
            reason: 'problemTooManyColumns',
            vars: { count, extra: count - headerWidth },
          });
          rejected.mark(row);
          continue;
        }
      } else if (count < headerWidth) {
        problems.add({
          kind: 'ragged_row',
          severity: 'warning',
          row,
          reason: 'problemRagged',
          vars: { count, expected: headerWidth },
        });
      }

      rowOk = true;
      // jurisdiction (every layout)
      // Names repeat from row to row: resolve each distinct cell text once, look it up in place.
      const jCell = (
        jCells.get(records, jCol!.index) ??
        jCells.set(records, jCol!.index, cellName(records.field(jCol!.index), resolveJurisdiction))
      ).value;
      const jText = jCell.text;
      const j = jCell.pos;
      if (jText === '')
        fail({
          kind: 'missing_value',
          row,
          column: jCol!.header,
          reason: 'problemMissingValue',
          vars: { role: roleName('jurisdiction') },
        });
      else if (j < 0) {
        unknownJ.note(jText, row, jCol!.header);
        fail(unknownProblem('unknown_jurisdiction', row, jCol!.header, jText, jIndex));
      }
      // year (long, wide_indicators)
      let y = -1;
      if (yCol) {
        y = records.intField(yCol.index);
        if (y < 0) {
          const t = records.field(yCol.index).trim();
          if (t === '')
            fail({
              kind: 'missing_value',
              row,
              column: yCol.header,
              reason: 'problemMissingValue',
              vars: { role: roleName('year') },
            });
          else {
            const parsed = parseYear(t);
            if (parsed === null)
              fail({ kind: 'not_a_number', row, column: yCol.header, value: t, reason: 'problemNotAYear' });
            else y = parsed;
          }
        }
        if (y >= 0 && (y < MIN_YEAR || y > maxYear)) {
          fail({
            kind: 'year_out_of_range',
            row,
            column: yCol.header,
            value: records.field(yCol.index).trim(),
            reason: 'problemYearRange',
            vars: { value: y, min: MIN_YEAR, max: maxYear },
          });
          y = -1;
        }
      }
      // indicator (long, wide_years)
      let ind = -1;
      if (iCol) {
        const iCell = (
          iCells.get(records, iCol.index) ??
          iCells.set(records, iCol.index, cellName(records.field(iCol.index), resolveIndicator))
        ).value;
        const iText = iCell.text;
        if (iText === '')
          fail({
            kind: 'missing_value',
            row,
            column: iCol.header,
            reason: 'problemMissingValue',
            vars: { role: roleName('indicator') },
          });
        else {
          ind = iCell.pos;
          if (ind < 0) {
            unknownI.note(iText, row, iCol.header);
            fail(unknownProblem('unknown_indicator', row, iCol.header, iText, iIndex));
          } else if (derivedProblem(indicators[ind]!, row, iCol.header, problems, indicators, iText)) {
            rowOk = false;
            ind = -1;
          }
        }
      }
      // qualifier column (applies to every value of the row)
      let rowQualifier: Qualifier | null = null;
      if (qCol) {
        const q = records.fieldIs(qCol.index, 'exact')
          ? 'exact'
          : records.fieldIs(qCol.index, 'at_least')
            ? 'at_least'
            : records.fieldIs(qCol.index, 'approx')
              ? 'approx'
              : parseQualifierCell(records.field(qCol.index));
        if (q === undefined)
          fail({
            kind: 'unknown_qualifier',
            row,
            column: qCol.header,
            value: records.field(qCol.index).trim(),
            reason: 'problemUnknownQualifier',
          });
        else rowQualifier = q;
      }
      // Unit and source usually repeat from row to row: compare in place, keep one string.
      const uText = uCol
        ? (
            uCells.get(records, uCol.index) ??
            uCells.set(records, uCol.index, records.field(uCol.index).trim())
          ).value
        : '';
      let source = fixedSource;
      if (sCol) {
        if (!records.fieldIs(sCol.index, lastSourceText)) {
          lastSourceText = records.field(sCol.index);
          lastSource = unescapeSpreadsheetText(lastSourceText.trim()) || fixedSource;
        }
        source = lastSource;
      }
      const quoteSpans = tCol !== null && records instanceof DelimitedReader;
      const quote = tCol && !quoteSpans ? unescapeSpreadsheetText(records.field(tCol.index).trim()) : '';

      // An error in a row's jurisdiction, year, indicator or qualifier keeps all of its values out;
      // an error in one value cell keeps out only that value.
      const rowLevelOk = rowOk;
      for (let k = 0; k < valueColumns.length; k++) {
        const vc = valueColumns[k]!;

        const wide = mapping.layout !== 'long';
        const cellInd = vc.indicator >= 0 ? vc.indicator : ind;
        const cellYear = vc.year >= 0 ? vc.year : y;
        const indicator = cellInd >= 0 ? indicators[cellInd]! : null;
        // Fast path: a plain integer is valid for every indicator.
        let value = records.intField(vc.col.index);
        let qualifier: Qualifier | null = null;
        if (value < 0) {
          const vText = records.field(vc.col.index);
          const parsed = parseValueCell(vText, indicator?.unit_zh ?? '');
          if (!parsed.ok) {
            if (parsed.reason === 'empty') {
              if (!wide)
                fail({
                  kind: 'missing_value',
                  row,
                  column: vc.col.header,
                  reason: 'problemMissingValue',
                  vars: { role: roleName('value') },
                });
              continue; // a blank cell in a wide table is "no data", never zero
            }
            fail({
              kind: 'not_a_number',
              row,
              column: vc.col.header,
              value: vText.trim(),
              reason: 'problemNotANumber',
            });
            continue;
          }
          value = parsed.value;
          qualifier = parsed.qualifier;
          const label = indicator ? bilingual(indicator.name_zh, indicator.name_en) : bilingual('', '');
          if (value < 0) {
            fail({
              kind: 'negative_count',
              row,
              column: vc.col.header,
              value: vText.trim(),
              reason: 'problemNegative',
              vars: { value: formatNumber(value), indicator: label },
            });
            continue;
          }
          if (indicator && !Number.isInteger(value) && !FRACTIONAL_UNITS.has(indicator.unit_zh)) {
            fail({
              kind: 'non_integer_count',
              row,
              column: vc.col.header,
              value: vText.trim(),
              reason: 'problemNonInteger',
              vars: {
                value: formatNumber(value),
                indicator: label,
                unit: bilingual(indicator.unit_zh, indicator.unit_en),
              },
            });
            continue;
          }
        }
        if (qualifier !== null && rowQualifier !== null && qualifier !== rowQualifier) {
          fail({
            kind: 'qualifier_conflict',
            row,
            column: vc.col.header,
            value: records.field(vc.col.index).trim(),
            reason: 'problemQualifierConflict',
            vars: {
              valueQualifier: QUALIFIER_LABEL[qualifier],
              qualifier: records.field(qCol!.index).trim(),
            },
          });
          continue;
        }
        const writtenUnit = uText || vc.headerUnit;
        if (
          indicator &&
          writtenUnit &&
          writtenUnit !== indicator.unit_zh &&
          !sameUnit(writtenUnit, indicator)
        ) {
          const countLike = MEASURE_WORDS.has(writtenUnit) && MEASURE_WORDS.has(indicator.unit_zh);
          const column = uText ? uCol!.header : vc.col.header;
          const p: ProblemInput = {
            kind: 'unit_mismatch',
            severity: countLike ? 'warning' : 'error',
            row,
            column,
            value: writtenUnit,
            reason: countLike ? 'problemUnitWarning' : 'problemUnitError',
            vars: {
              indicator: bilingual(indicator.name_zh, indicator.name_en),
              unit: bilingual(indicator.unit_zh, indicator.unit_en),
            },
          };
          if (!countLike) {
            fail(p);
            continue;
          }
          problems.add(p);
        }
        if (!rowLevelOk || j < 0 || cellYear < 0 || cellInd < 0) continue; // already reported
        const c = cand.push(
          j,
          cellYear,
          cellInd,
          value,
          QUALIFIER_INDEX[qualifier ?? rowQualifier ?? 'exact'],
          row,
          vc.col.index,
        );
        if (sCol) cand.source[c] = source;
        if (quoteSpans) {
          if (c >= cand.quoteStart.length) {
            cand.quoteStart = grown(cand.quoteStart);
            cand.quoteEnd = grown(cand.quoteEnd);
          }
          cand.quoteStart[c] = (records as DelimitedReader).fieldStart(tCol.index);
          cand.quoteEnd[c] = (records as DelimitedReader).fieldEnd(tCol.index);
        } else if (tCol) cand.quote[c] = quote;
      }
      if (!rowOk) rejected.mark(row);
    }
  }
  input.onProgress?.(1);

  checkAcrossRows(cand, { jurisdictions, indicators, cols, problems, rejected, maxYear });

  // Kept candidates → columns.
  let kept = 0;
  for (let c = 0; c < cand.length; c++) if (cand.status[c] === 0) kept++;
  const out: ObservationColumns = {
    length: kept,
    jurisdictionIds: jurisdictions.map((x) => x.id),
    indicatorIds: indicators.map((x) => x.id),
    indicatorUnits: indicators.map((x) => x.unit_zh),
    jurisdiction: new Int32Array(kept),
    year: new Int32Array(kept),
    indicator: new Int32Array(kept),
    value: new Float64Array(kept),
    qualifier: new Uint8Array(kept),
    sourceFile: !sCol
      ? input.sourceName
      : uniformSource(cand)
        ? (cand.source[0] ?? input.sourceName)
        : new Array<string>(kept),
    quote: tCol ? new Array<string>(kept) : null,
  };
  for (let c = 0, k = 0; c < cand.length; c++) {
    if (cand.status[c] !== 0) continue;
    out.jurisdiction[k] = cand.jurisdiction[c]!;
    out.year[k] = cand.year[c]!;
    out.indicator[k] = cand.indicator[c]!;
    out.value[k] = cand.value[c]!;
    out.qualifier[k] = cand.qualifier[c]!;
    if (typeof out.sourceFile !== 'string') out.sourceFile[k] = cand.source[c]!;
    if (tCol)
      out.quote![k] =
        records instanceof DelimitedReader
          ? unescapeSpreadsheetText(records.spanText(cand.quoteStart[c]!, cand.quoteEnd[c]!).trim())
          : cand.quote[c]!;
    k++;
  }

  return {
    columns: out,
    problems,
    rowCount,
    rejectedRowCount: rejected.count,
    unknownJurisdictions: unknownJ.list(),
    unknownIndicators: unknownI.list(),
    // an added entry is committed even when all its rows were rejected: the analyst asked for it
    newJurisdictions: uniqueById(newJurisdictions),
    newIndicators: uniqueById(newIndicators),
  };
}

/** Undo the export's formula escaping: a spreadsheet shows '=x as =x, and so do we. */
function unescapeSpreadsheetText(text: string): string {
  return text.charCodeAt(0) === 39 && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** Every row names the same source (or none): one string instead of a million copies of it. */
function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(1024, a.length * 2));
  b.set(a);
  return b;
}

interface NameCell {
  /** The cell's text, trimmed. */
  text: string;
  /** Catalog position, -1 when unknown (or blank). */
  pos: number;
}

function cellName(raw: string, resolve: (text: string) => number): NameCell {
  const text = raw.trim();
  return { text, pos: text === '' ? -1 : resolve(text) };
}

function uniformSource(cand: Candidates): boolean {
  return cand.source.length === 0 || cand.source.every((s) => s === cand.source[0]);
}

function sameUnit(written: string, indicator: Indicator): boolean {
  const w = normalizeName(written);
  return w === normalizeName(indicator.unit_zh) || w === normalizeName(indicator.unit_en);
}

function unknownProblem(
  kind: 'unknown_jurisdiction' | 'unknown_indicator',
  row: number,
  column: string,
  value: string,
  index: NameIndex,
): ProblemInput {
  const suggestions = index.suggest(value);
  const suggest: Bilingual = suggestions.length
    ? {
        zh: `（最接近：${suggestions.map((s) => s.label).join('、')}）`,
        en: ` (closest: ${suggestions.map((s) => s.labelEn).join(', ')})`,
      }
    : { zh: '', en: '' };
  return {
    kind,
    row,
    column,
    value,
    reason: kind === 'unknown_jurisdiction' ? 'problemUnknownJurisdiction' : 'problemUnknownIndicator',
    vars: { suggest },
  };
}

function derivedProblem(
  indicator: Indicator,
  row: number,
  column: string,
  problems: ProblemCollector,
  indicators: readonly Indicator[],
  value = '',
): boolean {
  if (!indicator.numerator_id) return false;
  const name = (id: string | null): Bilingual => {
    const d = indicators.find((x) => x.id === id);
    return d ? bilingual(d.name_zh, d.name_en) : bilingual(id ?? '', id ?? '');
  };
  problems.add({
    kind: 'derived_indicator',
    row,
    column,
    value: value || indicator.name_zh,
    reason: 'problemDerived',
    vars: {
      indicator: bilingual(indicator.name_zh, indicator.name_en),
      numerator: name(indicator.numerator_id),
      denominator: name(indicator.denominator_id),
    },
  });
  return true;
}

interface CheckContext {
  jurisdictions: readonly Jurisdiction[];
  indicators: readonly Indicator[];
  cols: readonly ColumnMapping[];
  problems: ProblemCollector;
  rejected: RowFlags;
  maxYear: number;
}

/** Duplicate keys and part > whole, over the candidates that passed the cell checks. */
function checkAcrossRows(cand: Candidates, ctx: CheckContext): void {
  const { jurisdictions, indicators, problems, rejected } = ctx;
  const nI = indicators.length;
  const nY = ctx.maxYear - MIN_YEAR + 1;
  const domain = jurisdictions.length * nI * nY;
  const keyOf = (c: number) =>
    (cand.jurisdiction[c]! * nI + cand.indicator[c]!) * nY + (cand.year[c]! - MIN_YEAR);
  // A dense table when the key space is small (the usual case), a Map otherwise.
  const dense = domain <= 1 << 23 ? new Int32Array(domain).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();
  const get = (k: number) => (dense ? dense[k]! : (sparse!.get(k) ?? -1));
  const set = (k: number, c: number) => (dense ? (dense[k] = c) : sparse!.set(k, c));
  const header = (c: number) => ctx.cols.find((x) => x.index === cand.column[c])?.header ?? '';
  const keyLabel = (c: number): Bilingual => {
    const j = jurisdictions[cand.jurisdiction[c]!]!;
    const i = indicators[cand.indicator[c]!]!;
    return {
      zh: `${j.name_zh}、${cand.year[c]}年、${i.name_zh}`,
      en: `${j.name_en}, ${cand.year[c]}, ${i.name_en}`,
    };
  };
  const shown = (c: number) => QUALIFIER_MARK[cand.qualifier[c]!]! + formatNumber(cand.value[c]!);
  const conflicted = new Uint8Array(cand.length);

  for (let c = 0; c < cand.length; c++) {
    const k = keyOf(c);
    const first = get(k);
    if (first < 0) {
      set(k, c);
      continue;
    }
    if (
      cand.value[c] === cand.value[first] &&
      cand.qualifier[c] === cand.qualifier[first] &&
      !conflicted[first]
    ) {
      cand.status[c] = 2;
      problems.add({
        kind: 'duplicate_key',
        severity: 'warning',
        row: cand.row[c]!,
        column: header(c),
        value: shown(c),
        reason: 'problemDuplicateSame',
        vars: { other: cand.row[first]! },
      });
      continue;
    }
    if (!conflicted[first]) {
      conflicted[first] = 1;
      cand.status[first] = 1;
      rejected.mark(cand.row[first]!);
      problems.add({
        kind: 'duplicate_key',
        row: cand.row[first]!,
        column: header(first),
        value: shown(first),
        reason: 'problemDuplicateConflict',
        vars: { other: cand.row[c]!, key: keyLabel(first), a: shown(first), b: shown(c) },
      });
    }
    cand.status[c] = 1;
    rejected.mark(cand.row[c]!);
    problems.add({
      kind: 'duplicate_key',
      row: cand.row[c]!,
      column: header(c),
      value: shown(c),
      reason: 'problemDuplicateConflict',
      vars: { other: cand.row[first]!, key: keyLabel(c), a: shown(c), b: shown(first) },
    });
  }

  // Part > whole, for every derived rate in the catalog (answered ≤ filed, adopted ≤ submitted, …).
  const denominatorsOf = new Map<number, number[]>();
  for (const r of indicators) {
    if (!r.numerator_id || !r.denominator_id) continue;
    const n = indicators.findIndex((x) => x.id === r.numerator_id);
    const d = indicators.findIndex((x) => x.id === r.denominator_id);
    if (n < 0 || d < 0) continue;
    const list = denominatorsOf.get(n) ?? [];
    if (!list.includes(d)) list.push(d);
    denominatorsOf.set(n, list);
  }
  if (denominatorsOf.size === 0) return;
  const rejectNow: number[] = [];
  for (let c = 0; c < cand.length; c++) {
    if (cand.status[c] !== 0) continue;
    const dens = denominatorsOf.get(cand.indicator[c]!);
    if (!dens) continue;
    for (const d of dens) {
      const e = get((cand.jurisdiction[c]! * nI + d) * nY + (cand.year[c]! - MIN_YEAR));
      // only an exact whole bounds its part: "100余件立案, 105件办复" is not a contradiction
      if (e < 0 || cand.status[e] !== 0 || cand.qualifier[e] !== 0 || cand.value[c]! <= cand.value[e]!)
        continue;
      const num = indicators[cand.indicator[c]!]!;
      const den = indicators[d]!;
      const j = jurisdictions[cand.jurisdiction[c]!]!;
      const kind: ProblemKind = num.id.includes('answered')
        ? 'answered_gt_filed'
        : num.id.includes('adopted')
          ? 'adopted_gt_submitted'
          : 'numerator_gt_denominator';
      problems.add({
        kind,
        row: cand.row[c]!,
        column: header(c),
        value: shown(c),
        reason: 'problemPartGtWhole',
        vars: {
          numerator: bilingual(num.name_zh, num.name_en),
          denominator: bilingual(den.name_zh, den.name_en),
          numeratorValue: shown(c),
          denominatorValue: shown(e),
          other: cand.row[e]!,
          jurisdiction: bilingual(j.name_zh, j.name_en),
          year: cand.year[c]!,
        },
      });
      rejectNow.push(c, e);
    }
  }
  for (const c of rejectNow) {
    cand.status[c] = 1;
    rejected.mark(cand.row[c]!);
  }
}

const QUALIFIER_MARK = ['', '≥', '≈'];

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => !seen.has(x.id) && (seen.add(x.id), true));
}
