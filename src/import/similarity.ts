// Closeness of two names, for "did you mean" suggestions: character bigrams (Dice) catch reordered
// words (提案立案 / 立案提案), edit distance catches typos; the better of the two counts.

function bigrams(s: string): string[] {
  const chars = [...s];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

export function diceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of y) {
    const c = counts.get(g) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(g, c - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/** 0..1; names that contain one another score at least 0.6 (杭州 in 杭州九三). */
export function nameSimilarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const longest = Math.max([...a].length, [...b].length);
  // one shared character of two is not a resemblance (贺州 / 嵊州): edit distance counts from 3 up
  const edit = longest < 3 ? 0 : 1 - editDistance(a, b) / longest;
  const contained = a.includes(b) || b.includes(a) ? 0.6 : 0;
  return Math.max(diceSimilarity(a, b), edit, contained);
}
