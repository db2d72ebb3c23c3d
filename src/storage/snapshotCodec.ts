import { TABLE_NAMES, type TableName, type TableTexts } from '../data/tables';

/** A snapshot as stored: each table's CSV text, gzip-compressed when the browser can. */
export interface EncodedSnapshot {
  format: 1;
  compression: 'gzip' | 'none';
  tables: Record<TableName, Uint8Array>;
}

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

export async function encodeSnapshot(texts: TableTexts): Promise<EncodedSnapshot> {
  const compression = canCompress() ? 'gzip' : 'none';
  const encoder = new TextEncoder();
  const tables = {} as Record<TableName, Uint8Array>;
  for (const table of TABLE_NAMES) {
    const bytes = encoder.encode(texts[table]);
    tables[table] = compression === 'gzip' ? await pipe(bytes, new CompressionStream('gzip')) : bytes;
  }
  return { format: 1, compression, tables };
}

export function encodedSize(snapshot: EncodedSnapshot): number {
  return TABLE_NAMES.reduce((n, t) => n + snapshot.tables[t].byteLength, 0);
}

export async function decodeSnapshot(stored: unknown): Promise<TableTexts> {
  const s = stored as Partial<EncodedSnapshot> | null | undefined;
  if (!s || s.format !== 1 || !s.tables || (s.compression !== 'gzip' && s.compression !== 'none')) {
    throw new SnapshotCorruptError('unknown snapshot format');
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const texts = {} as TableTexts;
  for (const table of TABLE_NAMES) {
    const bytes = s.tables[table];
    if (!(bytes instanceof Uint8Array)) throw new SnapshotCorruptError(`table ${table} is missing`);
    try {
      const plain = s.compression === 'gzip' ? await pipe(bytes, new DecompressionStream('gzip')) : bytes;
      texts[table] = decoder.decode(plain);
    } catch (e) {
      throw new SnapshotCorruptError(`table ${table}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return texts;
}
