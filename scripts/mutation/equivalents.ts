import type { EquivalentMutant } from './score';

// Surviving Stryker mutants that no test can kill because the mutated code behaves exactly like the
// original. Each entry says why; `npm run mutation` lists them in the README and leaves them out of
// the "equivalents excluded" score. A survivor not listed here is a missing test.
export const EQUIVALENT_MUTANTS: EquivalentMutant[] = [];
