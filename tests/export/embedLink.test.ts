import { describe, expect, it } from 'vitest';
import {
  embedSearch,
  embedTargetOf,
  embedUrl,
  iframeSnippet,
  parseEmbedParams,
} from '../../src/embed/embedLink';
import { isEmbedMode } from '../../src/embed/embedMode';
import type { PinnedRows } from '../../src/export/chartExport';

const target = {
  view: 'ranking' as const,
  indicator: 'proposals_filed',
  year: 2022,
  lang: 'en' as const,
  pin: { rowsHash: '0123456789abcdef', dataVersion: '3f9a1c2b7d4e' },
};

describe('embed links', () => {
  const pin = target.pin;
  it.each<{ name: string; pinned: PinnedRows; state: Record<string, unknown> }>([
    {
      name: 'ranking: indicator and year',
      pinned: { view: 'ranking', params: { indicator: 'proposals_filed', year: 2022 }, rows: [] },
      state: { view: 'ranking', indicator: 'proposals_filed', year: 2022, jurisdictions: null },
    },
    {
      name: 'trend: indicator and the jurisdictions in display order',
      pinned: {
        view: 'trend',
        params: { indicator: 'proposals_filed', jurisdictions: 'wuxing,jiaxing' },
        rows: [],
      },
      state: {
        view: 'trend',
        indicator: 'proposals_filed',
        year: null,
        jurisdictions: ['wuxing', 'jiaxing'],
      },
    },
    {
      name: 'trend: the change on the previous year from 2021 to 2023',
      pinned: {
        view: 'trend',
        params: {
          indicator: 'proposals_filed',
          jurisdictions: 'jiaxing',
          mode: 'change',
          from: 2021,
          to: 2023,
        },
        rows: [],
      },
      state: {
        view: 'trend',
        indicator: 'proposals_filed',
        jurisdictions: ['jiaxing'],
        trendMode: 'change',
        from: 2021,
        to: 2023,
      },
    },
    {
      name: 'matrix: latest year, category and jurisdictions',
      pinned: {
        view: 'matrix',
        params: { year: 'latest', category: 'proposals', jurisdictions: 'jiaxing,贺州' },
        rows: [],
      },
      state: { view: 'matrix', year: 'latest', category: 'proposals', jurisdictions: ['jiaxing', '贺州'] },
    },
    {
      name: 'matrix: a year and no category',
      pinned: { view: 'matrix', params: { year: 2022, category: '', jurisdictions: 'jiaxing' }, rows: [] },
      state: { view: 'matrix', year: 2022, category: null, jurisdictions: ['jiaxing'] },
    },
  ])('pinned rows give a link the embed parses back to the same view: $name', ({ pinned, state }) => {
    const embed = embedTargetOf(pinned, 'zh', pin);
    expect(embed).not.toBeNull();
    const parsed = parseEmbedParams(embedSearch(embed!));
    expect(parsed.problems).toEqual([]);
    expect(parsed.pin).toEqual(pin);
    expect(parsed.state).toMatchObject(state);
  });

  it.each<Omit<PinnedRows, 'rows'>>([
    { view: 'ranking', params: { indicator: 'proposals_filed' } },
    { view: 'trend', params: { indicator: 'proposals_filed' } },
    { view: 'matrix', params: { year: 'soon', jurisdictions: 'jiaxing' } },
    { view: 'profile', params: { jurisdiction: 'jiaxing' } },
  ])('no embed link for $view without what it needs', (pinned) => {
    expect(embedTargetOf({ ...pinned, rows: [] }, 'zh', pin)).toBeNull();
  });

  it('round-trip through the parser with no problems', () => {
    const parsed = parseEmbedParams(embedSearch(target));
    expect(isEmbedMode(embedSearch(target))).toBe(true);
    expect(parsed.problems).toEqual([]);
    expect(parsed.pin).toEqual(target.pin);
    expect(parsed.state).toMatchObject({
      view: 'ranking',
      indicator: 'proposals_filed',
      year: 2022,
      lang: 'en',
    });
  });

  it('stay on the app’s origin and path', () => {
    expect(embedUrl('https://intranet.example/luzhi/?view=trend#x', target)).toMatch(
      /^https:\/\/intranet\.example\/luzhi\/\?.*embed=1/,
    );
  });

  it.each([
    { search: '?embed=1&indicator=proposals_filed&year=2022&dv=abc', param: 'pin' },
    { search: '?embed=1&indicator=proposals_filed&year=2022&pin=XYZ&dv=abc', param: 'pin' },
    { search: '?embed=1&indicator=proposals_filed&year=2022&pin=0123456789abcdef', param: 'dv' },
    {
      search: '?embed=1&indicator=proposals_filed&year=2022&pin=0123456789abcdef&dv=%3Cscript%3E',
      param: 'dv',
    },
    {
      search: '?embed=1&indicator=%3Cimg%20src%3Dx%3E&year=2022&pin=0123456789abcdef&dv=a',
      param: 'indicator',
    },
    { search: '?embed=1&indicator=x&year=javascript:alert(1)&pin=0123456789abcdef&dv=a', param: 'year' },
    { search: '?embed=1&view=evil&indicator=x&year=2022&pin=0123456789abcdef&dv=a', param: 'view' },
  ])('report a bad $param ($search) instead of guessing', ({ search, param }) => {
    const parsed = parseEmbedParams(search);
    expect(parsed.problems.map((p) => p.param)).toContain(param);
  });

  it.each([
    { title: '"><script>alert(1)</script>', src: 'https://x/?a=1&b="2"' },
    { title: "' onload='alert(1)", src: 'javascript:alert(1)' },
  ])('escape every attribute of the iframe snippet ($title)', ({ title, src }) => {
    const code = iframeSnippet(src, title, 480.4);
    const attrs = code.replace(/"[^"]*"/g, '""');
    expect(attrs).toBe(
      '<iframe src="" title="" width="" height="" style="" loading="" referrerpolicy=""></iframe>',
    );
    expect(code).toContain('height="480"');
  });
});
