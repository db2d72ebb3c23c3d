import { describe, expect, it } from 'vitest';
import { BETTER, BODIES, COMPARABLE, LEVELS, QUALIFIERS } from './schema';

// These words are the dataset's file format: the bundled CSVs, uploaded workbooks, data packages and
// stored versions all spell them so, and the importer accepts a value only if it is listed here. A
// renamed, dropped or reordered word would make older files unreadable, or (LEVELS, BODIES) reorder
// every view's jurisdictions (src/charts/palette.ts orders by their position).
describe('the dataset’s vocabularies', () => {
  it.each<{ name: string; list: readonly string[]; words: string[] }>([
    {
      name: 'qualifiers: exact, 余/多 (at least), 近/约 (about)',
      list: QUALIFIERS,
      words: ['exact', 'at_least', 'approx'],
    },
    {
      name: 'levels, largest first (the order of every jurisdiction list)',
      list: LEVELS,
      words: ['prefecture_city', 'county_city', 'district'],
    },
    {
      name: 'bodies: a full committee before its standing committee, parties’ committees last',
      list: BODIES,
      words: ['cppcc_committee', 'cppcc_standing_committee', 'party_committee'],
    },
    { name: 'which direction is better', list: BETTER, words: ['higher', 'lower', 'none'] },
    { name: 'comparability', list: COMPARABLE, words: ['yes', 'partly', 'no'] },
  ])('$name', ({ list, words }) => {
    expect([...list]).toEqual(words);
  });
});
