import fc from 'fast-check';
import {
  Float64,
  Int32,
  Int64,
  Utf8,
  Bool,
  makeBuilder,
  makeTable,
  tableFromIPC,
  tableToIPC,
  type DataType,
  Table,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrowToRows } from '../../src/engine/arrowRows';
import { createNodeConnector } from '../../src/engine/nodeConnector';

/** What rows were before reading the buffers directly: Arrow's own accessor, value by value. */
function referenceRows(table: Table): Record<string, unknown>[] {
  const names = table.schema.fields.map((f) => f.name);
  return Array.from({ length: table.numRows }, (_, r) =>
    Object.fromEntries(
      names.map((n, c) => {
        const v: unknown = table.getChildAt(c)?.get(r);
        return [n, typeof v === 'bigint' ? Number(v) : v];
      }),
    ),
  );
}

const COLUMN_TYPES: { name: string; type: () => DataType; value: fc.Arbitrary<unknown> }[] = [
  // Text that repeats (ids, qualifiers) and text that does not: CJK, emoji, empty, long.
  {
    name: 'text',
    type: () => new Utf8(),
    value: fc.oneof(
      fc.constantFrom('jiaxing', 'exact', 'at_least', '嘉兴', '地级市、县级市、区政协规模与职能不同', ''),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ minLength: 60, maxLength: 90 }),
    ),
  },
  { name: 'double', type: () => new Float64(), value: fc.double({ noNaN: true }) },
  { name: 'int', type: () => new Int32(), value: fc.integer() },
  { name: 'bigint', type: () => new Int64(), value: fc.bigInt({ min: -(2n ** 50n), max: 2n ** 50n }) },
  { name: 'bool', type: () => new Bool(), value: fc.boolean() },
];

function tableOf(columns: { type: DataType; values: unknown[] }[], batchSize: number): Table {
  const length = columns[0]?.values.length ?? 0;
  const children = columns.map(({ type, values }) => {
    const builder = makeBuilder({ type, nullValues: [null] });
    for (const v of values) builder.append(v as never);
    return builder.finish().toVector();
  });
  const whole: Table = makeTable(
    Object.fromEntries(children.map((v, i) => [`c${i}`, v.data[0]!])) as never,
  ) as unknown as Table;
  // Several record batches, as DuckDB sends them, through IPC as the engine hands them over.
  const batches = [];
  for (let at = 0; at < length; at += batchSize) batches.push(...whole.slice(at, at + batchSize).batches);
  const chunked = batches.length > 0 ? new Table(batches) : whole;
  return tableFromIPC(tableToIPC(chunked));
}

describe('arrowToRows reads the buffers as Arrow would', () => {
  it('equals Arrow’s own accessor on random tables (nulls, CJK, repeats, several batches, sliced)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...COLUMN_TYPES), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 17 }),
        fc.nat(),
        (kinds, length, batchSize, seed) => {
          const columns = kinds.map((k, i) => ({
            type: k.type(),
            values: fc.sample(fc.option(k.value, { freq: 4 }), { numRuns: length, seed: seed + i }),
          }));
          const table = tableOf(columns, batchSize);
          expect(arrowToRows(table)).toEqual(referenceRows(table));
          // A slice keeps whole validity bitmaps with an offset into them.
          const sliced = table.slice(Math.min(3, length), length);
          expect(arrowToRows(sliced)).toEqual(referenceRows(sliced));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('turns an engine result into the same rows (text, numbers, NULLs, BIGINT counts, dates)', async () => {
    const db = await createNodeConnector();
    try {
      const sql = `SELECT i, 'j' || (i % 3) AS id, CASE WHEN i % 4 = 0 THEN NULL ELSE '嘉兴' || i END AS name,
                          i * 1.5 AS value, count(*) OVER () AS n, i % 2 = 0 AS even,
                          DATE '2024-01-01' + CAST(i AS INTEGER) AS day
                   FROM range(5000) t(i)`;
      const table = await db.queryArrow(sql);
      expect(table.batches.length).toBeGreaterThan(1);
      expect(arrowToRows(table)).toEqual(referenceRows(table));
    } finally {
      await db.close();
    }
  });
});
