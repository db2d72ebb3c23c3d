import { describe, expect, it } from 'vitest';
import { jurisdiction } from '../../tests/support/fixture';
import { jurisdictionName, scopeOf, scopesDiffer, type JurisdictionMap } from './names';

const JURISDICTIONS: JurisdictionMap = new Map(
  [
    jurisdiction('jiaxing', '嘉兴'),
    jurisdiction('hezhou', '贺州'),
    jurisdiction('wuxing', '吴兴', { level: 'district' }),
    jurisdiction('hangzhou-jiusan', '杭州九三', { body: 'party_committee' }),
  ].map((j) => [j.id, j]),
);

describe('jurisdiction names and scopes in charts', () => {
  it.each([
    ['jiaxing', 'zh', '嘉兴'],
    ['jiaxing', 'en', 'Jiaxing'],
    // an id the catalog does not know is shown as itself, never as an empty label
    ['unknown_body', 'zh', 'unknown_body'],
  ] as const)('name of %s (%s) is %s', (id, lang, expected) => {
    expect(jurisdictionName(id, JURISDICTIONS, lang)).toBe(expected);
  });

  it.each([
    { name: 'same level and body: no labels needed', ids: ['jiaxing', 'hezhou'], differ: false },
    { name: 'a district among cities', ids: ['jiaxing', 'wuxing'], differ: true },
    { name: 'a party committee among CPPCCs', ids: ['jiaxing', 'hangzhou-jiusan'], differ: true },
    { name: 'one body alone', ids: ['wuxing'], differ: false },
    { name: 'nothing listed', ids: [], differ: false },
    { name: 'an unknown id beside a known one', ids: ['jiaxing', 'unknown_body'], differ: true },
  ])('scopesDiffer: $name', ({ ids, differ }) => {
    expect(scopesDiffer(ids, JURISDICTIONS)).toBe(differ);
  });

  it.each([
    ['jiaxing', 'zh', '地级市政协'],
    ['wuxing', 'en', 'district CPPCC'],
    ['hangzhou-jiusan', 'zh', '民主党派市委'],
    ['unknown_body', 'zh', ''],
  ] as const)('scope of %s (%s) is %j', (id, lang, expected) => {
    expect(scopeOf(id, JURISDICTIONS, lang)).toBe(expected);
  });
});
