import { describe, expect, it } from 'vitest';
import { canonicalJson, pinStatus, rowsHash } from '../../src/embed/pin';

const rows = [
  { jurisdiction_id: 'jiaxing', value: 369, qualifier: 'exact', rank: 1 },
  { jurisdiction_id: 'shengzhou', value: null, qualifier: null, rank: null },
];
const content = { view: 'ranking', params: { indicator: 'proposals_filed', year: 2022 }, rows };

describe('embed pin: a content hash of the rows the chart shows', () => {
  it('does not depend on key order, bigint vs number, or undefined vs null', async () => {
    const reordered = rows.map((r) => Object.fromEntries(Object.entries(r).reverse()));
    const bigints = rows.map((r) => ({ ...r, rank: r.rank === null ? undefined : BigInt(r.rank) }));
    const base = await rowsHash(content);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(await rowsHash({ ...content, rows: reordered })).toBe(base);
    expect(await rowsHash({ ...content, rows: bigints })).toBe(base);
  });

  it.each([
    { name: 'a value', change: { rows: [{ ...rows[0]!, value: 370 }, rows[1]!] } },
    { name: 'a qualifier', change: { rows: [{ ...rows[0]!, qualifier: 'at_least' }, rows[1]!] } },
    { name: 'missing becomes zero', change: { rows: [rows[0]!, { ...rows[1]!, value: 0 }] } },
    { name: 'row order', change: { rows: [rows[1]!, rows[0]!] } },
    { name: 'the year', change: { params: { indicator: 'proposals_filed', year: 2023 } } },
    { name: 'the view', change: { view: 'trend' } },
  ])('changes when $name changes', async ({ change }) => {
    expect(await rowsHash({ ...content, ...change })).not.toBe(await rowsHash(content));
  });

  it('canonical JSON sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"e":null,"f":2}]},"b":1}',
    );
  });

  it.each([
    {
      name: 'same rows, same data',
      current: ['aaaaaaaaaaaaaaaa', 'v1'],
      stored: null,
      expected: { kind: 'same', newerData: false },
    },
    {
      name: 'same rows, newer data',
      current: ['aaaaaaaaaaaaaaaa', 'v2'],
      stored: null,
      expected: { kind: 'same', newerData: true },
    },
    {
      name: 'other rows, pinned version stored',
      current: ['bbbbbbbbbbbbbbbb', 'v2'],
      stored: 'aaaaaaaaaaaaaaaa',
      expected: { kind: 'pinnedVersion' },
    },
    {
      name: 'other rows, pinned version gone',
      current: ['bbbbbbbbbbbbbbbb', 'v2'],
      stored: null,
      expected: { kind: 'unavailable' },
    },
    {
      name: 'other rows, stored version differs too',
      current: ['bbbbbbbbbbbbbbbb', 'v2'],
      stored: 'cccccccccccccccc',
      expected: { kind: 'unavailable' },
    },
  ] as const)('$name', ({ current, stored, expected }) => {
    const pin = { rowsHash: 'aaaaaaaaaaaaaaaa', dataVersion: 'v1' };
    expect(pinStatus(pin, { rowsHash: current[0], dataVersion: current[1] }, stored)).toEqual(expected);
  });
});
