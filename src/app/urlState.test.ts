import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  resolveSelection,
  serializeUrlState,
  yearForView,
  type SelectionCatalog,
  type UrlState,
} from './urlState';

const catalog: SelectionCatalog = {
  indicatorIds: new Set(['proposals_filed', 'proposals_answered', 'proposals_answer_rate', 'info_adopted']),
  yearsByIndicator: new Map([
    ['proposals_filed', [2022, 2024]],
    ['proposals_answered', [2022]],
    ['proposals_answer_rate', [2022]],
    ['info_adopted', [2022]],
  ]),
  // proposals_filed: three bodies in 2022, only one in 2024.
  reportersByYear: new Map([
    ['proposals_filed|2022', 3],
    ['proposals_filed|2024', 1],
    ['proposals_answered|2022', 2],
    ['proposals_answer_rate|2022', 2],
    ['info_adopted|2022', 1],
  ]),
  reporters: new Map([
    ['proposals_filed', 3],
    ['proposals_answered', 2],
    ['proposals_answer_rate', 2],
    ['info_adopted', 1],
  ]),
  allYears: [2022, 2024],
  rateOf: new Map([['proposals_answered', 'proposals_answer_rate']]),
  countOf: new Map([['proposals_answer_rate', 'proposals_answered']]),
  jurisdictionIds: ['hangzhou-jiusan', 'jiaxing', 'wuxing'],
  categoryIds: new Set(['proposals']),
  defaultIndicator: 'proposals_filed',
  perCandidates: new Set(['proposals_filed', 'proposals_answered', 'info_adopted']),
};

/** The same catalog with uploaded denominators: members for three bodies in 2022, residents for one. */
const withBases: SelectionCatalog = {
  ...catalog,
  reportersByYear: new Map([
    ...catalog.reportersByYear,
    ['cppcc_members|2022', 3],
    ['resident_population|2022', 1],
    ['resident_population|2024', 1],
  ]),
  reporters: new Map([...catalog.reporters, ['cppcc_members', 3], ['resident_population', 2]]),
};

function resolve(search: string) {
  const parsed = parseUrlState(search);
  const resolved = resolveSelection(parsed.state, catalog);
  return { ...resolved, problems: [...parsed.problems, ...resolved.problems] };
}

describe('URL state: a pasted link restores the selection, a wrong one falls back with a reason', () => {
  it.each([
    // 2024 has one body only: the default compares each body's latest year instead.
    { search: '', expected: { indicator: 'proposals_filed', year: 'latest', problems: [] } },
    {
      search: '?indicator=proposals_filed&year=2024',
      expected: { indicator: 'proposals_filed', year: 2024, problems: [] },
    },
    {
      search: '?indicator=proposals_filed&year=latest',
      expected: { indicator: 'proposals_filed', year: 'latest', problems: [] },
    },
    // One body in every year: nothing to compare, the year stays.
    { search: '?indicator=info_adopted', expected: { indicator: 'info_adopted', year: 2022, problems: [] } },
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
      search: '?view=ranking&indicator=info_adopted&year=2031',
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
        year: 'latest',
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
        year: 'latest',
        problems: [{ param: 'indicator', value: '<img src=x>', reason: 'malformed' }],
      },
    },
    {
      search: '?year=latest',
      expected: { indicator: 'proposals_filed', year: 'latest', problems: [] },
    },
  ])('ranking $search', ({ search, expected }) => {
    const r = resolve(search);
    expect({ indicator: r.indicator, year: r.year, problems: r.problems }).toEqual(expected);
  });

  it.each([
    {
      name: 'measure=rate shows the count’s derived rate',
      search: '?indicator=proposals_answered&measure=rate',
      expected: { indicator: 'proposals_answered', shownIndicator: 'proposals_answer_rate', measure: 'rate' },
      problems: [],
    },
    {
      name: 'a rate chosen directly is the rate side of its pair',
      search: '?indicator=proposals_answer_rate',
      expected: { indicator: 'proposals_answered', shownIndicator: 'proposals_answer_rate', measure: 'rate' },
      problems: [],
    },
    {
      name: 'measure=rate on an indicator without a rate falls back to the count, saying so',
      search: '?indicator=info_adopted&measure=rate',
      expected: { indicator: 'info_adopted', shownIndicator: 'info_adopted', measure: 'count' },
      problems: [{ param: 'measure', value: 'rate', reason: 'unknown' }],
    },
    {
      name: 'an unknown measure word is reported',
      search: '?measure=ratio',
      expected: { indicator: 'proposals_filed', shownIndicator: 'proposals_filed', measure: 'count' },
      problems: [{ param: 'measure', value: 'ratio', reason: 'unknown' }],
    },
  ])('count/rate: $name', ({ search, expected, problems }) => {
    const r = resolve(search);
    expect({ indicator: r.indicator, shownIndicator: r.shownIndicator, measure: r.measure }).toEqual(
      expected,
    );
    expect(r.problems).toEqual(problems);
  });

  it.each([
    {
      name: 'view, selected jurisdictions in catalog order',
      search: '?view=trend&jurisdictions=wuxing,jiaxing',
      expected: { view: 'trend', jurisdictions: ['jiaxing', 'wuxing'] },
      problems: [],
    },
    {
      name: 'an unknown jurisdiction is dropped from the selection and reported',
      search: '?view=trend&jurisdictions=jiaxing,atlantis',
      expected: { view: 'trend', jurisdictions: ['jiaxing'] },
      problems: [{ param: 'jurisdictions', value: 'atlantis', reason: 'unknown' }],
    },
    {
      name: 'markup in a jurisdiction id is malformed, not used',
      search: '?view=trend&jurisdictions=%3Cimg%3E,wuxing',
      expected: { view: 'trend', jurisdictions: ['wuxing'] },
      problems: [{ param: 'jurisdictions', value: '<img>', reason: 'malformed' }],
    },
    {
      name: 'no selection means all',
      search: '?view=trend',
      expected: { view: 'trend', jurisdictions: ['hangzhou-jiusan', 'jiaxing', 'wuxing'] },
      problems: [],
    },
    {
      name: 'unknown view falls back to the overview',
      search: '?view=map',
      expected: { view: 'overview', jurisdictions: ['hangzhou-jiusan', 'jiaxing', 'wuxing'] },
      problems: [{ param: 'view', value: 'map', reason: 'unknown' }],
    },
  ])('selection: $name', ({ search, expected, problems }) => {
    const r = resolve(search);
    expect({ view: r.view, jurisdictions: r.jurisdictions }).toEqual(expected);
    expect(r.problems).toEqual(problems);
  });

  it.each([
    { search: '?view=matrix', matrixYear: 'latest', problems: [] },
    { search: '?view=matrix&year=latest', matrixYear: 'latest', problems: [] },
    { search: '?view=matrix&year=2024', matrixYear: 2024, problems: [] },
    {
      search: '?view=matrix&year=1999',
      matrixYear: 'latest',
      problems: [{ param: 'year', value: '1999', reason: 'unknown' }],
    },
  ])('matrix year $search', ({ search, matrixYear, problems }) => {
    const r = resolve(search);
    expect(r.matrixYear).toBe(matrixYear);
    expect(r.problems).toEqual(problems);
  });

  it.each([
    { search: '?view=profile&jurisdiction=wuxing', jurisdiction: 'wuxing', problems: [] },
    { search: '?view=profile', jurisdiction: 'hangzhou-jiusan', problems: [] },
    {
      search: '?view=profile&jurisdiction=nowhere',
      jurisdiction: 'hangzhou-jiusan',
      problems: [{ param: 'jurisdiction', value: 'nowhere', reason: 'unknown' }],
    },
    {
      search: '?view=matrix&category=nope',
      jurisdiction: 'hangzhou-jiusan',
      problems: [{ param: 'category', value: 'nope', reason: 'unknown' }],
    },
  ])('profile/category $search', ({ search, jurisdiction, problems }) => {
    const r = resolve(search);
    expect(r.jurisdiction).toBe(jurisdiction);
    expect(r.problems).toEqual(problems);
  });

  it.each<{ state: UrlState }>([
    { state: { ...DEFAULT_URL_STATE, indicator: 'info_adopted', year: 2022, lang: 'en' } },
    { state: { ...DEFAULT_URL_STATE } },
    {
      state: {
        view: 'matrix',
        indicator: 'proposals_answered',
        year: 'latest',
        lang: 'zh',
        measure: 'rate',
        jurisdictions: ['jiaxing', 'wuxing'],
        jurisdiction: 'hangzhou-jiusan',
        category: 'proposals',
        trendMode: 'index',
        from: 2019,
        to: 2022,
        per: 'members',
      },
    },
    { state: { ...DEFAULT_URL_STATE, view: 'trend', jurisdictions: [] } },
  ])('serialize → parse round-trips $state.view $state.jurisdictions', ({ state }) => {
    expect(parseUrlState(serializeUrlState(state)).state).toEqual(state);
  });

  it.each([
    { search: '?indicator=proposals_filed&year=2022', view: 'ranking' },
    { search: '?measure=rate', view: 'ranking' },
    { search: '?lang=en', view: 'overview' },
    { search: '', view: 'overview' },
    { search: '?view=trend&indicator=proposals_filed', view: 'trend' },
  ])('a link from before the overview ($search) still opens $view', ({ search, view }) => {
    expect(parseUrlState(search).state.view).toBe(view);
  });

  it('keeps id lists readable in the link', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, jurisdictions: ['jiaxing', 'wuxing'] })).toBe(
      '?jurisdictions=jiaxing,wuxing',
    );
  });

  it.each([
    { view: 'ranking', year: 2024, years: [2022], expected: null },
    { view: 'ranking', year: 2022, years: [2022], expected: 2022 },
    { view: 'ranking', year: 'latest', years: [2022], expected: 'latest' },
    { view: 'trend', year: 'latest', years: [2022], expected: null },
    { view: 'matrix', year: 'latest', years: [2022], expected: 'latest' },
    { view: 'matrix', year: 2024, years: [2022], expected: 2024 },
    { view: 'matrix', year: 1999, years: [2022], expected: null },
  ] as const)(
    'moving to $view keeps year $year only if it can be shown',
    ({ view, year, years, expected }) => {
      expect(yearForView(view, year, years, catalog.allYears)).toBe(expected);
    },
  );

  it.each([
    {
      name: 'no range: the full range, the figures',
      search: '?view=trend',
      mode: 'value',
      from: null,
      to: null,
    },
    {
      name: 'change against the previous year, from 2022 to 2024',
      search: '?view=trend&mode=change&from=2022&to=2024',
      mode: 'change',
      from: 2022,
      to: 2024,
    },
    {
      name: 'an index from 2022',
      search: '?view=trend&mode=index&from=2022',
      mode: 'index',
      from: 2022,
      to: null,
    },
    {
      name: 'an unknown mode is reported; the figures are shown',
      search: '?view=trend&mode=ratio',
      mode: 'value',
      from: null,
      to: null,
      problems: [{ param: 'mode', value: 'ratio', reason: 'unknown' }],
    },
    {
      name: 'a bound that is not a year is malformed',
      search: '?view=trend&from=20x2',
      mode: 'value',
      from: null,
      to: null,
      problems: [{ param: 'from', value: '20x2', reason: 'malformed' }],
    },
    {
      name: 'a bound outside the indicator’s years is reported and dropped',
      search: '?view=trend&from=2010&to=2024',
      mode: 'value',
      from: null,
      to: 2024,
      problems: [{ param: 'from', value: '2010', reason: 'unknown' }],
    },
    {
      name: 'a range ending before it starts: the end is reported and dropped',
      search: '?view=trend&from=2024&to=2022',
      mode: 'value',
      from: 2024,
      to: null,
      problems: [{ param: 'to', value: '2022', reason: 'unknown' }],
    },
  ])('trend: $name', ({ search, mode, from, to, problems = [] }) => {
    const r = resolve(search);
    expect({ mode: r.trendMode, from: r.from, to: r.to, problems: r.problems }).toEqual({
      mode,
      from,
      to,
      problems,
    });
  });

  it.each([
    {
      name: 'no denominators uploaded: nothing offered',
      cat: catalog,
      search: '?indicator=info_adopted',
      offered: [],
    },
    {
      name: 'members reported by three bodies in 2022: per 100 members offered',
      cat: withBases,
      search: '?indicator=info_adopted&year=2022',
      offered: ['members'],
    },
    {
      name: 'residents in two bodies’ latest years: offered when each body’s latest year is compared',
      cat: withBases,
      search: '?indicator=proposals_filed&year=latest',
      offered: ['members', 'residents'],
    },
    {
      name: 'a rate is never divided by members',
      cat: withBases,
      search: '?indicator=proposals_answer_rate&year=2022',
      offered: [],
    },
  ])('ranking per-capita: $name', ({ cat, search, offered }) => {
    const parsed = parseUrlState(search);
    expect(resolveSelection(parsed.state, cat).perOffered).toEqual(offered);
  });

  it.each([
    { search: '?indicator=info_adopted&year=2022&per=members', per: 'members', problems: [] },
    {
      search: '?indicator=info_adopted&year=2022&per=residents',
      per: null,
      problems: [{ param: 'per', value: 'residents', reason: 'unknown' }],
    },
    {
      search: '?indicator=info_adopted&per=staff',
      per: null,
      problems: [{ param: 'per', value: 'staff', reason: 'unknown' }],
    },
  ])('ranking per=… $search', ({ search, per, problems }) => {
    const parsed = parseUrlState(search);
    const r = resolveSelection(parsed.state, withBases);
    expect({ per: r.per, problems: [...parsed.problems, ...r.problems] }).toEqual({ per, problems });
  });
});
