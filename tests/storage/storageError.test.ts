import { describe, expect, it } from 'vitest';
import { CatalogConflictError } from '../../src/storage/catalogRows';
import { SnapshotCorruptError } from '../../src/storage/snapshotCodec';
import { classifyStorageError, isQuotaError, StorageQuotaError } from '../../src/storage/storageError';

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
    // a full disk said only in the message, in any case
    { error: new Error('QUOTA reached for this origin'), expected: { kind: 'quota' } },
    { error: new DOMException('Storage QUOTA exceeded', 'UnknownError'), expected: { kind: 'quota' } },
    // each way an engine or a browser says it ran out of memory, in any case
    { error: new RangeError('Maximum call stack size exceeded'), expected: { kind: 'too_large' } },
    { error: new Error('wasm ALLOCATION FAILED'), expected: { kind: 'too_large' } },
    { error: new Error('Invalid array length'), expected: { kind: 'too_large' } },
    { error: new Error('invalid string length'), expected: { kind: 'too_large' } },
    { error: new Error('Array buffer allocation failed'), expected: { kind: 'too_large' } },
    // near misses are not memory: the analyst would be told to upload less for nothing
    { error: new Error('invalid length'), expected: { kind: 'other', reason: 'invalid length' } },
    {
      error: new Error('array buffer detached'),
      expected: { kind: 'other', reason: 'array buffer detached' },
    },
    // a named error keeps its name, so the message says what kind of failure it was
    {
      error: new TypeError('x is not a function'),
      expected: { kind: 'other', reason: 'TypeError: x is not a function' },
    },
    {
      error: new DOMException('the transaction was aborted', 'AbortError'),
      expected: { kind: 'other', reason: 'AbortError: the transaction was aborted' },
    },
    { error: 42, expected: { kind: 'other', reason: '42' } },
    { error: { name: 'QuotaExceededError' }, expected: { kind: 'other', reason: '[object Object]' } },
  ])('$error → $expected.kind', ({ error, expected }) => {
    expect(classifyStorageError(error)).toEqual(expected);
  });

  it.each([
    { error: new DOMException('The quota has been exceeded.', 'QuotaExceededError'), quota: true },
    { error: new StorageQuotaError([], null), quota: true },
    { error: new Error('Out of Memory Error'), quota: false },
    { error: new CatalogConflictError('jurisdictions', 'quota'), quota: false },
  ])('isQuotaError($error) is $quota', ({ error, quota }) => {
    expect(isQuotaError(error)).toBe(quota);
  });

  it('a quota error carries the versions to free and what the browser said', () => {
    const cause = new DOMException('full', 'QuotaExceededError');
    const free = [{ id: 'a', fileName: 'a.csv', time: '2026-11-01T08:00:00.000Z', storedBytes: 10 }];
    const error = new StorageQuotaError(free, cause);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'StorageQuotaError',
      message: 'the browser storage quota is exceeded',
      cause,
    });
    expect(classifyStorageError(error)).toEqual({ kind: 'quota', free });
  });

  it('a catalog conflict names the table and the id', () => {
    const error = new CatalogConflictError('indicators', 'proposals_filed');
    expect(error).toMatchObject({
      name: 'CatalogConflictError',
      table: 'indicators',
      message: 'indicators: id "proposals_filed" already exists with different details',
    });
  });
});
