import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, type TableName } from '../../src/data/tables';
import { createMemoryVersionStore } from '../../src/storage/memoryVersionStore';
import {
  contentHashOf,
  encodedSize,
  encodeSnapshot,
  type StoredTables,
} from '../../src/storage/snapshotCodec';
import {
  CurrentVersionDeleteError,
  newVersionId,
  StaleVersionError,
  VersionNotFoundError,
  type VersionRecord,
} from '../../src/storage/versionStore';

const tables = (marker: string): StoredTables => ({
  kind: 'csv',
  texts: Object.fromEntries(TABLE_NAMES.map((t) => [t, `${t}\n${marker}\n`])) as Record<TableName, string>,
});

const record = (id: string, parent: string | null, day: number) => ({
  id,
  parent,
  fileName: `${id}.csv`,
  time: `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`,
  mode: 'merge' as const,
  rowCounts: { added: 1, changed: 0, unchanged: 0, removed: 0, total: 1 },
  dataVersion: `${id}-version`,
});

/** Bytes a version with `marker` takes once stored (the store's own encoding). */
const sizeOf = async (marker: string) => encodedSize(await encodeSnapshot(tables(marker)));

describe('the memory store keeps versions like IndexedDB does', () => {
  it('adds a version: current, listed newest first, sized and hashed, its snapshot and first view read back', async () => {
    const store = createMemoryVersionStore();
    expect(store.kind).toBe('memory');
    expect(await store.currentId()).toBeNull();
    expect(await store.list()).toEqual([]);
    const a = await store.addVersion(record('a', null, 2), tables('a'), { screen: 'a' });
    const encoded = await encodeSnapshot(tables('a'));
    expect(a).toEqual({
      ...record('a', null, 2),
      storedBytes: encodedSize(encoded),
      contentHash: contentHashOf(encoded),
    });
    const b = await store.addVersion(record('b', 'a', 3), tables('b'));
    // listed by time, newest first, whatever order they were added in
    const c = await store.addVersion(record('c', 'b', 1), tables('c'));
    expect((await store.list()).map((v) => v.id)).toEqual(['b', 'a', 'c']);
    expect(await store.currentId()).toBe('c');
    expect(await store.readSnapshot('a')).toEqual({ tables: tables('a'), contentHash: a.contentHash });
    expect(await store.readSnapshot('b')).toEqual({ tables: tables('b'), contentHash: b.contentHash });
    expect(await store.readFirstView('a')).toEqual({ screen: 'a' });
    expect(await store.readFirstView('b')).toBeNull();
    expect(c.parent).toBe('b');
  });

  it('adds only on top of the version the commit was prepared on, and then writes nothing', async () => {
    const store = createMemoryVersionStore();
    await store.addVersion(record('a', null, 1), tables('a'));
    const error = await store.addVersion(record('b', null, 2), tables('b')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleVersionError);
    expect(error).toMatchObject({ currentId: 'a', name: 'StaleVersionError' });
    expect((error as Error).message).toBe('the data changed in another tab (now a)');
    expect((await store.list()).map((v) => v.id)).toEqual(['a']);
    await expect(store.readSnapshot('b')).rejects.toThrow(VersionNotFoundError);
    expect(new StaleVersionError(null).message).toBe('the data changed in another tab (now bundled)');
  });

  it('quota: a version that exactly fills it is stored, one byte more is refused with nothing written', async () => {
    const [a, b] = [await sizeOf('a'), await sizeOf('b')];
    const exact = createMemoryVersionStore({ quotaBytes: a + b });
    await exact.addVersion(record('a', null, 1), tables('a'));
    await exact.addVersion(record('b', 'a', 2), tables('b'));
    expect((await exact.list()).map((v) => v.id)).toEqual(['b', 'a']);

    const short = createMemoryVersionStore({ quotaBytes: a + b - 1 });
    await short.addVersion(record('a', null, 1), tables('a'));
    const error = await short.addVersion(record('b', 'a', 2), tables('b'), 'view').catch((e: unknown) => e);
    // refused as a browser's storage refuses it: classifyStorageError reads both the name and the message
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: 'QuotaExceededError', message: 'The quota has been exceeded.' });
    expect(await short.currentId()).toBe('a');
    expect((await short.list()).map((v) => v.id)).toEqual(['a']);
    expect(await short.readFirstView('b')).toBeNull();
  });

  it('setCurrent: any stored version or the bundled data (null), never an unknown id', async () => {
    const store = createMemoryVersionStore();
    await store.addVersion(record('a', null, 1), tables('a'));
    await store.addVersion(record('b', 'a', 2), tables('b'));
    await store.setCurrent('a');
    expect(await store.currentId()).toBe('a');
    await store.setCurrent(null);
    expect(await store.currentId()).toBeNull();
    const error = await store.setCurrent('zzz').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersionNotFoundError);
    expect(error).toMatchObject({
      id: 'zzz',
      name: 'VersionNotFoundError',
      message: 'version zzz is not stored',
    });
    expect(await store.currentId()).toBeNull();
  });

  it('delete frees a version whole (record, snapshot, first view), never the one in use', async () => {
    const store = createMemoryVersionStore();
    await store.addVersion(record('a', null, 1), tables('a'), 'view a');
    await store.addVersion(record('b', 'a', 2), tables('b'), 'view b');
    const refused = await store.deleteVersion('b').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CurrentVersionDeleteError);
    expect(refused).toMatchObject({
      id: 'b',
      name: 'CurrentVersionDeleteError',
      message: 'version b is in use and cannot be deleted',
    });
    expect(await store.readFirstView('b')).toBe('view b');
    await store.deleteVersion('a');
    expect((await store.list()).map((v) => v.id)).toEqual(['b']);
    await expect(store.readSnapshot('a')).rejects.toThrow(VersionNotFoundError);
    expect(await store.readFirstView('a')).toBeNull();
  });

  it('fold keeps the record (marked, 0 bytes) but frees its data and its space; never the one in use', async () => {
    const [a, b, c] = [await sizeOf('a'), await sizeOf('b'), await sizeOf('c')];
    // room for two versions only: folding the first must make room for the third
    const store = createMemoryVersionStore({ quotaBytes: Math.max(a + b, b + c) });
    const first = await store.addVersion(record('a', null, 1), tables('a'), 'view a');
    await store.addVersion(record('b', 'a', 2), tables('b'));
    await expect(store.foldVersion('b')).rejects.toThrow(CurrentVersionDeleteError);
    await expect(store.foldVersion('zzz')).rejects.toThrow(new VersionNotFoundError('zzz'));
    await store.foldVersion('a');
    const list = await store.list();
    expect(list[1]).toEqual({ ...first, folded: true, storedBytes: 0 });
    expect(list[0]).not.toHaveProperty('folded');
    await expect(store.readSnapshot('a')).rejects.toThrow(VersionNotFoundError);
    expect(await store.readFirstView('a')).toBeNull();
    await store.addVersion(record('c', 'b', 3), tables('c'));
    expect(await store.currentId()).toBe('c');
  });

  it('a first view stored after its version: read back; none for a folded or unknown version', async () => {
    const store = createMemoryVersionStore();
    await store.addVersion(record('a', null, 1), tables('a'));
    await store.addVersion(record('b', 'a', 2), tables('b'));
    await store.putFirstView('b', 'view b');
    expect(await store.readFirstView('b')).toBe('view b');
    await store.foldVersion('a');
    await store.putFirstView('a', 'view a');
    expect(await store.readFirstView('a')).toBeNull();
    await expect(store.putFirstView('zzz', 'view')).rejects.toThrow(new VersionNotFoundError('zzz'));
    expect(await store.readFirstView('zzz')).toBeNull();
  });

  it('test hooks replace a snapshot or a record as they are', async () => {
    const store = createMemoryVersionStore();
    const a = await store.addVersion(record('a', null, 1), tables('a'));
    const older: VersionRecord = { ...a, fileName: 'older.csv' };
    store.tamperRecord(older);
    expect(await store.list()).toEqual([older]);
    store.tamper('a', { format: 9 });
    await expect(store.readSnapshot('a')).rejects.toThrow('unknown snapshot format');
  });
});

describe('version ids', () => {
  it('are new each time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newVersionId()));
    expect(ids.size).toBe(50);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
