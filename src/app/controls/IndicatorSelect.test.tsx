import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Catalog, Indicator } from '../../data/schema';
import { LangContext } from '../../i18n/i18nContext';
import type { Lang } from '../../i18n/lang';
import { IndicatorSelect } from './IndicatorSelect';

const indicator = (id: string, category: string, name: string, rate = false): Indicator => ({
  id,
  name_zh: name,
  name_en: `${id} (en)`,
  unit_zh: '件',
  unit_en: 'items',
  category,
  definition_zh: '',
  definition_en: '',
  better: 'higher',
  comparability_zh: null,
  comparability_en: null,
  numerator_id: rate ? 'a' : null,
  denominator_id: rate ? 'b' : null,
  comparable: null,
  sort_order: null,
});

// Catalog order puts the meetings category's indicator first; the shared group must order by category.
const catalog: Catalog = {
  jurisdictions: [],
  sources: [],
  categories: [
    { id: 'proposals', name_zh: '提案', name_en: 'Proposals', sort_order: 1 },
    { id: 'meetings', name_zh: '会议', name_en: 'Meetings', sort_order: 2 },
  ],
  indicators: [
    indicator('m', 'meetings', '协商会'),
    indicator('a', 'proposals', '提案数'),
    indicator('r', 'proposals', '办复率', true),
    indicator('solo', 'proposals', '仅一地'),
  ],
};
const reporters = new Map([
  ['m', 3],
  ['a', 5],
  ['r', 2],
  ['solo', 1],
]);

const render = (lang: Lang, value = 'a') =>
  renderToStaticMarkup(
    <LangContext.Provider value={lang}>
      <IndicatorSelect catalog={catalog} reporters={reporters} value={value} onChange={() => {}} />
    </LangContext.Provider>,
  );

/** [group label, option values] in document order. */
const groups = (html: string) =>
  [...html.matchAll(/<optgroup label="([^"]*)">(.*?)<\/optgroup>/g)].map(([, label, body]) => [
    label,
    [...body!.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]),
  ]);

describe('IndicatorSelect', () => {
  it('lists the comparable indicators first, by category, and the rest under their category', () => {
    expect(groups(render('zh'))).toEqual([
      ['可比较：两个及以上地区报告', ['a', 'r', 'm']],
      ['提案', ['solo']],
    ]);
  });

  it('labels each option with its reporters, marks a rate, in the language shown', () => {
    const zh = render('zh');
    expect(zh).toContain('>提案数（5个地区）</option>');
    expect(zh).toContain('>办复率 (%)（2个地区）</option>');
    const en = render('en');
    expect(en).toContain('>a (en) · 5 reporting</option>');
    expect(en).toContain('<optgroup label="Proposals">');
    expect(en).not.toContain('提案数');
  });

  it('sizes the select from its longest label, whichever is selected', () => {
    const width = (html: string) => /--select-width:([\d.]+em)/.exec(html)?.[1];
    expect(width(render('zh', 'a'))).toBe(width(render('zh', 'solo')));
    expect(width(render('zh'))).toMatch(/em$/);
  });
});
