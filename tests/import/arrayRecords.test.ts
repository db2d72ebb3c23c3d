import { describe, expect, it } from 'vitest';
import { ArrayRecords } from '../../src/import/arrayRecords';
import { FieldCache } from '../../src/import/fieldCache';

// Parquet and workbook rows are read through ArrayRecords exactly as CSV records: a row skipped or
// read twice, a blank row taken for data or a wrong hash would change what is imported.

function readAll(rows: string[][]): { row: number; count: number; cells: string[]; blank: boolean }[] {
  const r = new ArrayRecords(rows);
  const out = [];
  while (r.next()) {
    out.push({
      row: r.row,
      count: r.count,
      cells: [0, 1, 2].map((i) => r.field(i)),
      blank: r.isBlank(),
    });
  }
  expect(r.next()).toBe(false);
  return out;
}

describe('ArrayRecords reads rows like CSV records', () => {
  it('every row once, 1-based, with cells past the end empty', () => {
    expect(
      readAll([
        ['地区', '年份'],
        ['嘉兴', '2023', 'x'],
        ['', ' \t'],
        [' ', 'a'],
      ]),
    ).toEqual([
      { row: 1, count: 2, cells: ['地区', '年份', ''], blank: false },
      { row: 2, count: 3, cells: ['嘉兴', '2023', 'x'], blank: false },
      { row: 3, count: 2, cells: ['', ' \t', ''], blank: true },
      { row: 4, count: 2, cells: [' ', 'a', ''], blank: false },
    ]);
  });

  it('no rows: nothing to read, and the reading is complete', () => {
    const r = new ArrayRecords([]);
    expect(r.count).toBe(0);
    expect(r.progress()).toBe(1);
    expect(r.next()).toBe(false);
  });

  it('progress is the share of rows read', () => {
    const r = new ArrayRecords([['a'], ['b'], ['c'], ['d']]);
    const seen = [r.progress()];
    while (r.next()) seen.push(r.progress());
    expect(seen).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('fieldIs compares the whole cell, intField reads plain digits only', () => {
    const r = new ArrayRecords([['2023', '20 23', 'ab']]);
    r.next();
    expect([r.fieldIs(0, '2023'), r.fieldIs(0, '202'), r.fieldIs(2, 'ab'), r.fieldIs(3, '')]).toEqual([
      true,
      false,
      true,
      true,
    ]);
    expect([r.intField(0), r.intField(1), r.intField(2), r.intField(3)]).toEqual([2023, -1, -1, -1]);
    expect([r.defect, r.spans]).toEqual([null, null]);
  });

  it('fieldHash is 32-bit FNV-1a over the UTF-16 code units (the CSV reader hashes alike)', () => {
    const r = new ArrayRecords([['', 'a', 'ab', '嘉兴']]);
    r.next();
    expect([0, 1, 2, 3, 4].map((i) => r.fieldHash(i))).toEqual([
      2166136261, -468965076, 1294271946, -1190480144, 2166136261,
    ]);
  });
});

/** Every cell hashes alike: each lookup must then compare the text itself. */
class Colliding extends ArrayRecords {
  override fieldHash(): number {
    return 7;
  }
}

describe('FieldCache: names whose hashes collide stay apart', () => {
  it('each name gets its own value, found again after the others', () => {
    const names = ['嘉兴', '湖州', '嘉兴', '杭州', '湖州', '杭州', '嘉兴'];
    const r = new Colliding(names.map((n) => [n]));
    const cache = new FieldCache<string>();
    const seen: string[] = [];
    const misses: string[] = [];
    while (r.next()) {
      const hit = cache.get(r, 0);
      if (!hit) misses.push(r.field(0));
      seen.push((hit ?? cache.set(r, 0, `<${r.field(0)}>`)).value);
    }
    expect(seen).toEqual(names.map((n) => `<${n}>`));
    expect(misses).toEqual(['嘉兴', '湖州', '杭州']);
  });
});
