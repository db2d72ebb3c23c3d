import Papa from 'papaparse';
import type { Indicator, Qualifier } from '../data/schema';
import { TABLE_COLUMNS } from '../data/tables';
import type { Candidate, ExtractResult } from './types';

/** The reviewer's decision on one candidate. `indicator` is a catalog id, or a new indicator's name. */
export interface ReviewRow {
  id: number;
  accepted: boolean;
  indicator: { kind: 'catalog'; id: string } | { kind: 'new'; name: string };
  value: number;
  qualifier: Qualifier;
  year: number | null;
}

/** The starting point of a review: proposed candidates accepted, everything else left unticked. */
export function initialReview(result: ExtractResult): ReviewRow[] {
  return result.candidates.map((c: Candidate) => ({
    id: c.id,
    accepted: c.proposed,
    indicator:
      c.suggestion.kind === 'catalog'
        ? { kind: 'catalog', id: c.suggestion.indicatorId }
        : { kind: 'new', name: c.suggestion.name },
    value: c.value,
    qualifier: c.qualifier,
    year: c.year,
  }));
}

/** Why an accepted row cannot go to the upload yet (the review table shows it on the row). */
export type RowProblem = 'no_year' | 'no_indicator' | 'bad_value' | 'duplicate';

export function rowProblems(rows: readonly ReviewRow[]): Map<number, RowProblem> {
  const problems = new Map<number, RowProblem>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.accepted) continue;
    if (r.year === null || !Number.isInteger(r.year)) problems.set(r.id, 'no_year');
    else if (r.indicator.kind === 'new' ? r.indicator.name.trim() === '' : r.indicator.id === '')
      problems.set(r.id, 'no_indicator');
    else if (!Number.isFinite(r.value) || r.value < 0) problems.set(r.id, 'bad_value');
    else {
      const key = `${r.year}|${r.indicator.kind === 'catalog' ? r.indicator.id : r.indicator.name.trim()}`;
      if (seen.has(key)) problems.set(r.id, 'duplicate');
      else seen.set(key, r.id);
    }
  }
  return problems;
}

/**
 * The accepted rows as a long CSV for the normal upload path (check → preview → commit), with the
 * quote and the report's title as provenance. A catalog indicator's figures take its unit (the
 * report's own measure word stays visible in the quote, as in the bundled data).
 */
export function reviewToCsv(
  rows: readonly ReviewRow[],
  result: ExtractResult,
  jurisdiction: string,
  indicators: readonly Indicator[],
): string {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const candidates = new Map(result.candidates.map((c) => [c.id, c]));
  const problems = rowProblems(rows);
  const data = rows
    .filter((r) => r.accepted && !problems.has(r.id))
    .map((r) => {
      const c = candidates.get(r.id)!;
      const indicator = r.indicator.kind === 'catalog' ? byId.get(r.indicator.id) : undefined;
      return {
        jurisdiction_id: jurisdiction,
        year: r.year,
        indicator_id: r.indicator.kind === 'catalog' ? r.indicator.id : r.indicator.name.trim(),
        value: r.value,
        qualifier: r.qualifier,
        unit: indicator?.unit_zh ?? c.unitText,
        source_file: result.title,
        quote: c.quote,
      };
    });
  return Papa.unparse(data, {
    // The observations table's own columns, in its order, so the upload reads them by name.
    columns: Object.keys(TABLE_COLUMNS.observations),
    newline: '\n',
  });
}
