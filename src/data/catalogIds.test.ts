import { describe, expect, it } from 'vitest';
import { isCatalogId, MAX_ID_LENGTH, suggestId, type CatalogIdKind } from './catalogIds';

const long = (n: number, c = 'a') => c.repeat(n);

describe('the catalog id rule', () => {
  it.each<[CatalogIdKind, string, boolean]>([
    ['indicator', 'proposals_filed', true],
    ['indicator', '2022_sessions', true],
    ['indicator', 'a', true],
    ['indicator', long(MAX_ID_LENGTH), true],
    ['indicator', long(MAX_ID_LENGTH + 1), false],
    ['indicator', '', false],
    ['indicator', '_leading', false],
    ['indicator', 'Upper', false],
    ['indicator', 'with-dash', false],
    ['indicator', 'with space', false],
    ['indicator', '提案', false],
    // the whole id must match, not a part of it
    ['indicator', 'ok\nbad id', false],
    ['category', 'proposals', true],
    ['category', 'bad.id', false],
    ['jurisdiction', 'hangzhou-jiusan', true],
    ['jurisdiction', 'Jiaxing.City_2', true],
    ['jurisdiction', '上城区', true],
    ['jurisdiction', long(MAX_ID_LENGTH, '区'), true],
    ['jurisdiction', long(MAX_ID_LENGTH + 1, '区'), false],
    ['jurisdiction', '', false],
    ['jurisdiction', 'a b', false],
    ['jurisdiction', 'a/b', false],
    ['jurisdiction', 'ok\nbad id', false],
  ])('%s %j → %s', (kind, id, ok) => {
    expect(isCatalogId(kind, id)).toBe(ok);
  });

  it.each([
    ['Hangzhou CPPCC', 'hangzhou_cppcc'],
    // accents dropped, not the letters they sit on
    ['Zürich Café', 'zurich_cafe'],
    // runs of other characters become one underscore, none left at either end
    ['  --Shangcheng  District (2024)!! ', 'shangcheng_district_2024'],
    ['___', ''],
    // cut to the length links accept, without a trailing underscore at the cut
    [`${long(MAX_ID_LENGTH - 1, 'b')} tail`, long(MAX_ID_LENGTH - 1, 'b')],
    [long(MAX_ID_LENGTH + 10, 'c'), long(MAX_ID_LENGTH, 'c')],
  ])('suggestId(%j) → %j', (name, id) => {
    expect(suggestId(name)).toBe(id);
  });

  it('every non-empty suggestion is a valid id of every kind', () => {
    for (const name of ['Hangzhou CPPCC', 'Zürich Café', 'A-B.C', '9 Districts'])
      for (const kind of ['indicator', 'category', 'jurisdiction'] as const)
        expect(isCatalogId(kind, suggestId(name))).toBe(true);
  });
});
