import { describe, expect, it } from 'vitest';
import { parseUrlState, resolveSelection, type SelectionCatalog } from '../../src/app/urlState';
import { shareLink } from '../../src/export/shareLink';

const base = 'http://intranet.test:8080/zx/luzhi/';

describe('share link pins what the chart shows', () => {
  it('writes in the year and indicator the ranking shows when the URL left them to defaults', () => {
    const link = shareLink(`${base}?lang=en`, {
      view: 'ranking',
      params: { indicator: 'proposals_filed', year: 2022 },
      rows: [],
    });
    const url = new URL(link);
    expect(url.pathname).toBe('/zx/luzhi/');
    expect(url.searchParams.get('year')).toBe('2022');
    expect(url.searchParams.get('indicator')).toBe('proposals_filed');
    expect(url.searchParams.get('lang')).toBe('en');
  });

  it('keeps what the user chose, and leaves out empty parameters', () => {
    const link = shareLink(`${base}?view=matrix&year=latest`, {
      view: 'matrix',
      params: { year: 'latest', category: '', jurisdictions: 'jiaxing,wuxing' },
      rows: [],
    });
    const url = new URL(link);
    expect(url.searchParams.get('year')).toBe('latest');
    expect(url.searchParams.has('category')).toBe(false);
    expect(url.searchParams.get('jurisdictions')).toBe('jiaxing,wuxing');
  });

  it('is the current URL when the view pins nothing', () => {
    expect(shareLink(`${base}?view=profile`, null)).toBe(`${base}?view=profile`);
  });
});

/**
 * A ranking that falls back to each body's latest year (one year alone compares nothing) is shared as
 * year=latest: opened later, it compares each body's latest year again, with the same note, and keeps
 * doing so after newer data give that indicator a year two bodies report.
 */
describe('share link on the latest-year fallback', () => {
  const catalogWith = (reportersIn2024: number): SelectionCatalog => ({
    indicatorIds: new Set(['proposals_filed']),
    yearsByIndicator: new Map([['proposals_filed', [2022, 2024]]]),
    reportersByYear: new Map([
      ['proposals_filed|2022', 3],
      ['proposals_filed|2024', reportersIn2024],
    ]),
    reporters: new Map([['proposals_filed', 4]]),
    allYears: [2022, 2024],
    rateOf: new Map(),
    countOf: new Map(),
    jurisdictionIds: ['jiaxing', 'shengzhou', 'wuxing', 'hezhou'],
    categoryIds: new Set(['proposals']),
    defaultIndicator: 'proposals_filed',
  });
  const open = (href: string, catalog: SelectionCatalog) => {
    const { year, latestReason } = resolveSelection(parseUrlState(new URL(href).search).state, catalog);
    return { year, latestReason };
  };
  const sharerHref = `${base}?view=ranking&indicator=proposals_filed`;

  it.each([
    { when: 'on the same data', reportersIn2024: 1, expected: { year: 'latest', latestReason: 'fallback' } },
    {
      when: 'after 2024 gains a second body',
      reportersIn2024: 2,
      expected: { year: 'latest', latestReason: 'chosen' },
    },
  ])('opens on each body’s latest year $when', ({ reportersIn2024, expected }) => {
    // What the sharer saw: no year in the URL, the fallback.
    expect(open(sharerHref, catalogWith(1))).toEqual({ year: 'latest', latestReason: 'fallback' });
    const link = shareLink(sharerHref, {
      view: 'ranking',
      params: { indicator: 'proposals_filed', year: 'latest' },
      rows: [],
    });
    expect(new URL(link).searchParams.get('year')).toBe('latest');
    expect(open(link, catalogWith(reportersIn2024))).toEqual(expected);
    // Without the pin the same link would now open on 2024 alone: a different comparison.
    if (reportersIn2024 >= 2) expect(open(sharerHref, catalogWith(reportersIn2024)).year).toBe(2024);
  });
});
