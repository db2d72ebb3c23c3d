import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import type { Indicator, Jurisdiction } from '../../data/schema';
import type { MessageKey } from '../../i18n/messages';
import type { Bilingual, ProblemCollector } from '../problems';
import type { ColumnMapping, ProblemKind } from '../types';
import type { Candidates } from './candidates';
import { bilingual, formatNumber, indicatorLabel } from './problemParts';
import { MIN_YEAR, type RowFlags, type TotalRow } from './state';

// The checks that need other rows, run over the candidates once every record is read, in order.

export interface AcrossContext {
  jurisdictions: readonly Jurisdiction[];
  indicators: readonly Indicator[];
  cols: readonly ColumnMapping[];
  problems: ProblemCollector;
  rejected: RowFlags;
  maxYear: number;
  totals: readonly TotalRow[];
}

/** Key lookup over (jurisdiction, indicator, year): a dense table when small (the usual case). */
class KeyTable {
  private readonly nI: number;
  private readonly nY: number;
  private readonly dense: Int32Array | null;
  private readonly sparse: Map<number, number> | null;
  constructor(ctx: AcrossContext) {
    this.nI = ctx.indicators.length;
    this.nY = ctx.maxYear - MIN_YEAR + 1;
    const domain = ctx.jurisdictions.length * this.nI * this.nY;
    this.dense = domain <= 1 << 23 ? new Int32Array(domain).fill(-1) : null;
    this.sparse = this.dense ? null : new Map();
  }
  key(j: number, ind: number, year: number): number {
    return (j * this.nI + ind) * this.nY + (year - MIN_YEAR);
  }
  get(k: number): number {
    return this.dense ? this.dense[k]! : (this.sparse!.get(k) ?? -1);
  }
  set(k: number, c: number): void {
    if (this.dense) this.dense[k] = c;
    else this.sparse!.set(k, c);
  }
}

export interface AcrossRule {
  name: string;
  kinds: readonly ProblemKind[];
  messages: readonly MessageKey[];
  check: (cand: Candidates, ctx: AcrossContext, keys: KeyTable) => void;
}

const QUALIFIER_MARK = ['', '≥', '≈'];
const shown = (cand: Candidates, c: number) =>
  QUALIFIER_MARK[cand.qualifier[c]!]! + formatNumber(cand.value[c]!);
const headerOf = (ctx: AcrossContext, cand: Candidates, c: number) =>
  ctx.cols.find((x) => x.index === cand.column[c])?.header ?? '';

export const ACROSS_RULES: readonly AcrossRule[] = [
  {
    name: 'duplicate_key',
    kinds: ['duplicate_key'],
    messages: ['problemDuplicateSame', 'problemDuplicateConflict'],
    check: (cand, ctx, keys) => {
      const { jurisdictions, indicators, problems, rejected } = ctx;
      const keyLabel = (c: number): Bilingual => {
        const j = jurisdictions[cand.jurisdiction[c]!]!;
        const i = indicators[cand.indicator[c]!]!;
        return {
          zh: `${j.name_zh}、${cand.year[c]}年、${i.name_zh}`,
          en: `${j.name_en}, ${cand.year[c]}, ${i.name_en}`,
        };
      };
      const conflicted = new Uint8Array(cand.length);
      for (let c = 0; c < cand.length; c++) {
        const k = keys.key(cand.jurisdiction[c]!, cand.indicator[c]!, cand.year[c]!);
        const first = keys.get(k);
        if (first < 0) {
          keys.set(k, c);
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
            column: headerOf(ctx, cand, c),
            value: shown(cand, c),
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
            column: headerOf(ctx, cand, first),
            value: shown(cand, first),
            reason: 'problemDuplicateConflict',
            vars: {
              other: cand.row[c]!,
              key: keyLabel(first),
              a: shown(cand, first),
              b: shown(cand, c),
            },
          });
        }
        cand.status[c] = 1;
        rejected.mark(cand.row[c]!);
        problems.add({
          kind: 'duplicate_key',
          row: cand.row[c]!,
          column: headerOf(ctx, cand, c),
          value: shown(cand, c),
          reason: 'problemDuplicateConflict',
          vars: { other: cand.row[first]!, key: keyLabel(c), a: shown(cand, c), b: shown(cand, first) },
        });
      }
    },
  },
  {
    // every derived rate in the catalog: answered ≤ filed, adopted ≤ submitted, …
    name: 'part_le_whole',
    kinds: ['answered_gt_filed', 'adopted_gt_submitted', 'numerator_gt_denominator'],
    messages: ['problemPartGtWhole'],
    check: (cand, ctx, keys) => {
      const { jurisdictions, indicators, problems, rejected } = ctx;
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
          const e = keys.get(keys.key(cand.jurisdiction[c]!, d, cand.year[c]!));
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
            column: headerOf(ctx, cand, c),
            value: shown(cand, c),
            reason: 'problemPartGtWhole',
            vars: {
              numerator: indicatorLabel(num),
              denominator: indicatorLabel(den),
              numeratorValue: shown(cand, c),
              denominatorValue: shown(cand, e),
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
    },
  },
  {
    // a 合计 row is skipped; when the rows it sums are all exact, its figure must equal their sum
    name: 'total_sum',
    kinds: ['total_row'],
    messages: ['problemTotalMismatch'],
    check: (cand, ctx) => {
      for (const t of ctx.totals) {
        // A row above with an error (a figure that is no number, an unknown place) left its figures
        // out: the sum of what was kept is not the sum of the table, so no mismatch can be claimed.
        let refusedAbove = false;
        for (let row = t.after + 1; row < t.row && !refusedAbove; row++) refusedAbove = ctx.rejected.has(row);
        if (refusedAbove) continue;
        for (const v of t.values) {
          if (!v.exact) continue;
          let sum = 0;
          let parts = 0;
          let exact = true;
          // candidates are in row order: start at the first row after the previous total
          for (let c = firstAfter(cand, t.after); c < cand.length && cand.row[c]! < t.row; c++) {
            if (cand.indicator[c] !== v.indicator) continue;
            if (v.year >= 0 && cand.year[c] !== v.year) continue;
            if (cand.status[c] === 2) continue; // an exact repeat is counted once
            if (cand.status[c] !== 0 || cand.qualifier[c] !== 0) exact = false;
            sum += cand.value[c]!;
            parts++;
          }
          if (parts === 0 || !exact || Math.abs(sum - v.value) < 1e-9) continue;
          ctx.problems.add({
            kind: 'total_row',
            severity: 'warning',
            row: t.row,
            column: v.column,
            value: t.label,
            reason: 'problemTotalMismatch',
            vars: {
              indicator: indicatorLabel(ctx.indicators[v.indicator]!),
              total: formatNumber(v.value),
              sum: formatNumber(sum),
            },
          });
        }
      }
    },
  },
];

function firstAfter(cand: Candidates, row: number): number {
  let lo = 0;
  let hi = cand.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cand.row[mid]! <= row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function checkAcrossRows(cand: Candidates, ctx: AcrossContext): void {
  const keys = new KeyTable(ctx);
  for (const rule of ACROSS_RULES) rule.check(cand, ctx, keys);
}
