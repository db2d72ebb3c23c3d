import type { Qualifier } from '../data/schema';

/**
 * The qualifier of a figure computed as a ratio of two reported figures, n ÷ d: a rate, a change
 * against a base year (n ÷ d − 1), an index (100 × n ÷ d) or a figure per member or resident. The same
 * rule as the derived rates' SQL (src/data/tables.ts):
 * - exact ÷ exact is exact;
 * - ≥n ÷ exact d is at least n ÷ d: the lower bound on the numerator survives the division, and a
 *   change or index of it is a lower bound too (≥369 against 300 is ≥ +23%);
 * - n ÷ ≥d bounds the result from above (at most n ÷ d), a bound the data have no mark for, and ≥ ÷ ≥
 *   bounds it neither way: both are only approximately the figure shown (≈), never exact;
 * - ≈ anywhere makes the result ≈.
 */
const RULES: readonly { n: Qualifier; d: Qualifier; result: Qualifier }[] = [
  { n: 'exact', d: 'exact', result: 'exact' },
  { n: 'at_least', d: 'exact', result: 'at_least' },
];

export function ratioQualifier(n: Qualifier, d: Qualifier): Qualifier {
  return RULES.find((r) => r.n === n && r.d === d)?.result ?? 'approx';
}
