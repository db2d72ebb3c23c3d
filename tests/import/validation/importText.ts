import { expect } from 'vitest';
import type { Indicator } from '../../../src/data/schema';
import { runImport } from '../../../src/import/runImport';
import type { ImportOptions, ImportOutcome, NameDecisions, ProblemKind } from '../../../src/import/types';
import { bundledCatalog } from '../bundledCatalog';

// Shared by the rule-table tests of src/import/validation: one CSV text through the whole importer,
// reduced to what the analyst sees (problems and imported rows).

export const catalog = bundledCatalog();
export const CURRENT_YEAR = 2025;

/** An indicator an analyst added, with the given name and unit (a copy of a bundled count). */
export function addedIndicator(id: string, name: string, unit: string, unitEn = unit): Indicator {
  return {
    ...catalog.indicators.find((i) => i.id === 'proposals_filed')!,
    id,
    name_zh: name,
    name_en: id,
    unit_zh: unit,
    unit_en: unitEn,
  };
}

export const adding = (...indicators: Indicator[]): NameDecisions => ({
  jurisdictions: [],
  indicators: indicators.map((indicator) => ({ name: indicator.name_zh, action: 'add', indicator })),
});

export async function importText(text: string, extra: Partial<ImportOptions> = {}): Promise<ImportOutcome> {
  return runImport(
    { kind: 'file', name: 'upload.csv', bytes: new TextEncoder().encode(text) },
    { catalog, currentYear: CURRENT_YEAR, ...extra },
  );
}

/** [kind, severity, row, column, value] */
export type P = [ProblemKind, 'error' | 'warning', number, string, string];

export const problemsOf = (o: ImportOutcome): P[] =>
  o.problems.map((p): P => [p.kind, p.severity, p.row, p.column, p.value]);

/** The imported rows as "place year indicator value qualifier". */
export const rowsOf = (o: ImportOutcome): string[] =>
  o.rows.map((r) => `${r.jurisdiction_id} ${r.year} ${r.indicator_id} ${r.value} ${r.qualifier}`);

/** One named case of a rule table, run through the whole importer. */
export interface RuleCase {
  name: string;
  rule: string;
  text: string;
  problems: P[];
  rows: string[];
  rejected?: number;
  /** Phrases the messages of the problem at `at` (default the first) hold, zh and en. */
  says?: [string, string];
  at?: number;
}

/** What every rule-table case checks of an outcome: problems, rows, rejected count, wording. */
export function expectCase(outcome: ImportOutcome, c: RuleCase): void {
  expect(problemsOf(outcome)).toEqual(c.problems);
  expect(rowsOf(outcome)).toEqual(c.rows);
  if (c.rejected !== undefined) expect(outcome.rejectedRowCount).toBe(c.rejected);
  if (c.says) {
    const p = outcome.problems[c.at ?? 0]!;
    expect(p.message.zh).toContain(c.says[0]);
    expect(p.message.en).toContain(c.says[1]);
  }
}
