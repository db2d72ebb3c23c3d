import { describe, expect, it } from 'vitest';
import { DELETE_BEFORE_INSERT_SQL } from '../../src/storage/applyUpload';
import { COMMIT_MODES } from '../../src/storage/commitMode';

// The modes the Data screen offers (one radio button each, in this order) and the ones a commit knows how
// to apply must be the same list: a mode offered but not handled fails only when an analyst picks it.
describe('commit modes', () => {
  it('are offered least destructive first: merge, then replace the uploaded slices, then replace all', () => {
    expect(COMMIT_MODES).toEqual(['merge', 'replace_slices', 'replace_all']);
  });

  it('each mode offered has its delete rule, and no rule is for a mode never offered', () => {
    expect(Object.keys(DELETE_BEFORE_INSERT_SQL).sort()).toEqual([...COMMIT_MODES].sort());
  });
});
