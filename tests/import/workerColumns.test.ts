import { describe, expect, it } from 'vitest';
import type { ObservationColumns } from '../../src/import/observationColumns';
import { packColumns, unpackColumns } from '../../src/import/importWorkerProtocol';

// Quotes cross from the worker to the page as one joined text with offsets: a wrong offset gives a
// figure another figure's quote (or cuts it), and that is the evidence an analyst checks.

function columns(quote: string[] | null): ObservationColumns {
  const length = quote?.length ?? 2;
  return {
    length,
    jurisdictionIds: ['jiaxing'],
    indicatorIds: ['proposals_filed'],
    indicatorUnits: ['件'],
    jurisdiction: new Int32Array(length),
    year: new Int32Array(length).fill(2023),
    indicator: new Int32Array(length),
    value: Float64Array.from({ length }, (_, i) => i),
    qualifier: new Uint8Array(length),
    sourceFile: 'q.csv',
    quote,
  };
}

describe('packColumns / unpackColumns', () => {
  it('joins the quotes with their offsets', () => {
    const packed = packColumns(columns(['甲,乙', '', '丙丁', '𠀀']));
    expect(packed.quoteJoined).toBe('甲,乙丙丁𠀀');
    expect([...packed.quoteOffsets!]).toEqual([0, 3, 3, 5, 7]);
    expect('quote' in packed).toBe(false);
  });

  it.each<[string, string[]]>([
    ['quotes of every length, empty ones included', ['甲,乙', '', '丙丁', '', '𠀀x']],
    ['one quote', ['only']],
    ['empty quotes only', ['', '']],
  ])('gives back every quote, each in its row, after a structured clone: %s', (_name, quote) => {
    const c = columns(quote);
    const back = unpackColumns(structuredClone(packColumns(c)));
    expect(back.quote).toEqual(quote);
    expect({ ...back, quote: null }).toEqual({ ...c, quote: null });
  });

  it('slices the quotes once, on first access, and lists them with the other columns', () => {
    const back = unpackColumns(packColumns(columns(['a', 'b'])));
    expect(Object.keys(back)).toContain('quote');
    expect(back.quote).toBe(back.quote);
  });

  it('no quote column: none posted, none given back', () => {
    const packed = packColumns(columns(null));
    expect([packed.quoteJoined, packed.quoteOffsets]).toEqual([null, null]);
    expect(unpackColumns(packed).quote).toBeNull();
    expect(unpackColumns({ ...packed, quoteJoined: 'x' }).quote).toBeNull();
    expect(unpackColumns({ ...packed, quoteOffsets: new Int32Array(3) }).quote).toBeNull();
  });
});
