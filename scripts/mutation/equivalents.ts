import type { EquivalentMutant } from './score';

// Surviving Stryker mutants that no test can kill because the mutated code behaves exactly like the
// original. Each entry says why; `npm run mutation` lists them in the README and leaves them out of
// the "equivalents excluded" score. A survivor not listed here is a missing test.
const NO_EMPTY_KEY =
  "the exact-name map never holds the empty key (add() skips it), so looking '' up there gives null, " +
  'as the shortcut does';

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
  // nameIndex.resolve: `let id = key === '' ? null : (this.exact.get(key) ?? null);`
  {
    file: 'src/import/nameIndex.ts',
    mutator: 'ConditionalExpression',
    original: "key === ''",
    replacement: 'false',
    reason: NO_EMPTY_KEY,
  },
  {
    file: 'src/import/nameIndex.ts',
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    line: 37,
    reason: NO_EMPTY_KEY,
  },
];
