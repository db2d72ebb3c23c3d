import type { ModuleScore } from './score';
import type { SqlMutantKind, SqlQueryModuleName } from './sqlMutants';

// mutation/results.json and the README section. Modules are measured one at a time (a full run is
// long on a shared 2-core machine), so each keeps the date of its own last measurement.

export interface StrykerModuleResult extends ModuleScore {
  date: string;
  target: number;
  files: string[];
  /** Set when only `files` of the module's this many files were measured (--files). */
  partialOf?: number;
  durationSeconds: number;
  /**
   * Each file's own result. A module measured one file at a time (--files) keeps the files measured
   * earlier; the module's numbers above are their sum.
   */
  byFile?: Record<string, FileResult>;
}

export interface FileResult extends Pick<ModuleScore, 'counts' | 'survivors'> {
  date: string;
  /** 0 when the file was measured with others in one run (the time is the module's). */
  durationSeconds: number;
  /**
   * Set when only these test files ran against the file's mutants (--tests): the score is then a lower
   * bound, since the other related tests could only kill more.
   */
  tests?: string[];
}

export type SqlMutantStatus = 'killed' | 'survived' | 'stale';

export interface SqlMutantResult {
  id: string;
  module: SqlQueryModuleName;
  kind: SqlMutantKind;
  effect: string;
  status: SqlMutantStatus;
  /** Stale: the mutant's search text is no longer (or more than once) in its module. */
  detail?: string;
}

export interface MutationResults {
  stryker: Record<string, StrykerModuleResult>;
  sql: { date: string; mutants: SqlMutantResult[] } | null;
}

export const EMPTY_RESULTS: MutationResults = { stryker: {}, sql: null };

export const README_START = '<!-- mutation:start (written by npm run mutation) -->';
export const README_END = '<!-- mutation:end -->';

/** The README with the text between the markers replaced; null when the markers are missing. */
export function withMutationSection(readme: string, markdown: string): string | null {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return null;
  return `${readme.slice(0, start + README_START.length)}\n${markdown.trim()}\n${readme.slice(end)}`;
}

const pct = (n: number | null) => (n === null ? '–' : `${n.toFixed(1)}%`);
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const code = (s: string) => (s === '' ? '(empty)' : `\`${cell(s).replace(/`/g, "'")}\``);

export function verdict(
  r: Pick<StrykerModuleResult, 'scoreExcludingEquivalent' | 'target' | 'survivors' | 'partialOf'>,
): string {
  if (r.scoreExcludingEquivalent === null) return 'nothing to mutate';
  const unexplained = r.survivors.filter(
    (s) => s.equivalent === undefined && s.status !== 'NoTestRan',
  ).length;
  // a module measured on some of its files has no verdict yet, only one for those files
  const met =
    (r.scoreExcludingEquivalent >= r.target ? '**met**' : '**not met**') +
    (r.partialOf ? ' on the files measured so far' : '');
  return unexplained === 0 ? met : `${met}; ${unexplained} survivor(s) not yet killed or explained`;
}

export function mutationMarkdown(
  results: MutationResults,
  modules: readonly { name: string; target: number; excluded?: { file: string; reason: string }[] }[],
): string {
  const out: string[] = ['### Mutation score · 变异测试得分', ''];
  out.push(
    '| module | measured | mutants | killed | timeout | survived | no coverage | equivalent | score | score, equivalents excluded | target | result | not measured |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const m of modules) {
    const r = results.stryker[m.name];
    if (!r) {
      out.push(`| ${m.name} | not measured yet | | | | | | | | | ≥ ${m.target}% | | |`);
      continue;
    }
    const c = r.counts;
    const valid = c.killed + c.timeout + c.survived + c.noCoverage;
    const equivalent = r.survivors.filter((s) => s.equivalent !== undefined).length;
    out.push(
      `| ${m.name} | ${r.date}${r.partialOf ? ` (partial: ${r.files.join(', ')}; ${r.files.length} of ${r.partialOf} files)` : ''} | ${valid} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ` +
        `${equivalent} | ${pct(r.score)} | ${pct(r.scoreExcludingEquivalent)} | ≥ ${m.target}% | ${verdict(r)} | ` +
        `${c.noTestRan} |`,
    );
  }
  out.push(
    '',
    '"mutants" counts the mutants that compiled (those the TypeScript checker rejects cannot ship and are not scored). ' +
      '"not measured": Stryker reported Survived but ran no test against the mutant (stryker-js #6213); these are listed below and left out of both scores.',
  );

  const perFile = modules.flatMap((m) =>
    Object.entries(results.stryker[m.name]?.byFile ?? {}).map(([file, r]) => ({ module: m.name, file, r })),
  );
  if (perFile.length > 0) {
    out.push(
      '',
      '#### Per file (measured one at a time) · 按文件',
      '',
      '| module | file | measured | mutants | survived + no coverage | equivalent | score, equivalents excluded | minutes |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const { module, file, r } of perFile) {
      const c = r.counts;
      const equivalent = r.survivors.filter((s) => s.equivalent !== undefined && s.status !== 'NoTestRan');
      const detected = c.killed + c.timeout;
      const valid = detected + c.survived + c.noCoverage;
      const score = valid - equivalent.length === 0 ? null : (100 * detected) / (valid - equivalent.length);
      const minutes = r.durationSeconds === 0 ? '–' : String(Math.round(r.durationSeconds / 6) / 10);
      out.push(
        `| ${module} | ${file} | ${r.date}${r.tests ? ` (tests: ${r.tests.join(', ')})` : ''} | ${valid} | ${c.survived + c.noCoverage} | ${equivalent.length} | ` +
          `${pct(score === null ? null : Math.round(score * 10) / 10)} | ${minutes} |`,
      );
    }
  }

  const excluded = modules.flatMap((m) => m.excluded ?? []);
  if (excluded.length > 0) {
    out.push('', 'Not mutated:', '');
    for (const e of excluded) out.push(`- \`${e.file}\`: ${e.reason}`);
  }

  const equivalents = modules.flatMap((m) =>
    (results.stryker[m.name]?.survivors ?? []).filter(
      (s) => s.equivalent !== undefined && s.status !== 'NoTestRan',
    ),
  );
  if (equivalents.length > 0) {
    out.push(
      '',
      '#### Equivalent mutants (survive by design) · 等价变异',
      '',
      '| file:line | mutant | why no test can kill it |',
      '|---|---|---|',
    );
    for (const s of equivalents) {
      out.push(
        `| ${s.file}:${s.line} | ${s.mutator}: ${code(s.original)} → ${code(s.replacement)} | ${cell(s.equivalent!)} |`,
      );
    }
  }

  const open = modules.flatMap((m) =>
    (results.stryker[m.name]?.survivors ?? []).filter((s) => s.equivalent === undefined),
  );
  if (open.length > 0) {
    out.push(
      '',
      '#### Survivors still to kill · 尚未杀死的变异',
      '',
      '| file:line | status | mutant |',
      '|---|---|---|',
    );
    for (const s of open) {
      out.push(
        `| ${s.file}:${s.line} | ${s.status} | ${s.mutator}: ${code(s.original)} → ${code(s.replacement)} |`,
      );
    }
  }

  out.push('', '### SQL mutants · SQL 变异 (hand-written, scripts/mutation/sqlMutants.ts)', '');
  if (!results.sql) {
    out.push('Not measured yet.');
  } else {
    const all = results.sql.mutants;
    const killed = all.filter((m) => m.status === 'killed').length;
    out.push(
      `Measured ${results.sql.date}: ${killed} of ${all.length} killed` +
        (all.length > killed
          ? ` (${all.filter((m) => m.status === 'survived').length} survived, ${all.filter((m) => m.status === 'stale').length} stale).`
          : '.'),
      '',
      '| mutant | query | kind | what a user would see | result |',
      '|---|---|---|---|---|',
    );
    for (const m of all) {
      const result =
        m.status === 'killed'
          ? 'killed'
          : m.status === 'survived'
            ? '**survived**'
            : `**stale** (${m.detail ?? ''})`;
      out.push(`| ${m.id} | ${m.module} | ${m.kind} | ${cell(m.effect)} | ${result} |`);
    }
  }
  return out.join('\n') + '\n';
}
