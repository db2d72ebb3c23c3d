import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import type { Comparable, Qualifier } from '../../data/schema';
import { parseComparableCell, parseQualifierCell, parseValueCell, parseYear } from '../parseCells';
import { derivedProblem, roleName, unknownProblem } from './problemParts';
import { MIN_YEAR, type NameCell, type RowRule, type RowState, type TotalRow } from './state';

// The checks on a record as a whole and on its key cells (place, year, indicator, qualifier), in the
// order they run. A rule that returns false stops the row: its values are not read.

/** 合计, 全市合计, 小计, 总计, Total …: a row that sums others, not a place. */
const TOTAL_LABEL = /^(?:.{0,8}(?:合计|总计|小计|总数)|(?:grand\s*|sub)?total|sum)$/iu;

export function nameCell(raw: string, resolve: (text: string) => number): NameCell {
  const text = raw.trim();
  const total = TOTAL_LABEL.test(text.normalize('NFKC').replace(/\s+/gu, ''));
  return { text, pos: text === '' || total ? -1 : resolve(text), total };
}

/** The row's place cell, each distinct text resolved once and looked up in place afterwards. */
function jurisdictionCell(s: RowState): NameCell {
  const { records, f } = s;
  const i = f.jCol!.index;
  return (
    f.jCells.get(records, i) ?? f.jCells.set(records, i, nameCell(records.field(i), f.resolveJurisdiction))
  ).value;
}

function indicatorCell(s: RowState): NameCell {
  const { records, f } = s;
  const i = f.iCol!.index;
  return (
    f.iCells.get(records, i) ?? f.iCells.set(records, i, nameCell(records.field(i), f.resolveIndicator))
  ).value;
}

const headerOf = (s: RowState, index: number) =>
  s.f.mapping.columns.find((c) => c.index === index)?.header ?? '';

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The row's year without reporting anything (for total rows, which are skipped either way). */
function quietYear(s: RowState): number {
  if (s.f.fixedYear >= 0) return s.f.fixedYear;
  if (!s.f.yCol) return -1;
  const y = s.records.intField(s.f.yCol.index);
  return y >= 0 ? y : (parseYear(s.records.field(s.f.yCol.index).trim()) ?? -1);
}

export const ROW_RULES: readonly RowRule[] = [
  {
    name: 'quoting',
    kinds: ['unclosed_quote', 'text_after_quote'],
    messages: ['problemUnclosedQuote', 'problemTextAfterQuote'],
    check: (s) => {
      const d = s.records.defect;
      if (d === null) return true;
      const column = headerOf(s, d.field);
      const value = clip(s.records.field(d.field).trim());
      if (d.kind === 'unclosed_quote') {
        s.fail({
          kind: 'unclosed_quote',
          row: s.row,
          column,
          value,
          reason: 'problemUnclosedQuote',
          vars: { line: d.line },
        });
        return false;
      }
      s.warn({ kind: 'text_after_quote', row: s.row, column, value, reason: 'problemTextAfterQuote' });
      return true;
    },
  },
  {
    name: 'row_width',
    kinds: ['too_many_columns', 'ragged_row'],
    messages: ['problemTooManyColumns', 'problemRagged'],
    check: (s) => {
      const { records, f } = s;
      const count = records.count;
      const width = f.headerWidth;
      if (count > width) {
        const extras: string[] = [];
        for (let k = width; k < count; k++) {
          const text = records.field(k);
          if (text.trim() !== '') extras.push(text);
        }
        if (extras.length > 0) {
          s.fail({
            kind: 'too_many_columns',
            row: s.row,
            value: extras.join(f.mapping.delimiter),
            reason: 'problemTooManyColumns',
            vars: { count, extra: count - width },
          });
          return false;
        }
      } else if (count < width)
        s.warn({
          kind: 'ragged_row',
          row: s.row,
          reason: 'problemRagged',
          vars: { count, expected: width },
        });
      return true;
    },
  },
  {
    name: 'total_row',
    kinds: ['total_row'],
    messages: ['problemTotalRow', 'problemTotalMismatch'],
    check: (s) => {
      const { f, records } = s;
      const col = f.jCol ?? f.iCol;
      if (!col) return true;
      const cell = f.jCol ? jurisdictionCell(s) : indicatorCell(s);
      if (!cell.total) return true;
      s.warn({
        kind: 'total_row',
        row: s.row,
        column: col.header,
        value: cell.text,
        reason: 'problemTotalRow',
      });
      const rowIndicator = f.iCol && f.jCol ? indicatorCell(s).pos : -1;
      const rowYear = quietYear(s);
      const total: TotalRow = { row: s.row, label: cell.text, after: f.totals.at(-1)?.row ?? 0, values: [] };
      for (const vc of f.valueColumns) {
        const indicator = vc.indicator >= 0 ? vc.indicator : rowIndicator;
        if (indicator < 0) continue;
        const parsed = parseValueCell(records.field(vc.col.index), f.indicators[indicator]!.unit_zh);
        if (!parsed.ok) continue;
        total.values.push({
          column: vc.col.header,
          indicator,
          year: vc.year >= 0 ? vc.year : rowYear,
          value: parsed.value,
          exact: parsed.qualifier === null || parsed.qualifier === 'exact',
        });
      }
      f.totals.push(total);
      return false;
    },
  },
  {
    name: 'jurisdiction',
    kinds: ['missing_value', 'unknown_jurisdiction', 'fixed_conflict'],
    messages: ['problemMissingValue', 'problemUnknownJurisdiction', 'problemFixedJurisdictionConflict'],
    check: (s) => {
      const { f } = s;
      s.j = f.fixedJurisdiction;
      if (!f.jCol) return true;
      const cell = jurisdictionCell(s);
      const column = f.jCol.header;
      if (cell.text === '') {
        if (f.fixedJurisdiction < 0)
          s.fail({
            kind: 'missing_value',
            row: s.row,
            column,
            reason: 'problemMissingValue',
            vars: { role: roleName('jurisdiction') },
          });
      } else if (cell.pos < 0) {
        f.unknownJurisdictions.note(cell.text, s.row, column);
        s.fail(
          unknownProblem('unknown_jurisdiction', s.row, column, cell.text, f.unknownJurisdictions.index),
        );
      } else if (f.fixedJurisdiction >= 0 && cell.pos !== f.fixedJurisdiction) {
        const fixed = f.jurisdictions[f.fixedJurisdiction]!;
        s.fail({
          kind: 'fixed_conflict',
          row: s.row,
          column,
          value: cell.text,
          reason: 'problemFixedJurisdictionConflict',
          vars: { fixed: { zh: fixed.name_zh, en: fixed.name_en } },
        });
      } else s.j = cell.pos;
      return true;
    },
  },
  {
    name: 'year',
    kinds: ['missing_value', 'not_a_number', 'year_out_of_range', 'fixed_conflict'],
    messages: ['problemMissingValue', 'problemNotAYear', 'problemYearRange', 'problemFixedYearConflict'],
    check: (s) => {
      const { f, records } = s;
      s.y = f.fixedYear;
      const yCol = f.yCol;
      if (!yCol) return true;
      let y = records.intField(yCol.index);
      if (y < 0) {
        const t = records.field(yCol.index).trim();
        if (t === '') {
          if (f.fixedYear < 0)
            s.fail({
              kind: 'missing_value',
              row: s.row,
              column: yCol.header,
              reason: 'problemMissingValue',
              vars: { role: roleName('year') },
            });
          return true;
        }
        const parsed = parseYear(t);
        if (parsed === null) {
          s.fail({
            kind: 'not_a_number',
            row: s.row,
            column: yCol.header,
            value: t,
            reason: 'problemNotAYear',
          });
          s.y = -1;
          return true;
        }
        y = parsed;
      }
      if (y < MIN_YEAR || y > f.maxYear) {
        s.fail({
          kind: 'year_out_of_range',
          row: s.row,
          column: yCol.header,
          value: records.field(yCol.index).trim(),
          reason: 'problemYearRange',
          vars: { value: y, min: MIN_YEAR, max: f.maxYear },
        });
        s.y = -1;
      } else if (f.fixedYear >= 0 && y !== f.fixedYear) {
        s.fail({
          kind: 'fixed_conflict',
          row: s.row,
          column: yCol.header,
          value: records.field(yCol.index).trim(),
          reason: 'problemFixedYearConflict',
          vars: { fixed: f.fixedYear },
        });
        s.y = -1;
      } else s.y = y;
      return true;
    },
  },
  {
    name: 'year_not_ended',
    kinds: ['year_not_ended'],
    messages: ['problemYearNotEnded'],
    check: (s) => {
      const { f } = s;
      if (s.y < f.currentYear || f.flaggedYears.has(s.y)) return true;
      f.flaggedYears.add(s.y);
      s.warn({
        kind: 'year_not_ended',
        row: s.row,
        column: f.yCol?.header ?? '',
        value: String(s.y),
        reason: 'problemYearNotEnded',
        vars: { year: s.y },
      });
      return true;
    },
  },
  {
    name: 'indicator',
    kinds: ['missing_value', 'unknown_indicator', 'derived_indicator'],
    messages: ['problemMissingValue', 'problemUnknownIndicator', 'problemDerived'],
    check: (s) => {
      const { f } = s;
      s.ind = -1;
      if (!f.iCol) return true;
      const cell = indicatorCell(s);
      const column = f.iCol.header;
      if (cell.text === '')
        s.fail({
          kind: 'missing_value',
          row: s.row,
          column,
          reason: 'problemMissingValue',
          vars: { role: roleName('indicator') },
        });
      else if (cell.pos < 0) {
        f.unknownIndicators.note(cell.text, s.row, column);
        s.fail(unknownProblem('unknown_indicator', s.row, column, cell.text, f.unknownIndicators.index));
      } else if (f.indicators[cell.pos]!.numerator_id) {
        s.fail(derivedProblem(f.indicators[cell.pos]!, s.row, column, f.indicators, cell.text)!);
      } else s.ind = cell.pos;
      return true;
    },
  },
  {
    name: 'qualifier',
    kinds: ['unknown_qualifier'],
    messages: ['problemUnknownQualifier'],
    check: (s) => {
      const { f, records } = s;
      s.rowQualifier = null;
      if (!f.qCol) return true;
      const i = f.qCol.index;
      // qualifier cells repeat a few words: parse each distinct text once, look it up in place
      const q = (f.qCells.get(records, i) ?? f.qCells.set(records, i, parseQualifierCell(records.field(i))))
        .value;
      if (q === undefined)
        s.fail({
          kind: 'unknown_qualifier',
          row: s.row,
          column: f.qCol.header,
          value: records.field(i).trim(),
          reason: 'problemUnknownQualifier',
        });
      else s.rowQualifier = q;
      return true;
    },
  },
  {
    name: 'comparability',
    kinds: ['unknown_comparability'],
    messages: ['problemUnknownComparability'],
    check: (s) => {
      const { f, records } = s;
      s.rowComparable = '';
      if (!f.cCol) return true;
      const i = f.cCol.index;
      const flag = (
        f.cCells.get(records, i) ?? f.cCells.set(records, i, parseComparableCell(records.field(i)))
      ).value;
      if (flag === undefined)
        s.fail({
          kind: 'unknown_comparability',
          row: s.row,
          column: f.cCol.header,
          value: clip(records.field(i).trim()),
          reason: 'problemUnknownComparability',
        });
      else s.rowComparable = flag ?? '';
      return true;
    },
  },
];

/**
 * The fast path of a million-row import: true when the record is one on which every rule above
 * passes without a word (no quoting defect, full width, a known place and indicator, a past year in
 * range, a known qualifier), with the row's keys set as the rules would set them. Running eight rule
 * functions on every such row doubled the time of the whole check; a record this returns false for
 * goes through the table. The property test in tests/import/rules.test.ts holds the two to agree.
 */
export function plainRow(s: RowState): boolean {
  const { f, records } = s;
  if (records.defect !== null || records.count !== f.headerWidth) return false;
  let j = f.fixedJurisdiction;
  if (f.jCol) {
    const cell = s.jCell!;
    if (cell.pos < 0 || (j >= 0 && cell.pos !== j)) return false;
    j = cell.pos;
  }
  let y = f.fixedYear;
  if (f.yCol) {
    const written = records.intField(f.yCol.index);
    if (written < MIN_YEAR || written > f.maxYear || (y >= 0 && written !== y)) return false;
    y = written;
  }
  if (y >= f.currentYear) return false;
  let ind = -1;
  if (f.iCol) {
    const cell = s.iCell!;
    if (cell.pos < 0 || f.indicators[cell.pos]!.numerator_id) return false;
    ind = cell.pos;
  } else if (s.iCell?.total) return false;
  let q: Qualifier | null = null;
  if (f.qCol) {
    const i = f.qCol.index;
    const known = (f.qCells.get(records, i) ?? f.qCells.set(records, i, parseQualifierCell(records.field(i))))
      .value;
    if (known === undefined) return false;
    q = known;
  }
  let comparable: Comparable | '' = '';
  if (f.cCol) {
    const i = f.cCol.index;
    const flag = (f.cCells.get(records, i) ?? f.cCells.set(records, i, parseComparableCell(records.field(i))))
      .value;
    if (flag === undefined) return false;
    comparable = flag ?? '';
  }
  s.j = j;
  s.y = y;
  s.ind = ind;
  s.rowQualifier = q;
  s.rowComparable = comparable;
  return true;
}
