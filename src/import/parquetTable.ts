import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

// Parquet through the same mapping and validation path as CSV: every cell becomes the text a CSV
// would have held. Read in JS (hyparquet): DuckDB's parquet extension would have to be downloaded.

export const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

export function isParquet(bytes: Uint8Array): boolean {
  return PARQUET_MAGIC.every((b, i) => bytes[i] === b);
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x));
}

/** Header row (column names) followed by one text row per Parquet row. Throws on an unreadable file. */
export async function parquetToTextRows(bytes: Uint8Array): Promise<string[][]> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  // The top-level columns, as the rows are keyed: a LIST or struct column is one column holding its
  // nested value (written as JSON below), not its leaves (a LIST's leaf is named `element`).
  const names = parquetSchema(metadata).children.map((c) => c.element.name);
  const objects = (await parquetReadObjects({ file, metadata, compressors })) as Record<string, unknown>[];
  const rows: string[][] = [names];
  for (const o of objects) rows.push(names.map((n) => cellText(o[n])));
  return rows;
}
