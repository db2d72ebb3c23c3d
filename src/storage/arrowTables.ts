import {
  Float64,
  Int32,
  Table,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  type Data,
  type DataType,
} from 'apache-arrow';
import type { Connector } from '../engine/connector';
import { TABLE_COLUMNS, type TableName } from '../data/tables';

type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE';

/** The Arrow type each of the tables' column types is stored as; DuckDB reads each back as the same type. */
const ARROW_TYPES: Record<ColumnType, () => DataType> = {
  VARCHAR: () => new Utf8(),
  INTEGER: () => new Int32(),
  DOUBLE: () => new Float64(),
};

const columnsOf = (table: TableName) => Object.entries(TABLE_COLUMNS[table]) as [string, ColumnType][];

/**
 * One chunk of the engine's result as this copy of apache-arrow's data. The Node engine bundles its own
 * copy, whose classes fail this copy's `instanceof` checks (its tables serialise to nothing); the buffers
 * are shared, not copied.
 */
function localData(chunk: Data, type: ColumnType): Data {
  return makeData({
    type: ARROW_TYPES[type](),
    length: chunk.length,
    offset: chunk.offset,
    nullCount: chunk.nullCount,
    nullBitmap: chunk.nullCount > 0 ? chunk.nullBitmap : null,
    valueOffsets: chunk.valueOffsets,
    data: chunk.values,
  } as Parameters<typeof makeData>[0]);
}

/**
 * A table of the dataset as Arrow IPC stream bytes, the form the engine loads fastest (no parsing: the
 * columns are copied in). Row order is the engine's; the data version is hashed from the canonical dump
 * elsewhere, so order does not matter here.
 */
export async function exportTableIpc(connector: Connector, table: TableName): Promise<Uint8Array> {
  const columns = columnsOf(table);
  const result = await connector.queryArrow(
    `SELECT ${columns.map(([name]) => `"${name}"`).join(', ')} FROM ${table}`,
  );
  const vectors = Object.fromEntries(
    columns.map(([name, type], i) => {
      const chunks = (result.getChildAt(i)?.data ?? []).map((d) => localData(d as Data, type));
      const data = chunks.length > 0 ? chunks : [makeData({ type: ARROW_TYPES[type](), length: 0 } as never)];
      return [name, makeVector(data as Data[])];
    }),
  );
  return tableToIPC(new Table(vectors), 'stream');
}

/** The column definitions of `table`, for creating it empty. */
const tableDdl = (table: TableName) =>
  `CREATE OR REPLACE TABLE ${table} (${columnsOf(table)
    .map(([name, type]) => `"${name}" ${type}`)
    .join(', ')})`;

/**
 * Replaces `table` with the rows of its stored IPC bytes. An empty table is created from its definition:
 * a stream with no record batches gives the engine no rows to take column types from.
 */
export async function importTableIpc(
  connector: Connector,
  table: TableName,
  ipc: Uint8Array,
  rowCount: number,
): Promise<void> {
  if (rowCount === 0) {
    await connector.query(tableDdl(table));
    return;
  }
  await connector.query(`DROP TABLE IF EXISTS ${table}`);
  await connector.insertArrowIPC(table, ipc);
}
