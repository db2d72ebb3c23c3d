import { Dictionary, Float64, Int32, Int8, Utf8, makeData, makeVector, type Vector } from 'apache-arrow';

/**
 * Arrow vectors built straight from typed arrays. `vectorFromArray` goes through a generic builder
 * that takes ~3 s per million strings; writing the UTF-8 bytes and offsets directly is far cheaper.
 */
export function utf8Vector(
  values: readonly (string | null | undefined)[],
  { emptyAsNull = false } = {},
): Vector<Utf8> {
  const n = values.length;
  const offsets = new Int32Array(n + 1);
  const validity = new Uint8Array(Math.ceil(n / 8));
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (value === null || value === undefined || (emptyAsNull && value === '')) nullCount++;
    else validity[i >> 3]! |= 1 << (i & 7);
  }
  // One string, one encode: a million `encodeInto` calls on short strings took ~1 s in Chromium.
  // null and undefined join as '', which is what a null cell holds (no bytes).
  const joined = values.join('');
  const bytes = new TextEncoder().encode(joined);
  if (!utf8Offsets(values, joined, offsets)) return utf8VectorEach(values, emptyAsNull);
  return utf8Data(n, nullCount, validity, offsets, bytes);
}

/**
 * Each value's end, in UTF-8 bytes of `joined`, into `offsets` (from index 1); false when a value
 * holds a lone surrogate, which one encode of the joined text could pair with its neighbour's.
 * Exported for its tests: a false answer is never wrong, only slow (utf8Vector then encodes value by
 * value), so only a test of this function itself notices well-formed text sent the slow way.
 */
export function utf8Offsets(
  values: readonly (string | null | undefined)[],
  joined: string,
  offsets: Int32Array,
) {
  let k = 0;
  let byte = 0;
  for (let i = 0; i < values.length; i++) {
    const end = k + (values[i]?.length ?? 0);
    while (k < end) {
      const c = joined.charCodeAt(k++);
      if (c < 0x80) byte += 1;
      else if (c < 0x800) byte += 2;
      else if (c < 0xd800 || c > 0xdfff) byte += 3;
      else {
        // a surrogate pair is one 4-byte character; a lone half is not text
        const next = k < end ? joined.charCodeAt(k) : 0;
        if (c > 0xdbff || next < 0xdc00 || next > 0xdfff) return false;
        k++;
        byte += 4;
      }
    }
    offsets[i + 1] = byte;
  }
  return true;
}

/** The same, one value at a time (only for text with lone surrogates: each becomes U+FFFD). */
function utf8VectorEach(values: readonly (string | null | undefined)[], emptyAsNull: boolean): Vector<Utf8> {
  const encoder = new TextEncoder();
  const offsets = new Int32Array(values.length + 1);
  const validity = new Uint8Array(Math.ceil(values.length / 8));
  let bytes = new Uint8Array(Math.max(64, values.length * 8));
  let end = 0;
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined || (emptyAsNull && value === '')) {
      nullCount++;
    } else {
      validity[i >> 3]! |= 1 << (i & 7);
      // A UTF-16 unit is at most 3 UTF-8 bytes.
      const need = end + value.length * 3;
      if (need > bytes.length) {
        const grown = new Uint8Array(Math.max(need, bytes.length * 2));
        grown.set(bytes.subarray(0, end));
        bytes = grown;
      }
      end += encoder.encodeInto(value, bytes.subarray(end)).written;
    }
    offsets[i + 1] = end;
  }
  return utf8Data(values.length, nullCount, validity, offsets, bytes.subarray(0, end));
}

function utf8Data(
  length: number,
  nullCount: number,
  validity: Uint8Array,
  valueOffsets: Int32Array,
  data: Uint8Array,
): Vector<Utf8> {
  return makeVector(
    makeData({
      type: new Utf8(),
      length,
      nullCount,
      nullBitmap: nullCount > 0 ? validity : null,
      valueOffsets,
      data,
    }),
  );
}

export const int32Vector = (data: Int32Array) => makeVector({ type: new Int32(), data });
export const float64Vector = (data: Float64Array) => makeVector({ type: new Float64(), data });

/** Doubles with -0 turned into 0: a "-0" in a spreadsheet is a count of nothing, not a figure shown as "-0". */
export function valueVector(values: Float64Array): Vector<Float64> {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]! + 0;
  return float64Vector(out);
}

/**
 * A text column as Arrow dictionary codes: the importer's own index column (no copy) over its short
 * list of names. The engine reads it as VARCHAR; the bytes it carries are 4 per row instead of the
 * name's UTF-8 and an offset. Empty names become NULL, as a reload from a stored snapshot reads them.
 */
export function dictionaryVector(
  indices: Int32Array | Int8Array,
  names: readonly string[],
): Vector<Dictionary<Utf8, Int32 | Int8>> {
  const empty = names.map((n) => n === '');
  const length = indices.length;
  let nullBitmap: Uint8Array | null = null;
  let nullCount = 0;
  if (empty.some(Boolean)) {
    nullBitmap = new Uint8Array(Math.ceil(length / 8));
    for (let i = 0; i < length; i++) {
      if (empty[indices[i]!]) nullCount++;
      else nullBitmap[i >> 3]! |= 1 << (i & 7);
    }
  }
  const type = new Dictionary(new Utf8(), indices instanceof Int8Array ? new Int8() : new Int32());
  return makeVector(
    makeData({
      type,
      length,
      nullCount,
      nullBitmap: nullCount > 0 ? nullBitmap : null,
      data: indices,
      dictionary: utf8Vector(names),
    }),
  ) as Vector<Dictionary<Utf8, Int32 | Int8>>;
}
