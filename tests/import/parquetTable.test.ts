import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { PARQUET_MAGIC, isParquet, parquetToTextRows } from '../../src/import/parquetTable';

// Every Parquet cell becomes the text a CSV would have held: a wrong text is a wrong figure, a
// missing or non-finite value written as text would be read as a figure.

function parquet(): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: '地区', data: ['嘉兴', null], type: 'STRING' },
      { name: 'double', data: Float64Array.from([1.5, NaN]), type: 'DOUBLE' },
      { name: 'infinite', data: [Infinity, -0], type: 'DOUBLE' },
      { name: 'int64', data: BigInt64Array.from([12345678901234567n, -1n]), type: 'INT64' },
      { name: 'bool', data: [true, false], type: 'BOOLEAN' },
      { name: 'time', data: [new Date(Date.UTC(2023, 0, 2)), null], type: 'TIMESTAMP' },
      { name: 'bytes', data: [new Uint8Array([0xe5, 0x98, 0x89]), null], type: 'BYTE_ARRAY' },
      { name: 'json', data: [{ a: 1, b: [2] }, null], type: 'JSON' },
    ],
  });
  return new Uint8Array(buffer);
}

describe('Parquet cells as the text a CSV would hold', () => {
  const expected = [
    ['地区', 'double', 'infinite', 'int64', 'bool', 'time', 'bytes', 'json'],
    ['嘉兴', '1.5', '', '12345678901234567', 'true', '2023-01-02T00:00:00.000Z', '嘉', '{"a":1,"b":[2]}'],
    // missing cells and NaN are empty (no data), never 0 or "NaN"; -0 is 0
    ['', '', '0', '-1', 'false', '', '', ''],
  ];

  it('header row, then one text row per Parquet row, in file order', async () => {
    expect(await parquetToTextRows(parquet())).toEqual(expected);
  });

  it('reads the bytes it is given when they sit inside a larger buffer', async () => {
    const bytes = parquet();
    const larger = new Uint8Array(bytes.length + 16);
    larger.set(bytes, 8);
    expect(await parquetToTextRows(larger.subarray(8, 8 + bytes.length))).toEqual(expected);
  });

  it('an unreadable file throws (the caller turns it into a message)', async () => {
    await expect(parquetToTextRows(Uint8Array.from([...PARQUET_MAGIC, 1, 2, 3]))).rejects.toThrow();
  });
});

// A LIST or struct column was read by its leaves: a LIST as a column named `element` (its leaf)
// whose cells were all empty, a struct as its fields' names, again empty. Each is one column under
// its own name holding its nested value as JSON (int64 parts as exact digits), empty when missing.
function nestedParquet(): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: '地区', data: ['嘉兴', '湖州'] },
      { name: 'values', data: [[12345678901234567n, -1n], null] },
      { name: 'parts', data: [{ a: 1, b: '十' }, null] },
    ],
    schema: [
      { name: 'root', num_children: 3 },
      { name: '地区', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
      { name: 'values', repetition_type: 'OPTIONAL', num_children: 1, converted_type: 'LIST' },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      { name: 'element', type: 'INT64', repetition_type: 'REQUIRED' },
      { name: 'parts', repetition_type: 'OPTIONAL', num_children: 2 },
      { name: 'a', type: 'INT32', repetition_type: 'REQUIRED' },
      { name: 'b', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
    ],
  });
  return new Uint8Array(buffer);
}

describe('nested Parquet columns', () => {
  it('a LIST or struct column is one column under its own name, not its leaves with empty cells', async () => {
    expect(await parquetToTextRows(nestedParquet())).toEqual([
      ['地区', 'values', 'parts'],
      ['嘉兴', '["12345678901234567","-1"]', '{"a":1,"b":"十"}'],
      ['湖州', '', ''],
    ]);
  });
});

describe('isParquet: the four magic bytes at the start', () => {
  it.each<{ name: string; bytes: number[]; expected: boolean }>([
    { name: 'PAR1 and more', bytes: [0x50, 0x41, 0x52, 0x31, 0], expected: true },
    { name: 'PAR1 alone', bytes: [0x50, 0x41, 0x52, 0x31], expected: true },
    { name: 'the last byte differs', bytes: [0x50, 0x41, 0x52, 0x32], expected: false },
    { name: 'the first byte differs', bytes: [0x51, 0x41, 0x52, 0x31], expected: false },
    { name: 'too short', bytes: [0x50, 0x41, 0x52], expected: false },
    { name: 'a CSV', bytes: [...new TextEncoder().encode('PAR,1')], expected: false },
  ])('$name', ({ bytes, expected }) => {
    expect(isParquet(Uint8Array.from(bytes))).toBe(expected);
  });
});
