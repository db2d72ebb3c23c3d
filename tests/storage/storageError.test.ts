import { describe, expect, it } from 'vitest';
import { CatalogConflictError } from '../../src/storage/catalogRows';
import { SnapshotCorruptError } from '../../src/storage/snapshotCodec';
import { classifyStorageError } from '../../src/storage/storageError';

describe('a failed commit is explained in terms the analyst can act on', () => {
  it.each([
    {
      error: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      expected: { kind: 'quota' },
    },
    { error: new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'), expected: { kind: 'quota' } },
    { error: new RangeError('Invalid string length'), expected: { kind: 'too_large' } },
    { error: new Error('Out of Memory Error: failed to allocate block'), expected: { kind: 'too_large' } },
    {
      error: new CatalogConflictError('jurisdictions', 'jiaxing'),
      expected: { kind: 'catalog_conflict', id: 'jiaxing' },
    },
    { error: new SnapshotCorruptError('bad'), expected: { kind: 'corrupt' } },
    { error: new Error('Catalog Error: x'), expected: { kind: 'other', reason: 'Catalog Error: x' } },
    { error: 'plain text', expected: { kind: 'other', reason: 'plain text' } },
  ])('$error → $expected.kind', ({ error, expected }) => {
    expect(classifyStorageError(error)).toEqual(expected);
  });
});
