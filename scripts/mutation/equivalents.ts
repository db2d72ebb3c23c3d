import type { EquivalentMutant } from './score';

// Surviving Stryker mutants that no test can kill because the mutated code behaves exactly like the
// original. Each entry says why; `npm run mutation` lists them in the README and leaves them out of
// the "equivalents excluded" score. A survivor not listed here is a missing test.
export const EQUIVALENT_MUTANTS: EquivalentMutant[] = [
  {
    file: 'src/export/spreadsheetSafe.ts',
    mutator: 'Regex',
    original: '/^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$/',
    replacement: '/^[+-](?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$/',
    reason:
      'PLAIN_NUMBER is only consulted for text that FORMULA_START matched, i.e. text starting with = + - @, a ' +
      'tab, CR, LF or a full-width sign; of those only + and - can start a number, so the sign is always there',
  },
  {
    file: 'src/export/spreadsheetSafe.ts',
    mutator: 'UnaryOperator',
    original: '-0',
    replacement: '+0',
    reason: "String(-0) is already '0', so testing for -0 or for +0 returns '0' for both zeros either way",
  },
  // 16b: data, charts, storage, view models
  {
    file: 'src/charts/names.ts',
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    reason:
      'the scope key given to ids the catalog does not know: any text without a "/" is equally distinct from ' +
      'every real "level/body" key and the same for all unknown ids, so scopesDiffer answers alike',
  },
];
