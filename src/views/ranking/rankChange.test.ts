import { describe, expect, it } from 'vitest';
import { hasEarlierYears, rankChange, rankChangeMark } from './rankChange';

describe('rank change against the previous year the jurisdiction has', () => {
  it.each([
    { row: { rank: 1, prev_year: 2021, prev_rank: 3 }, mark: '↑2', kind: 'up' },
    { row: { rank: 4, prev_year: 2020, prev_rank: 3 }, mark: '↓1', kind: 'down' },
    { row: { rank: 2, prev_year: 2021, prev_rank: 2 }, mark: '=', kind: 'same' },
    { row: { rank: 2, prev_year: null, prev_rank: null }, mark: '新', kind: 'new' },
  ])('rank $row.rank after $row.prev_rank → $mark', ({ row, mark, kind }) => {
    const change = rankChange(row)!;
    expect(change.kind).toBe(kind);
    expect(rankChangeMark(change, '新')).toBe(mark);
  });

  it.each([
    {
      row: { rank: 1, prev_year: 2021, prev_rank: 3 },
      change: { kind: 'up', by: 2, prevYear: 2021, prevRank: 3 },
    },
    {
      row: { rank: 5, prev_year: 2019, prev_rank: 2 },
      change: { kind: 'down', by: 3, prevYear: 2019, prevRank: 2 },
    },
    {
      row: { rank: 2, prev_year: 2021, prev_rank: 2 },
      change: { kind: 'same', prevYear: 2021, prevRank: 2 },
    },
    // half an earlier figure (a rank without its year, or the reverse) is no earlier figure
    { row: { rank: 2, prev_year: null, prev_rank: 1 }, change: { kind: 'new' } },
    { row: { rank: 2, prev_year: 2021, prev_rank: null }, change: { kind: 'new' } },
  ])('the change states by how much and against which year and rank: $change.kind', ({ row, change }) => {
    expect(rankChange(row)).toEqual(change);
  });

  it('says nothing for a jurisdiction without a figure this year', () => {
    expect(rankChange({ rank: null, prev_year: 2021, prev_rank: 1 })).toBeNull();
  });

  it.each([
    { rows: [{ rank: 1, prev_year: null, prev_rank: null }], expected: false },
    { rows: [{ rank: null, prev_year: 2021, prev_rank: 1 }], expected: false },
    {
      rows: [
        { rank: 1, prev_year: 2021, prev_rank: 2 },
        { rank: 2, prev_year: null, prev_rank: null },
      ],
      expected: true,
    },
  ])('changes are shown only when someone has an earlier year ($expected)', ({ rows, expected }) => {
    expect(hasEarlierYears(rows)).toBe(expected);
  });
});
