import { describe, expect, it } from 'vitest';
import { evaluateSeeds, SEEDS_DIR, TARGETS } from '../../scripts/extract/evaluateSeeds';

// The five seed reports against the hand-read dataset: the same run as `npm run eval:extract`.
const scores = evaluateSeeds();

describe.skipIf(scores === null)(
  scores === null
    ? `extractor evaluation (skipped: ${SEEDS_DIR} not found)`
    : 'extractor evaluation on the seed reports',
  () => {
    it.each((scores ?? []).map((s) => [s.file, s] as const))(
      '%s: recall and precision meet the targets',
      (_f, s) => {
        expect(s.detectedYear).toBe(s.expectedYear);
        expect(s.detectedJurisdiction).toBe(s.expectedJurisdiction);
        expect(s.recall, JSON.stringify(s.missed, null, 1)).toBeGreaterThanOrEqual(TARGETS.recall);
        expect(s.precision, JSON.stringify(s.wrong, null, 1)).toBeGreaterThanOrEqual(TARGETS.precision);
      },
    );

    it('is deterministic: a second run gives the same scores', () => {
      expect(evaluateSeeds()).toEqual(scores);
    });
  },
);
