import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Indicator, Jurisdiction, Observation, Source } from '../../src/data/schema';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import { extractReport } from '../../src/extract/extractReport';
import { scoreReport, type ReportScore } from '../../src/extract/evaluate';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The five source reports: ../shared/seeds next to the repository, as the project keeps them; from a
 * git worktree nested deeper, the nearest ancestor's shared/seeds.
 */
function findSeeds(): string {
  const first = path.resolve(REPO, '../shared/seeds');
  for (let dir = path.dirname(REPO); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared/seeds');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return first;
  }
}

export const SEEDS_DIR = findSeeds();

export const TARGETS = { recall: 0.9, precision: 0.8 } as const;

const parse = <T>(text: string) => Papa.parse<T>(text, { header: true, skipEmptyLines: true }).data;

/** The bundled catalog and hand-read figures, as the app loads them. */
export function bundledForEval() {
  const texts = readBundledTexts();
  const indicators = parse<Record<keyof Indicator, string>>(texts.indicators).map(
    (i) =>
      ({
        ...i,
        numerator_id: i.numerator_id || null,
        denominator_id: i.denominator_id || null,
        comparable: (i.comparable || null) as Indicator['comparable'],
        sort_order: i.sort_order ? Number(i.sort_order) : null,
      }) as Indicator,
  );
  const jurisdictions = parse<Jurisdiction>(texts.jurisdictions).map((j) => ({
    ...j,
    aliases: j.aliases || null,
  }));
  const observations = parse<Record<keyof Observation, string>>(texts.observations).map(
    (o) => ({ ...o, year: Number(o.year), value: Number(o.value) }) as Observation,
  );
  const sources = parse<Record<keyof Source, string>>(texts.sources);
  return { indicators, jurisdictions, observations, sources };
}

/** Runs the extractor on every seed report and scores it; null when the seeds are not there. */
export function evaluateSeeds(dir = SEEDS_DIR): ReportScore[] | null {
  if (!existsSync(dir)) return null;
  const data = bundledForEval();
  return data.sources.map((s) => {
    const text = readFileSync(path.join(dir, s.file), 'utf8');
    const result = extractReport(text, data);
    const expected = data.observations.filter((o) => o.source_file === s.file);
    return scoreReport(s.file, text, result, expected, s.jurisdiction_id);
  });
}
