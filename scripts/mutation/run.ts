// npm run mutation [-- --only export-escaping,data] [--files src/data/chineseNumerals.ts] [--sql | --stryker]
//                   [--sql-mutants id,id] [--concurrency 1] [--force]
//
// 1. Stryker, module by module (modules.ts), incremental: results are cached per module in
//    .cache/mutation/ so a re-run after a small change only tests the mutants that change touched.
// 2. The hand-written SQL mutants (sqlMutants.ts): each applied in memory, the view tests run once.
// Writes mutation/results.json (merged: modules not run keep their last result) and the README
// section between the mutation markers. Not part of `npm test`: a full run takes long.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { PartialStrykerOptions } from '@stryker-mutator/api/core';
import { Stryker } from '@stryker-mutator/core';
import { EQUIVALENT_MUTANTS } from './equivalents';
import { MUTATION_MODULES, type MutationModule } from './modules';
import {
  EMPTY_RESULTS,
  mutationMarkdown,
  verdict,
  withMutationSection,
  type FileResult,
  type MutationResults,
  type SqlMutantResult,
  type StrykerModuleResult,
} from './report';
import { combineScores, scoreModule, type MutantOutcome } from './score';
import { SQL_MUTANT_ENV } from './sqlMutantPlugin';
import { applySqlMutant, SQL_MUTANTS, SQL_QUERY_MODULES } from './sqlMutants';

const root = path.resolve(import.meta.dirname, '../..');
const resultsFile = path.join(root, 'mutation/results.json');
const cacheDir = path.join(root, '.cache/mutation');
const today = () => new Date().toISOString().slice(0, 10);

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    files: { type: 'string' },
    'sql-mutants': { type: 'string' },
    sql: { type: 'boolean', default: false },
    stryker: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '2' },
    force: { type: 'boolean', default: false },
  },
});

function readResults(): MutationResults {
  return fs.existsSync(resultsFile)
    ? { ...EMPTY_RESULTS, ...(JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as MutationResults) }
    : structuredClone(EMPTY_RESULTS);
}

/**
 * Re-reads mutation/results.json, applies this run's change and writes it back with the README
 * section, so two runs on different modules (e.g. --sql beside --only data) do not undo each other.
 */
function updateResults(change: (results: MutationResults) => void): void {
  const results = readResults();
  change(results);
  // an entry added to equivalents.ts since a module was measured counts without a re-run
  for (const [name, r] of Object.entries(results.stryker)) {
    const rescored = combineScores([r], EQUIVALENT_MUTANTS);
    results.stryker[name] = {
      ...r,
      ...rescored,
      ...(r.byFile
        ? {
            byFile: Object.fromEntries(
              Object.entries(r.byFile).map(([f, p]) => [
                f,
                { ...p, survivors: combineScores([p], EQUIVALENT_MUTANTS).survivors },
              ]),
            ),
          }
        : {}),
    };
  }
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  const readmeFile = path.join(root, 'README.md');
  const readme = fs.readFileSync(readmeFile, 'utf8');
  const updated = withMutationSection(readme, mutationMarkdown(results, MUTATION_MODULES));
  if (updated === null)
    console.warn('README.md has no mutation markers; only mutation/results.json was written');
  else fs.writeFileSync(readmeFile, updated);
}

/** Files a module's globs match right now (a view folder that does not exist yet matches none). */
function filesOf(module: MutationModule): string[] {
  const include = module.mutate.filter((g) => !g.startsWith('!'));
  const exclude = module.mutate.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const matches = (file: string, globs: string[]) => globs.some((g) => path.matchesGlob(file, g));
  const found = new Set<string>();
  for (const glob of include) {
    // the glob's fixed leading folders, e.g. src/views/ranking for src/views/ranking/*.ts
    const base = glob
      .split('/')
      .filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => /[*?[{]/.test(p)));
    const dir = path.join(root, ...base.slice(0, base.length === glob.split('/').length ? -1 : undefined));
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const file = path.relative(root, path.join(dir, entry)).split(path.sep).join('/');
      if (matches(file, [glob]) && !matches(file, exclude) && fs.statSync(path.join(root, file)).isFile()) {
        found.add(file);
      }
    }
  }
  return [...found].sort();
}

async function runStryker(
  module: MutationModule,
  files: string[],
  cacheName: string,
): Promise<MutantOutcome[]> {
  fs.mkdirSync(cacheDir, { recursive: true });
  const stryker = new Stryker({
    testRunner: 'vitest',
    vitest: { configFile: 'scripts/mutation/vitest.stryker.config.ts', related: true },
    checkers: ['typescript'],
    tsconfigFile: 'tsconfig.json',
    plugins: ['@stryker-mutator/vitest-runner', '@stryker-mutator/typescript-checker'],
    mutate: files,
    coverageAnalysis: 'perTest',
    concurrency: Number(args.concurrency),
    incremental: true,
    // Stryker's incremental report holds only the files of its last run: one cache per file set
    incrementalFile: path.join(cacheDir, `${cacheName.replace(/\W+/g, '-')}.json`),
    force: args.force,
    reporters: ['progress'],
    // one sandbox folder per module, so two modules can be measured side by side
    tempDirName: `.stryker-tmp/${module.name.replace(/\W+/g, '-')}`,
    cleanTempDir: true,
    // anchored: a bare 'bench' would also drop tests/bench and scripts/bench from the sandbox
    ignorePatterns: [
      '/dist',
      '/test-results',
      '/bench',
      '/coverage',
      '/.cache',
      '/.stryker-tmp',
      '/mutation',
      '*.log',
    ],
    // the first run of every related test (DuckDB-WASM included) on a loaded machine
    dryRunTimeoutMinutes: 30,
    // DuckDB-WASM tests are slow to start and the machine is shared: generous absolute timeout.
    timeoutMS: 20_000,
    // LogLevel is an ambient const enum, which isolatedModules cannot reference: its string values
    logLevel: 'warn' as PartialStrykerOptions['logLevel'],
    fileLogLevel: 'off' as PartialStrykerOptions['fileLogLevel'],
  });
  return (await stryker.runMutationTest()) as MutantOutcome[];
}

/** Stryker on `files`, scored per file: with `oneByOne` each file is its own run (and its own time). */
async function measure(
  module: MutationModule,
  files: string[],
  oneByOne: boolean,
  record: (byFile: Record<string, FileResult>) => void,
): Promise<void> {
  const sources = new Map<string, string>();
  const sourceOf = (file: string) => {
    if (!sources.has(file)) sources.set(file, fs.readFileSync(path.join(root, file), 'utf8'));
    return sources.get(file)!;
  };
  for (const group of oneByOne ? files.map((f) => [f]) : [files]) {
    if (oneByOne) console.log(`-- ${group[0]}`);
    const started = performance.now();
    const outcomes = (
      await runStryker(module, group, oneByOne ? `${module.name}--${group[0]}` : module.name)
    ).map((r) => ({
      ...r,
      fileName: path.relative(root, path.resolve(root, r.fileName)).split(path.sep).join('/'),
    }));
    const seconds = Math.round((performance.now() - started) / 1000);
    const byFile: Record<string, FileResult> = {};
    for (const file of group) {
      const { counts, survivors } = scoreModule(
        outcomes.filter((o) => o.fileName === file),
        sourceOf,
        EQUIVALENT_MUTANTS,
      );
      byFile[file] = { date: today(), durationSeconds: oneByOne ? seconds : 0, counts, survivors };
    }
    if (oneByOne) console.log(`   ${group[0]}: ${seconds} s`);
    record(byFile);
  }
}

/**
 * The module's result from its files' results: the files measured now replace their earlier results,
 * files measured earlier (--files) are kept while they still belong to the module.
 */
function moduleResult(
  module: MutationModule,
  all: string[],
  earlier: StrykerModuleResult | undefined,
  measured: Record<string, FileResult>,
  fullRunSeconds: number | null,
): StrykerModuleResult {
  const byFile = Object.fromEntries(
    Object.entries({ ...earlier?.byFile, ...measured })
      .filter(([file]) => all.includes(file))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const files = Object.keys(byFile);
  const parts = Object.values(byFile);
  return {
    date:
      parts
        .map((p) => p.date)
        .sort()
        .at(-1) ?? today(),
    target: module.target,
    files,
    ...(files.length < all.length ? { partialOf: all.length } : {}),
    durationSeconds: fullRunSeconds ?? parts.reduce((sum, p) => sum + p.durationSeconds, 0),
    ...combineScores(parts, EQUIVALENT_MUTANTS),
    byFile,
  };
}

async function strykerModules(): Promise<void> {
  const only = args.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((name) => !MUTATION_MODULES.some((m) => m.name === name)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown module(s): ${unknown.join(', ')}`);
  for (const module of MUTATION_MODULES) {
    if (only && !only.includes(module.name)) continue;
    const all = filesOf(module);
    // --files narrows a long module to some of its files, measured one at a time: each file's result
    // is recorded as soon as it is known, and the module's stays partial until every file has one
    const files = args.files
      ? all.filter((f) => args.files!.split(',').some((g) => path.matchesGlob(f, g.trim())))
      : all;
    if (files.length === 0) {
      console.log(`\n${module.name}: no files yet (${module.mutate[0]}), skipped`);
      continue;
    }
    console.log(`\n== Stryker: ${module.name} (${files.length} files) ==`);
    const started = performance.now();
    const oneByOne = args.files !== undefined;
    await measure(module, files, oneByOne, (measured) =>
      updateResults((results) => {
        const fullRunSeconds = oneByOne ? null : Math.round((performance.now() - started) / 1000);
        // a whole-module run replaces everything; --files adds to what was measured before
        const earlier = oneByOne ? results.stryker[module.name] : undefined;
        results.stryker[module.name] = moduleResult(module, all, earlier, measured, fullRunSeconds);
      }),
    );
    const result = readResults().stryker[module.name]!;
    console.log(
      `${module.name}: score ${result.score}% (equivalents excluded ${result.scoreExcludingEquivalent}%), ${verdict(result)}`,
    );
  }
}

function sqlMutants(): void {
  const config = path.join('scripts', 'mutation', 'vitest.sqlMutant.config.ts');
  const vitest = (tests: string[], env: Record<string, string>) =>
    spawnSync('npx', ['vitest', 'run', '-c', config, '--bail', '1', ...tests], {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
  const allTests = [...new Set(Object.values(SQL_QUERY_MODULES).flatMap((m) => m.tests))];
  console.log('\n== SQL mutants: baseline (no mutant) ==');
  const baseline = vitest(allTests, {});
  if (baseline.status !== 0) {
    console.error(baseline.stdout.slice(-3000), baseline.stderr.slice(-3000));
    throw new Error('the view tests fail without any mutant: fix them before measuring');
  }
  const only = args['sql-mutants']?.split(',').map((s) => s.trim());
  const unknown = only?.filter((id) => !SQL_MUTANTS.some((m) => m.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown SQL mutant(s): ${unknown.join(', ')}`);
  const mutants: SqlMutantResult[] = [];
  for (const m of SQL_MUTANTS) {
    if (only && !only.includes(m.id)) continue;
    const query = SQL_QUERY_MODULES[m.module];
    const applied = applySqlMutant(fs.readFileSync(path.join(root, query.file), 'utf8'), m);
    const base = { id: m.id, module: m.module, kind: m.kind, effect: m.effect };
    if (!applied.ok) {
      mutants.push({ ...base, status: 'stale', detail: `${applied.reason} in ${query.file}` });
      console.log(`${m.id}: STALE (${applied.reason})`);
      continue;
    }
    const run = vitest(query.tests, { [SQL_MUTANT_ENV]: m.id });
    const status = run.status === 0 ? 'survived' : 'killed';
    mutants.push({ ...base, status });
    console.log(`${m.id}: ${status.toUpperCase()}`);
  }
  updateResults((results) => {
    // --sql-mutants re-measures some: the others keep their last result
    const kept = only ? (results.sql?.mutants ?? []).filter((r) => !only.includes(r.id)) : [];
    const order = new Map(SQL_MUTANTS.map((m, i) => [m.id, i]));
    const merged = [...kept, ...mutants].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    results.sql = { date: today(), mutants: merged };
  });
}

if (!args.sql) await strykerModules();
if (!args.stryker && !args.only) sqlMutants();
