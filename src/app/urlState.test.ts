import { describe, expect, it } from 'vitest';
import { parseUrlState, resolveSelection, serializeUrlState, type SelectionCatalog } from './urlState';

const catalog: SelectionCatalog = {
  indicatorIds: new Set(['proposals_filed', 'info_adopted']),
  yearsByIndicator: new Map([
    ['proposals_filed', [2022, 2024]],
    ['info_adopted', [2022]],
  ]),
  defaultIndicator: 'proposals_filed',
};

describe('URL state: a pasted link restores the selection, a wrong one falls back with a reason', () => {
  it.each([
    { search: '', expected: { indicator: 'proposals_filed', year: 2024, problems: [] } },
    {
      search: '?indicator=info_adopted&year=2022',
      expected: { indicator: 'info_adopted', year: 2022, problems: [] },
    },
    {
      search: '?indicator=nope&year=2022',
      expected: {
        indicator: 'proposals_filed',
        year: 2022,
        problems: [{ param: 'indicator', value: 'nope', reason: 'unknown' }],
      },
    },
    {
      search: '?indicator=info_adopted&year=2031',
      expected: {
        indicator: 'info_adopted',
        year: 2022,
        problems: [{ param: 'year', value: '2031', reason: 'unknown' }],
      },
    },
    {
      search: '?year=20x2&lang=fr',
      expected: {
        indicator: 'proposals_filed',
        year: 2024,
        problems: [
          { param: 'lang', value: 'fr', reason: 'unknown' },
          { param: 'year', value: '20x2', reason: 'malformed' },
        ],
      },
    },
    {
      search: '?indicator=%3Cimg%20src%3Dx%3E',
      expected: {
        indicator: 'proposals_filed',
        year: 2024,
        problems: [{ param: 'indicator', value: '<img src=x>', reason: 'malformed' }],
      },
    },
  ])('$search', ({ search, expected }) => {
    const parsed = parseUrlState(search);
    const resolved = resolveSelection(parsed.state, catalog);
    expect({
      indicator: resolved.indicator,
      year: resolved.year,
      problems: [...parsed.problems, ...resolved.problems],
    }).toEqual(expected);
  });

  it.each([
    { state: { indicator: 'info_adopted', year: 2022, lang: 'en' as const } },
    { state: { indicator: null, year: null, lang: 'zh' as const } },
  ])('serialize → parse round-trips $state', ({ state }) => {
    expect(parseUrlState(serializeUrlState(state)).state).toEqual(state);
  });
});
