import { describe, expect, it } from 'vitest';
import { Candidates } from '../../../src/import/validation/candidates';

// The candidate columns of a large import: every push lands in its own slot, growing the columns
// keeps what was there, and source codes are one per distinct name. A slip here bends or drops figures
// of files past the first 1,024 candidates, which no small upload reaches.

function filled(n: number): Candidates {
  const c = new Candidates();
  for (let i = 0; i < n; i++) c.push(i % 7, 2000 + (i % 20), i % 5, i + 0.5, i % 3, i + 2, i % 4);
  return c;
}

describe('Candidates', () => {
  it('starts empty with room for 1,024 candidates, all kept', () => {
    const c = new Candidates();
    expect(c.length).toBe(0);
    expect(c.row.length).toBe(1024);
    expect([...c.status.subarray(0, 1024)].every((s) => s === 0)).toBe(true); // quotes, sources and comparability are filled per candidate only when the file has them
    expect([c.quote, c.comparable, c.comparabilityZh, c.comparabilityEn, c.sources]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect([c.sourceCode.length, c.quoteStart.length, c.quoteEnd.length]).toEqual([0, 0, 0]);
  });

  it('push returns the slot and stores each field in its own column', () => {
    const c = new Candidates();
    expect(c.push(3, 2023, 4, 12.5, 2, 9, 6)).toBe(0);
    expect(c.push(1, 2022, 0, 7, 1, 10, 3)).toBe(1);
    expect(c.length).toBe(2);
    const at = (k: number) => [
      c.jurisdiction[k],
      c.year[k],
      c.indicator[k],
      c.value[k],
      c.qualifier[k],
      c.row[k],
      c.column[k],
    ];
    expect(at(0)).toEqual([3, 2023, 4, 12.5, 2, 9, 6]);
    expect(at(1)).toEqual([1, 2022, 0, 7, 1, 10, 3]);
  });

  it.each([
    ['exactly full (1,024): no growth yet', 1024, 1024],
    ['one past full: doubled, nothing lost', 1025, 2048],
    ['two growths: every figure still in place', 3000, 4096],
  ])('growing the columns keeps every candidate — %s', (_name, n, capacity) => {
    const c = filled(n);
    expect(c.length).toBe(n);
    expect(c.row.length).toBe(capacity);
    for (const column of [
      c.jurisdiction,
      c.year,
      c.indicator,
      c.value,
      c.qualifier,
      c.row,
      c.column,
      c.status,
    ])
      expect(column.length).toBe(capacity);
    const expected = (f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
    const stored = (a: ArrayLike<number>) => Array.from(a).slice(0, n);
    expect(stored(c.jurisdiction)).toEqual(expected((i) => i % 7));
    expect(stored(c.year)).toEqual(expected((i) => 2000 + (i % 20)));
    expect(stored(c.indicator)).toEqual(expected((i) => i % 5));
    expect(stored(c.value)).toEqual(expected((i) => i + 0.5));
    expect(stored(c.qualifier)).toEqual(expected((i) => i % 3));
    expect(stored(c.row)).toEqual(expected((i) => i + 2));
    expect(stored(c.column)).toEqual(expected((i) => i % 4));
  });

  it('growing keeps the status of rejected and dropped candidates', () => {
    const c = filled(1024);
    c.status[5] = 1;
    c.status[1023] = 2;
    c.push(0, 2023, 0, 1, 0, 2000, 0);
    expect([c.status[5], c.status[1023], c.status[1024]]).toEqual([1, 2, 0]);
  });

  it('one source code per distinct name, in order of appearance', () => {
    const c = new Candidates();
    expect(c.sourceCodeOf('a.csv')).toBe(0);
    expect(c.sourceCodeOf('b.csv')).toBe(1);
    expect(c.sourceCodeOf('a.csv')).toBe(0);
    expect(c.sourceCodeOf('')).toBe(2);
    expect(c.sources).toEqual(['a.csv', 'b.csv', '']);
  });

  it('source codes and quote spans are kept for every candidate, past any growth', () => {
    const c = new Candidates();
    expect(c.sourceCode.length).toBe(0);
    for (let i = 0; i < 2500; i++) {
      c.setSource(i, i % 3);
      c.pushSpan(i, i * 10, i * 10 + 4);
    }
    expect(c.sourceCode.length).toBe(4096);
    expect(c.quoteStart.length).toBe(4096);
    expect(c.quoteEnd.length).toBe(4096);
    const stored = (a: Int32Array) => Array.from(a).slice(0, 2500);
    const expected = (f: (i: number) => number) => Array.from({ length: 2500 }, (_, i) => f(i));
    expect(stored(c.sourceCode)).toEqual(expected((i) => i % 3));
    expect(stored(c.quoteStart)).toEqual(expected((i) => i * 10));
    expect(stored(c.quoteEnd)).toEqual(expected((i) => i * 10 + 4));
  });

  it('the first source code or span makes room for 1,024 at once', () => {
    const c = new Candidates();
    c.setSource(0, 7);
    c.pushSpan(0, 3, 5);
    expect([c.sourceCode.length, c.quoteStart.length, c.quoteEnd.length]).toEqual([1024, 1024, 1024]);
    expect([c.sourceCode[0], c.quoteStart[0], c.quoteEnd[0]]).toEqual([7, 3, 5]);
  });

  it('a code or span written at the last slot needs no growth', () => {
    const c = new Candidates();
    c.setSource(0, 1);
    c.pushSpan(0, 1, 2);
    c.setSource(1023, 9);
    c.pushSpan(1023, 11, 12);
    expect([c.sourceCode.length, c.quoteStart.length]).toEqual([1024, 1024]);
    c.setSource(1024, 4);
    c.pushSpan(1024, 13, 14);
    expect([c.sourceCode.length, c.quoteStart.length, c.quoteEnd.length]).toEqual([2048, 2048, 2048]);
    expect([c.sourceCode[1023], c.sourceCode[1024], c.quoteEnd[1023], c.quoteEnd[1024]]).toEqual([
      9, 4, 12, 14,
    ]);
  });
});
