import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dictionaryVector,
  float64Vector,
  int32Vector,
  utf8Offsets,
  utf8Vector,
  valueVector,
} from '../../src/storage/arrowColumns';

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
    {
      // text with a lone surrogate is written value by value into a buffer that grows as it fills:
      // a value far longer than the buffer, then more after it, must all arrive
      name: 'long values with lone surrogates, each past the space reserved so far',
      values: [`\ud800${'甲'.repeat(200)}`, 'b'.repeat(700), `${'乙'.repeat(1000)}\udfff`, 'c'],
    },
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

describe('Arrow number columns', () => {
  it('a figure of -0 is stored as 0 (a count of nothing, never shown as "-0"); every other value as it is', () => {
    const v = valueVector(Float64Array.of(-0, 0, -1.5, 98, 1e-300, -Infinity));
    expect(v.type.toString()).toBe('Float64');
    expect([...v].map((x) => Object.is(x, -0))).toEqual([false, false, false, false, false, false]);
    expect([...v]).toEqual([0, 0, -1.5, 98, 1e-300, -Infinity]);
  });

  it('years as 32-bit integers and doubles as doubles, every value as it is', () => {
    const years = int32Vector(Int32Array.of(2021, 2022, -1));
    expect(years.type.toString()).toBe('Int32');
    expect([...years]).toEqual([2021, 2022, -1]);
    const doubles = float64Vector(Float64Array.of(-0, 2.5));
    expect(doubles.type.toString()).toBe('Float64');
    expect(Object.is([...doubles][0], -0)).toBe(true);
  });
});

describe('utf8Offsets: the fast path (one encode of all the text) for every well-formed text', () => {
  const utf8Length = (v: string | null) => new TextEncoder().encode(v ?? '').length;
  const offsetsOf = (values: (string | null)[]) => {
    const offsets = new Int32Array(values.length + 1);
    return { fast: utf8Offsets(values, values.join(''), offsets), offsets: [...offsets] };
  };

  // each UTF-8 length boundary, from both sides, and the surrogate range's edges
  it.each<[string, string]>([
    ['U+007F, the last 1-byte character', '\u007f'],
    ['U+0080, the first 2-byte one', '\u0080'],
    ['U+07FF, the last 2-byte one', '\u07ff'],
    ['U+0800, the first 3-byte one', '\u0800'],
    ['U+D7FF, just below the surrogates', '\ud7ff'],
    ['U+E000, just above them', '\ue000'],
    ['U+FFFF', '\uffff'],
    ['U+10000, the first pair', '\ud800\udc00'],
    ['U+10FFFF, the last pair', '\udbff\udfff'],
    ['U+233B4 𠮷 between other text', 'a𠮷b'],
  ])('%s: fast, each value ending at its byte length', (_, text) => {
    const values = ['x', text, null, `${text}${text}`];
    const ends = values.map((_v, i) => values.slice(0, i + 1).reduce((n, v) => n + utf8Length(v), 0));
    expect(offsetsOf(values)).toEqual({ fast: true, offsets: [0, ...ends] });
  });

  it.each<[string, string[]]>([
    ['a lone high surrogate', ['a\ud800']],
    ['a lone low surrogate', ['\udc00b']],
    ['the last low surrogate alone', ['z\udfff']],
    ['two low surrogates (not a pair, two U+FFFD)', ['\udc00\udc00']],
    ['a high surrogate before U+E000', ['\ud800\ue000']],
    ['a high surrogate before a letter', ['\udbffx']],
    ['a pair split between two values', ['a\ud800', '\udc00b']],
  ])('%s: not text, so the slow path (whose U+FFFD the values still read back as)', (_, values) => {
    expect(offsetsOf(values).fast).toBe(false);
    expect(utf8Vector(values).toArray()).toEqual(expected(values, false));
  });
});

describe('the slow path (text with a lone surrogate) treats empties and nulls as the fast one does', () => {
  it.each([false, true])('emptyAsNull: %s', (emptyAsNull) => {
    const values = ['\udc00', '', null, 'ok', undefined, '甲'];
    const v = utf8Vector(values, { emptyAsNull });
    expect(v.toArray()).toEqual(expected(values, emptyAsNull));
    expect(v.nullCount).toBe(emptyAsNull ? 3 : 2);
  });

  it('an empty text stays an empty text unless asked otherwise', () => {
    expect(utf8Vector(['', 'a']).toArray()).toEqual(['', 'a']);
    expect(utf8Vector(['\udc00', '']).toArray()).toEqual(['\ufffd', '']);
  });
});
