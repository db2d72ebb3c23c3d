import { describe, expect, it } from 'vitest';
import { sameJson } from '../../src/snapshot/sameJson';

const row = (o: Record<string, unknown>) => Object.assign(Object.create(null) as object, o);

describe('sameJson: an engine result equals the snapshot it replaces only when every value does', () => {
  it.each([
    { a: [row({ id: 'x', v: 1, q: null })], b: [{ id: 'x', v: 1, q: null }], same: true },
    { a: [row({ id: 'x', v: 1 })], b: [{ id: 'x', v: 2 }], same: false },
    { a: [row({ id: 'x', v: null })], b: [{ id: 'x', v: 0 }], same: false },
    { a: [row({ id: 'x' })], b: [{ id: 'x', v: undefined }], same: false },
    { a: { years: [2022, 2024] }, b: { years: [2022] }, same: false },
    { a: [1, 2], b: { 0: 1, 1: 2 }, same: false },
    { a: Number.NaN, b: null, same: false },
  ])('$a vs $b → $same', ({ a, b, same }) => {
    expect(sameJson(a, b)).toBe(same);
  });
});
