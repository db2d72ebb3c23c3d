import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { TABLE_NAMES, type TableName, type TableTexts } from '../data/tables';

/**
 * A version's tables as the engine gives and takes them.
 * - `arrow`: each table as Arrow IPC stream bytes, what every version is saved as now: reopening copies
 *   columns into the engine instead of parsing text (see README, "Stored versions").
 * - `csv`: each table's canonical CSV text, what versions were saved as before; they still open.
 */
export type StoredTables =
  | { kind: 'arrow'; ipc: Record<TableName, Uint8Array>; rows: Record<TableName, number> }
  | { kind: 'csv'; texts: TableTexts };

/** A snapshot as stored: format 1 holds CSV text, format 2 Arrow IPC; gzip-compressed when the browser can. */
export type EncodedSnapshot =
  | { format: 1; compression: 'gzip' | 'none'; tables: Record<TableName, Uint8Array> }
  | {
      format: 2;
      compression: 'gzip' | 'none';
      tables: Record<TableName, Uint8Array>;
      rows: Record<TableName, number>;
    };

/** The stored snapshot cannot be read back: damaged bytes, a missing table, or a foreign format. */
export class SnapshotCorruptError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'SnapshotCorruptError';
  }
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream) {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const canCompress = () =>
  typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

export async function encodeSnapshot(stored: StoredTables): Promise<EncodedSnapshot> {
  const compression = canCompress() ? 'gzip' : 'none';
  const encoder = new TextEncoder();
  const tables = {} as Record<TableName, Uint8Array>;
  for (const table of TABLE_NAMES) {
    const bytes = stored.kind === 'arrow' ? stored.ipc[table] : encoder.encode(stored.texts[table]);
    tables[table] = compression === 'gzip' ? await pipe(bytes, new CompressionStream('gzip')) : bytes;
  }
  return stored.kind === 'arrow'
    ? { format: 2, compression, tables, rows: stored.rows }
    : { format: 1, compression, tables };
}

export function encodedSize(snapshot: EncodedSnapshot): number {
  return TABLE_NAMES.reduce((n, t) => n + snapshot.tables[t].byteLength, 0);
}

/**
 * SHA-256 of the stored bytes, table by table (name and length framed, so bytes cannot shift between
 * tables). A version's record keeps it; a snapshot read back with another hash is refused. It checks the
 * bytes, not the data, so reopening needs no canonical dump of a million rows. @noble/hashes, because
 * `crypto.subtle` is missing on plain-http intranets.
 */
export function contentHashOf(snapshot: EncodedSnapshot): string {
  const hash = sha256.create();
  const encoder = new TextEncoder();
  hash.update(encoder.encode(`luzhi-stored-v${snapshot.format}-${snapshot.compression}\n`));
  for (const table of TABLE_NAMES) {
    const bytes = snapshot.tables[table];
    hash.update(encoder.encode(`${table}\n${bytes.byteLength}\n`));
    hash.update(bytes);
  }
  return bytesToHex(hash.digest());
}

function checkShape(stored: unknown): EncodedSnapshot {
  const s = stored as Partial<EncodedSnapshot> | null | undefined;
  if (!s || (s.format !== 1 && s.format !== 2) || !s.tables) {
    throw new SnapshotCorruptError('unknown snapshot format');
  }
  if (s.compression !== 'gzip' && s.compression !== 'none') {
    throw new SnapshotCorruptError('unknown snapshot compression');
  }
  for (const table of TABLE_NAMES) {
    if (!(s.tables[table] instanceof Uint8Array)) throw new SnapshotCorruptError(`table ${table} is missing`);
    if (s.format === 2 && !Number.isInteger((s as { rows?: Record<string, unknown> }).rows?.[table])) {
      throw new SnapshotCorruptError(`table ${table}: row count is missing`);
    }
  }
  return s as EncodedSnapshot;
}

/** Checks the shape of what storage returned (anything may come back from a damaged database). */
export function asEncodedSnapshot(stored: unknown): EncodedSnapshot {
  return checkShape(stored);
}

export async function decodeSnapshot(stored: unknown): Promise<StoredTables> {
  const s = checkShape(stored);
  const plain = {} as Record<TableName, Uint8Array>;
  for (const table of TABLE_NAMES) {
    try {
      plain[table] =
        s.compression === 'gzip'
          ? await pipe(s.tables[table], new DecompressionStream('gzip'))
          : s.tables[table];
    } catch (e) {
      throw new SnapshotCorruptError(`table ${table}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (s.format === 2) return { kind: 'arrow', ipc: plain, rows: s.rows };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const texts = {} as TableTexts;
  for (const table of TABLE_NAMES) {
    try {
      texts[table] = decoder.decode(plain[table]);
    } catch (e) {
      throw new SnapshotCorruptError(`table ${table}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { kind: 'csv', texts };
}
