import { describe, expect, it } from 'vitest';
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
