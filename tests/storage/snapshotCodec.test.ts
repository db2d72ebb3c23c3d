import { gzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TABLE_NAMES, type TableName, type TableTexts } from '../../src/data/tables';
import {
  asEncodedSnapshot,
  contentHashOf,
  decodeSnapshot,
  encodedSize,
  encodeSnapshot,
  SnapshotCorruptError,
  type EncodedSnapshot,
} from '../../src/storage/snapshotCodec';

const perTable = <T>(value: (table: TableName, i: number) => T) =>
  Object.fromEntries(TABLE_NAMES.map((t, i) => [t, value(t, i)])) as Record<TableName, T>;

const TEXTS: TableTexts = perTable((t, i) => `${t}\n"嘉兴,${i}"\n`);
const IPC = perTable((_, i) => new Uint8Array([i, i + 1, i + 2, 255]));
const ROWS = perTable((_, i) => i * 10);

const plain = (tables: Record<TableName, Uint8Array>, format: 1 | 2 = 1): EncodedSnapshot =>
  format === 1
    ? { format, compression: 'none', tables }
    : { format, compression: 'none', tables, rows: ROWS };
const bytesOf = (text: string) => new TextEncoder().encode(text);

afterEach(() => vi.unstubAllGlobals());

describe('a snapshot reads back as it was saved, in either format, compressed or not', () => {
  it('CSV text: format 1, gzip where the browser can, every table back unchanged', async () => {
    const encoded = await encodeSnapshot({ kind: 'csv', texts: TEXTS });
    expect(encoded).toMatchObject({ format: 1, compression: 'gzip' });
    expect('rows' in encoded).toBe(false);
    // really gzip: the bytes differ from the text and start with the gzip magic number
    const first = encoded.tables[TABLE_NAMES[0]!];
    expect([...first.slice(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(await decodeSnapshot(encoded)).toEqual({ kind: 'csv', texts: TEXTS });
  });

  it('Arrow IPC: format 2 with its row counts, every table back byte for byte', async () => {
    const encoded = await encodeSnapshot({ kind: 'arrow', ipc: IPC, rows: ROWS });
    expect(encoded).toMatchObject({ format: 2, compression: 'gzip', rows: ROWS });
    expect(await decodeSnapshot(encoded)).toEqual({ kind: 'arrow', ipc: IPC, rows: ROWS });
  });

  it.each([
    { name: 'no CompressionStream', stub: { CompressionStream: undefined } },
    { name: 'no DecompressionStream', stub: { DecompressionStream: undefined } },
  ])('a browser with $name stores the bytes as they are', async ({ stub }) => {
    for (const [name, value] of Object.entries(stub)) vi.stubGlobal(name, value);
    const encoded = await encodeSnapshot({ kind: 'csv', texts: TEXTS });
    expect(encoded).toEqual({ format: 1, compression: 'none', tables: perTable((t) => bytesOf(TEXTS[t])) });
    expect(await decodeSnapshot(encoded)).toEqual({ kind: 'csv', texts: TEXTS });
  });

  it('gzip written by another compressor (an older browser) reads back too', async () => {
    const tables = perTable((t) => gzipSync(bytesOf(TEXTS[t])));
    expect(await decodeSnapshot({ format: 1, compression: 'gzip', tables })).toEqual({
      kind: 'csv',
      texts: TEXTS,
    });
  });

  it('the size counts every table’s stored bytes', () => {
    const tables = perTable((_, i) => new Uint8Array(i + 1));
    const n = TABLE_NAMES.length;
    expect(encodedSize(plain(tables))).toBe((n * (n + 1)) / 2);
  });
});

describe('the content hash: stored bytes that changed in any way are refused', () => {
  const base = plain(IPC, 2);
  it('is the same for the same bytes, and stable across builds (versions saved earlier keep opening)', () => {
    expect(contentHashOf(base)).toBe(contentHashOf({ ...base, tables: perTable((t) => IPC[t].slice()) }));
    expect(contentHashOf(base)).toMatch(/^[0-9a-f]{64}$/);
    // the framing records keep: a header line, then per table its name, its length and its bytes
    const framed = createHash('sha256').update('luzhi-stored-v2-none\n');
    for (const t of TABLE_NAMES) framed.update(`${t}\n${IPC[t].byteLength}\n`).update(IPC[t]);
    expect(contentHashOf(base)).toBe(framed.digest('hex'));
  });

  const [firstTable, secondTable] = TABLE_NAMES as [TableName, TableName];
  it.each([
    { name: 'another format', changed: { ...plain(IPC, 1) } },
    { name: 'another compression', changed: { ...base, compression: 'gzip' as const } },
    {
      name: 'one byte changed',
      changed: { ...base, tables: { ...IPC, [secondTable]: new Uint8Array([1, 2, 3, 254]) } },
    },
    {
      name: 'a byte moved from one table to the next (same bytes in sequence)',
      changed: {
        ...base,
        tables: {
          ...IPC,
          [firstTable]: IPC[firstTable].slice(0, 3),
          [secondTable]: new Uint8Array([255, ...IPC[secondTable]]),
        },
      },
    },
  ])('differs for $name', ({ changed }) => {
    expect(contentHashOf(changed as EncodedSnapshot)).not.toBe(contentHashOf(base));
  });
});

describe('whatever a damaged database returns is refused as corrupt, never loaded', () => {
  const good = plain(IPC, 2);
  const withoutFirst = Object.fromEntries(Object.entries(IPC).slice(1));
  it.each([
    { name: 'nothing', stored: undefined, message: 'unknown snapshot format' },
    { name: 'null', stored: null, message: 'unknown snapshot format' },
    { name: 'an unknown format', stored: { ...good, format: 3 }, message: 'unknown snapshot format' },
    { name: 'no tables', stored: { format: 1, compression: 'none' }, message: 'unknown snapshot format' },
    {
      name: 'an unknown compression',
      stored: { ...good, compression: 'zip' },
      message: 'unknown snapshot compression',
    },
    {
      name: 'a missing table',
      stored: { ...good, tables: withoutFirst },
      message: `table ${TABLE_NAMES[0]} is missing`,
    },
    {
      name: 'a table that is not bytes',
      stored: { ...good, tables: { ...IPC, [TABLE_NAMES[1]!]: [1, 2] } },
      message: `table ${TABLE_NAMES[1]} is missing`,
    },
    {
      name: 'Arrow tables with no row counts',
      stored: { format: 2, compression: 'none', tables: IPC },
      message: `table ${TABLE_NAMES[0]}: row count is missing`,
    },
    {
      name: 'an Arrow row count that is not a whole number',
      stored: { ...good, rows: { ...ROWS, [TABLE_NAMES.at(-1)!]: 1.5 } },
      message: `table ${TABLE_NAMES.at(-1)}: row count is missing`,
    },
  ])('$name', async ({ stored, message }) => {
    expect(() => asEncodedSnapshot(stored)).toThrow(new SnapshotCorruptError(message));
    await expect(decodeSnapshot(stored)).rejects.toThrow(new SnapshotCorruptError(message));
  });

  it('accepts a CSV snapshot with no row counts, and returns it as it is', () => {
    const csv = plain(IPC, 1);
    expect(asEncodedSnapshot(csv)).toBe(csv);
  });

  it.each([
    {
      name: 'bytes that are not gzip',
      stored: { format: 1, compression: 'gzip', tables: perTable(() => bytesOf('not gzip')) },
    },
    {
      name: 'CSV bytes that are not UTF-8',
      stored: { format: 1, compression: 'none', tables: perTable(() => new Uint8Array([0xff, 0xfe, 0x80])) },
    },
  ])('$name: corrupt, naming the table', async ({ stored }) => {
    const error = await decodeSnapshot(stored).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotCorruptError);
    expect((error as Error).name).toBe('SnapshotCorruptError');
    expect((error as Error).message).toMatch(new RegExp(`^table ${TABLE_NAMES[0]}: .+`));
    // what the decoder said, not its class name: the message reaches the analyst
    expect((error as Error).message).not.toMatch(/^table \w+: \w*Error\b/);
  });

  it('says which table and what the decoder found', async () => {
    const bad = new Uint8Array([0x61, 0xff]);
    const said = (() => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bad);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    const second = TABLE_NAMES[1]!;
    const tables = { ...perTable((t) => bytesOf(TEXTS[t])), [second]: bad };
    await expect(decodeSnapshot({ format: 1, compression: 'none', tables })).rejects.toThrow(
      new SnapshotCorruptError(`table ${second}: ${said}`),
    );
    expect(said).not.toBe('');
  });
});
