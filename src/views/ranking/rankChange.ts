export type RankChange =
  | { kind: 'up' | 'down'; by: number; prevYear: number; prevRank: number }
  | { kind: 'same'; prevYear: number; prevRank: number }
  | { kind: 'new' };

interface Ranked {
  rank: number | null;
  prev_year: number | null;
  prev_rank: number | null;
}

/** Whether any listed jurisdiction has an earlier year: without one, "new" would be said of everyone. */
export function hasEarlierYears(rows: readonly Ranked[]): boolean {
  return rows.some((r) => r.rank !== null && r.prev_rank !== null);
}

/**
 * Change against the previous year the jurisdiction reported (↑2 / ↓1 / new). A smaller rank number
 * is better, so moving from 3rd to 1st is up 2.
 */
export function rankChange(row: Ranked): RankChange | null {
  if (row.rank === null) return null;
  if (row.prev_rank === null || row.prev_year === null) return { kind: 'new' };
  const by = row.prev_rank - row.rank;
  if (by === 0) return { kind: 'same', prevYear: row.prev_year, prevRank: row.prev_rank };
  return { kind: by > 0 ? 'up' : 'down', by: Math.abs(by), prevYear: row.prev_year, prevRank: row.prev_rank };
}

/** The short mark shown beside a rank: ↑2, ↓1, =, new / 新. */
export function rankChangeMark(change: RankChange, newWord: string): string {
  switch (change.kind) {
    case 'up':
      return `↑${change.by}`;
    case 'down':
      return `↓${change.by}`;
    case 'same':
      return '=';
    case 'new':
      return newWord;
  }
}
