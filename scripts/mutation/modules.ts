// What `npm run mutation` measures with Stryker: one entry per module where a wrong answer is silent.
// Adding a module is one entry here (a view folder from src/views/<view>/ included); the README
// table and mutation/results.json follow automatically. The tests run against a mutant are those that
// import its file (vitest "related" mode): Stryker's `testFiles` option is not used because with it
// Stryker 9.6 activates static mutants (module-level constants such as regexes) after the module has
// loaded, so they all "survive" (stryker-js issue #6144).

export interface MutationModule {
  /** Name used on the command line (`npm run mutation -- --only data`) and in the README table. */
  name: string;
  /** Stryker `mutate` globs: the files whose mutants count toward this module's score. */
  mutate: string[];
  /** Minimum mutation score (%) the issue sets for this module. */
  target: number;
  /** Files inside the module's folder that are left out, and why (shown in the README). */
  excluded?: { file: string; reason: string }[];
}

const NOT_TESTS = ['!**/*.test.ts', '!**/*.test.tsx'];

// Ordered by how much a silent wrong answer costs; `npm run mutation` runs them in this order.
export const MUTATION_MODULES: MutationModule[] = [
  {
    name: 'export-escaping',
    mutate: ['src/export/spreadsheetSafe.ts', 'src/export/markup.ts'],
    target: 90,
  },
  {
    name: 'data',
    mutate: ['src/data/*.ts', '!src/data/bundledFiles.ts', ...NOT_TESTS],
    target: 85,
    excluded: [
      {
        file: 'src/data/bundledFiles.ts',
        reason: 'browser-only loader (Vite `?url` imports); its Node twin bundledFilesNode.ts is measured',
      },
    ],
  },
  {
    name: 'charts',
    mutate: ['src/charts/*.ts', '!src/charts/echartsSetup.ts', ...NOT_TESTS],
    target: 85,
    excluded: [
      {
        file: 'src/charts/echartsSetup.ts, src/views/trend/echartsTrendParts.ts, src/views/matrix/echartsMatrixParts.ts',
        reason:
          'ECharts part registration only (no logic): drawing needs a canvas, the end-to-end tests draw every chart',
      },
    ],
  },
  {
    name: 'storage',
    mutate: [
      'src/storage/*.ts',
      '!src/storage/idbVersionStore.ts',
      '!src/storage/storageNotice.ts',
      ...NOT_TESTS,
    ],
    target: 85,
    excluded: [
      {
        file: 'src/storage/idbVersionStore.ts',
        reason: 'IndexedDB exists only in the browser; the end-to-end tests (not run by Stryker) cover it',
      },
      {
        file: 'src/storage/storageNotice.ts',
        reason:
          'types only: TypeScript erases the file, so it holds nothing to mutate and no test imports it at run time (Stryker refuses a file no test reaches)',
      },
    ],
  },
  // Views (#11): each src/views/<view>/ folder holds its query, pure model and component. The query's
  // SQL is measured by the hand-written SQL mutants (sqlMutants.ts); components need a browser.
  ...['ranking', 'trend', 'matrix', 'profile', 'overview'].map((view): MutationModule => ({
    name: `views/${view}`,
    mutate: [
      `src/views/${view}/*.ts`,
      `!src/views/${view}/*Query.ts`,
      `!src/views/${view}/echarts*Parts.ts`,
      ...NOT_TESTS,
    ],
    target: 85,
  })),
  {
    name: 'import',
    // the rule tables in validation/ decide what is imported and what is reported: measured too
    mutate: ['src/import/*.ts', 'src/import/validation/**/*.ts', '!src/import/importWorker.ts', ...NOT_TESTS],
    target: 90,
    excluded: [
      {
        file: 'src/import/importWorker.ts',
        reason:
          'the worker’s own side: message passing only, exercised end to end in the browser (the page’s side, importClient.ts, is measured with a stand-in Worker)',
      },
    ],
  },
];
