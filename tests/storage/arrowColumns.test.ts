import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionaryVector, utf8Vector } from '../../src/storage/arrowColumns';

// What each cell must read back as: its text through UTF-8 (a lone surrogate becomes U+FFFD), or null.
const roundTrip = (v: string) => new TextDecoder().decode(new TextEncoder().encode(v));
const expected = (values: readonly (string | null | undefined)[], emptyAsNull: boolean) =>
  values.map((v) => (v === null || v === undefined || (emptyAsNull && v === '') ? null : roundTrip(v)));

describe('Arrow text columns: every cell reads back as written', () => {
  it.each([
    {
      name: 'ASCII, CJK, an astral character and empties',
      values: ['a', '立案369件', '', '𠮷野家', 'x,"y"\n'],
    },
    { name: 'nulls and undefined', values: [null, 'a', undefined, null] },
    {
      name: 'a value ending in a high surrogate before one starting with a low one',
      values: ['a\ud842', '\udfb7b'],
    },
    { name: 'a lone low surrogate', values: ['\udc00', 'ok'] },
    { name: 'nothing', values: [] },
  ])('$name', ({ values }) => {
    for (const emptyAsNull of [false, true]) {
      const v = utf8Vector(values, { emptyAsNull });
      expect(v.length).toBe(values.length);
      expect(v.toArray()).toEqual(expected(values, emptyAsNull));
      expect(v.nullCount).toBe(expected(values, emptyAsNull).filter((x) => x === null).length);
    }
  });

  it('any strings (full Unicode, lone surrogates included), nulls and empties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constant(null))),
        fc.boolean(),
        (values, emptyAsNull) => {
          expect(utf8Vector(values, { emptyAsNull }).toArray()).toEqual(expected(values, emptyAsNull));
        },
      ),
    );
  });

  it.each([
    { name: 'Int32 codes', indices: Int32Array.of(0, 1, 2, 3, 2, 0, 1) },
    { name: 'Int8 codes', indices: Int8Array.of(0, 1, 2, 3, 2, 0, 1) },
  ])('dictionary codes ($name) into names: each name, and NULL for an empty one', ({ indices }) => {
    const v = dictionaryVector(indices, ['jiaxing', '', '立案', '𠮷']);
    expect([...v]).toEqual(['jiaxing', null, '立案', '𠮷', '立案', 'jiaxing', null]);
    expect(v.nullCount).toBe(2);
  });

  it('dictionary codes without an empty name carry no validity bitmap', () => {
    const v = dictionaryVector(Int32Array.of(1, 0, 1), ['a', 'b']);
    expect([...v]).toEqual(['b', 'a', 'b']);
    expect(v.nullCount).toBe(0);
  });
});
