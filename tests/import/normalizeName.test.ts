import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/import/normalizeName';

// normalizeName is called only inside the cases here: names.test.ts builds its indexes when the file
// loads, so a broken normalization fails that whole file before any test runs, and Stryker then records
// the mutant as "no test ran" instead of killed.
describe('a name typed with compatibility characters finds the same body (NFKC)', () => {
  it.each([
    ['ＡＢＣ１２３', 'abc123'],
    ['①号委员会', '1号委员会'],
    ['第Ⅻ届', '第xii届'],
    ['ｶﾞ', 'ガ'],
  ])('%s → %s', (typed, key) => {
    expect(normalizeName(typed)).toBe(key);
  });
});
