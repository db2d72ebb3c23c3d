import Papa from 'papaparse';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { TABLE_COLUMNS, TABLE_NAMES, type TableName, type TableTexts } from '../data/tables';

/**
 * One published version as one Parquet file: the observations as typed columns (what a reader
 * or another tool needs), and the four small catalog tables as CSV text in the file's key-value
 * metadata, so the file alone holds the whole dataset and its hash covers all of it.
 */

const FORMAT_KEY = 'luzhi.format';
const FORMAT = 'luzhi-published-v1';
const TABLE_KEY = (table: TableName) => `luzhi.table.${table}`;
const CATALOG_TABLES = TABLE_NAMES.filter((t) => t !== 'observations');

export class VersionFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VersionFileError';
  }
}

const OBSERVATION_COLUMNS = Object.keys(
  TABLE_COLUMNS.observations,
) as (keyof typeof TABLE_COLUMNS.observations)[];

/** Canonical observations CSV (see canonicalSnapshot) → Parquet bytes with the catalogs beside. */
export function encodeVersionFile(texts: TableTexts): Uint8Array {
  const parsed = Papa.parse<Record<string, string>>(texts.observations, {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) throw new VersionFileError(`observations: ${parsed.errors[0]!.message}`);
  const rows = parsed.data;
  const text = (c: string) => rows.map((r) => (r[c] === undefined || r[c] === '' ? null : r[c]!));
  const num = (c: string) => rows.map((r) => (r[c] === undefined || r[c] === '' ? null : Number(r[c])));
  const columnData = OBSERVATION_COLUMNS.map((name) => {
    const type = TABLE_COLUMNS.observations[name];
    if (type === 'INTEGER') return { name, data: num(name), type: 'INT32' as const };
    if (type === 'DOUBLE') return { name, data: num(name), type: 'DOUBLE' as const };
    return { name, data: text(name), type: 'STRING' as const };
  });
  const buffer = parquetWriteBuffer({
    columnData,
    kvMetadata: [
      { key: FORMAT_KEY, value: FORMAT },
      ...CATALOG_TABLES.map((t) => ({ key: TABLE_KEY(t), value: texts[t] })),
    ],
    createdBy: 'luzhi-compare',
  });
  return new Uint8Array(buffer);
}

/** A CSV field as `read_csv` reads it back: empty = NULL, text quoted, numbers as written. */
function csvField(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return `"${String(value).replace(/"/g, '""')}"`;
}

/** Parquet bytes → the five tables' CSV texts (for loadTablesFromCsv). Throws on anything else. */
export async function decodeVersionFile(bytes: Uint8Array): Promise<TableTexts> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let metadata;
  try {
    metadata = parquetMetadata(file);
  } catch (e) {
    throw new VersionFileError(`not a readable Parquet file (${e instanceof Error ? e.message : String(e)})`);
  }
  const kv = new Map((metadata.key_value_metadata ?? []).map((e) => [e.key, e.value ?? '']));
  if (kv.get(FORMAT_KEY) !== FORMAT)
    throw new VersionFileError(`not a published Lüzhi dataset (${FORMAT_KEY})`);
  const texts = {} as TableTexts;
  for (const table of CATALOG_TABLES) {
    const csv = kv.get(TABLE_KEY(table));
    if (csv === undefined) throw new VersionFileError(`table ${table} is missing`);
    texts[table] = csv;
  }
  const objects = (await parquetReadObjects({ file, compressors })) as Record<string, unknown>[];
  const lines = objects.map((o) => OBSERVATION_COLUMNS.map((c) => csvField(o[c])).join(','));
  texts.observations = `${OBSERVATION_COLUMNS.join(',')}\n${lines.map((l) => `${l}\n`).join('')}`;
  return texts;
}
