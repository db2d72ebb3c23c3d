// Stryker's mutant results → the per-module numbers `npm run mutation` reports. Pure, so tests can
// check the arithmetic without running Stryker.

export type MutantStatus =
  'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';

/** The fields of Stryker's MutantResult this report reads (its report schema: lines and columns 1-based). */
export interface MutantOutcome {
  fileName: string;
  mutatorName: string;
  replacement: string;
  status: MutantStatus;
  /** Tests that ran against the mutant (Stryker sometimes runs none and still says Survived). */
  testsCompleted?: number;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/** A surviving mutant judged equivalent: no test can tell it from the original code. */
export interface EquivalentMutant {
  file: string;
  mutator: string;
  /** The original code the mutant replaces, exactly as in the source. */
  original: string;
  replacement: string;
  /** Only the mutant on this (1-based) line: for text the file holds in several places that differ. */
  line?: number;
  reason: string;
}

export interface Survivor {
  file: string;
  /** 1-based, as editors show it. */
  line: number;
  mutator: string;
  original: string;
  replacement: string;
  /** NoTestRan: Stryker said Survived but ran no test (stryker-js #6213): not measured, not scored. */
  status: 'Survived' | 'NoCoverage' | 'NoTestRan';
  /** Set when the survivor is listed in equivalents.ts. */
  equivalent?: string;
}

export interface ModuleScore {
  counts: Record<
    | 'killed'
    | 'timeout'
    | 'survived'
    | 'noCoverage'
    | 'noTestRan'
    | 'compileError'
    | 'runtimeError'
    | 'ignored',
    number
  >;
  /** Stryker's mutation score: detected ÷ (detected + undetected), in %; null when nothing was valid. */
  score: number | null;
  /** The same with the listed equivalent mutants left out of the denominator. */
  scoreExcludingEquivalent: number | null;
  survivors: Survivor[];
}

/** The code a mutant replaced (Stryker's 1-based line/column range, end column exclusive). */
export function originalText(source: string, location: MutantOutcome['location']): string {
  const lines = source.split('\n');
  const { start, end } = location;
  const line = (n: number) => lines[n - 1] ?? '';
  if (start.line === end.line) return line(start.line).slice(start.column - 1, end.column - 1);
  return [
    line(start.line).slice(start.column - 1),
    ...lines.slice(start.line, end.line - 1),
    line(end.line).slice(0, end.column - 1),
  ].join('\n');
}

const EMPTY_COUNTS: ModuleScore['counts'] = {
  killed: 0,
  timeout: 0,
  survived: 0,
  noCoverage: 0,
  noTestRan: 0,
  compileError: 0,
  runtimeError: 0,
  ignored: 0,
};

const percent = (num: number, den: number) => (den === 0 ? null : Math.round((1000 * num) / den) / 10);

export function scoreModule(
  results: readonly MutantOutcome[],
  sourceOf: (file: string) => string,
  equivalents: readonly EquivalentMutant[],
): ModuleScore {
  const counts = { ...EMPTY_COUNTS };
  const survivors: Survivor[] = [];
  for (const r of results) {
    switch (r.status) {
      case 'Killed':
        counts.killed++;
        break;
      case 'Timeout':
        counts.timeout++;
        break;
      case 'CompileError':
        counts.compileError++;
        break;
      case 'RuntimeError':
        counts.runtimeError++;
        break;
      case 'Ignored':
      case 'Pending':
        counts.ignored++;
        break;
      case 'Survived':
      case 'NoCoverage': {
        const status = r.status === 'Survived' && r.testsCompleted === 0 ? 'NoTestRan' : r.status;
        if (status === 'Survived') counts.survived++;
        else if (status === 'NoCoverage') counts.noCoverage++;
        else counts.noTestRan++;
        const original = originalText(sourceOf(r.fileName), r.location);
        const match = equivalents.find(
          (e) =>
            e.file === r.fileName &&
            e.mutator === r.mutatorName &&
            e.original === original &&
            e.replacement === r.replacement &&
            (e.line === undefined || e.line === r.location.start.line),
        );
        survivors.push({
          file: r.fileName,
          line: r.location.start.line,
          mutator: r.mutatorName,
          original,
          replacement: r.replacement,
          status,
          ...(match ? { equivalent: match.reason } : {}),
        });
        break;
      }
    }
  }
  return withScores(counts, survivors);
}

function withScores(counts: ModuleScore['counts'], survivors: Survivor[]): ModuleScore {
  const detected = counts.killed + counts.timeout;
  const undetected = counts.survived + counts.noCoverage;
  const equivalent = survivors.filter((s) => s.equivalent !== undefined && s.status !== 'NoTestRan').length;
  survivors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    counts,
    score: percent(detected, detected + undetected),
    scoreExcludingEquivalent: percent(detected, detected + undetected - equivalent),
    survivors,
  };
}

/**
 * Scores measured separately (one file at a time: a whole module can take hours on a shared machine)
 * as one. Survivors are matched against equivalents.ts again, so listing one needs no re-run.
 */
export function combineScores(
  parts: readonly Pick<ModuleScore, 'counts' | 'survivors'>[],
  equivalents: readonly EquivalentMutant[],
): ModuleScore {
  const counts = { ...EMPTY_COUNTS };
  for (const part of parts)
    for (const key of Object.keys(counts) as (keyof ModuleScore['counts'])[]) counts[key] += part.counts[key];
  const survivors = parts.flatMap((part) =>
    part.survivors.map((s): Survivor => {
      const plain: Survivor = { ...s };
      delete plain.equivalent;
      const match = equivalents.find(
        (e) =>
          e.file === s.file &&
          e.mutator === s.mutator &&
          e.original === s.original &&
          e.replacement === s.replacement &&
          (e.line === undefined || e.line === s.line),
      );
      return match ? { ...plain, equivalent: match.reason } : plain;
    }),
  );
  return withScores(counts, survivors);
}
