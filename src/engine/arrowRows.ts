import { Type, type Data, type Table } from 'apache-arrow';
import type { Row } from './connector';
import { Utf8Interner } from '../platform/utf8Interner';

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/** Reads one column of one record batch by row index within the batch. */
type Reader = (index: number) => unknown;

/** Distinct strings remembered per column of a batch at most (a batch holds 2,048 rows): ids, qualifiers, units, reasons. */
const INTERN_ENTRIES = 4096;

/** Strings repeat down a result: each distinct byte sequence of a column is decoded once. */
function utf8Reader(data: Data): Reader {
  const offsets = data.valueOffsets as Int32Array;
  const interner = new Utf8Interner(
    data.values as Uint8Array,
    Math.max(1, Math.min(data.length, INTERN_ENTRIES)),
  );
  return (i) => interner.text(offsets[i]!, offsets[i + 1]!);
}

/**
 * The column's values read straight from its buffers for the types results hold (text, floating point
 * and integers); anything else through Arrow's own accessor. `Vector.get` finds the batch and decodes
 * each string anew per call, which was most of turning a 25,000-cell matrix into rows.
 */
function columnReader(data: Data, get: (index: number) => unknown): Reader {
  let read: Reader;
  // A sliced Data keeps its value buffers sliced to it, but its validity bitmap whole (read at offset).
  if (data.typeId === Type.Utf8) read = utf8Reader(data);
  else if (
    (data.typeId === Type.Int || data.typeId === Type.Float) &&
    ArrayBuffer.isView(data.values) &&
    !(data.values instanceof Uint16Array && data.typeId === Type.Float)
  ) {
    // (a half-precision float is stored as raw 16-bit words: left to Arrow)
    const values = data.values as unknown as ArrayLike<number | bigint>;
    read = (i) => plain(values[i]);
  } else return (i) => plain(get(i));
  if (data.nullCount === 0) return read;
  const bitmap = data.nullBitmap;
  const base = data.offset;
  return (i) => ((bitmap[(base + i) >> 3]! & (1 << ((base + i) & 7))) === 0 ? null : read(i));
}

/** Arrow result → plain rows. BIGINTs (COUNT, RANK) become numbers: the app's counts are far below 2^53. */
export function arrowToRows<T = Row>(table: Table): T[] {
  const names = table.schema.fields.map((f) => f.name);
  // Plain objects filled in one column order share one hidden class (twice as fast to build and read
  // as prototype-less ones, which V8 keeps as dictionaries). Column names come from the app's SQL, never
  // from data; a "__proto__" column would still get a prototype-less row, where it is an own key.
  const plainObjects = !names.includes('__proto__');
  const rows: T[] = new Array(table.numRows);
  let r = 0;
  for (const batch of table.batches) {
    const readers = names.map((_, c) => {
      const child = batch.getChildAt(c)!;
      return columnReader(child.data[0]!, (i) => child.get(i));
    });
    for (let i = 0; i < batch.numRows; i++, r++) {
      const row: Row = plainObjects ? ({} as Row) : (Object.create(null) as Row);
      for (let c = 0; c < names.length; c++) row[names[c]!] = readers[c]!(i);
      rows[r] = row as T;
    }
  }
  return rows;
}
