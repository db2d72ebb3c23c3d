import { describe, expect, it } from 'vitest';
import { dataDateOf } from '../../src/export/dataDate';
import { citeLine } from '../../src/export/imageParts';

const versions = [
  { id: 'v1', time: '2026-03-02T08:15:00.000Z' },
  { id: 'v2', time: '2026-05-20T10:00:00.000Z' },
];
const sources = [{ published: '2023-06-15' }, { published: null }, { published: '2023-01-09' }];

describe('date of the data in a citation', () => {
  it('is the commit day of an uploaded version', () => {
    expect(dataDateOf('v2', versions, sources)).toBe('2026-05-20');
  });
  it('is the newest report’s publication date for the bundled data', () => {
    expect(dataDateOf(null, versions, sources)).toBe('2023-06-15');
    expect(dataDateOf(null, versions, [{ published: null }])).toBeUndefined();
  });
  it('is named in the cite line', () => {
    const stamp = { dataVersion: 'bundled', date: '2026-11-28', dataDate: '2023-06-15' };
    expect(citeLine({ title: '2022年立案提案排名', lang: 'zh' }, stamp)).toBe(
      '2022年立案提案排名。履职对比，内置数据（2023-06-15），2026-11-28导出。',
    );
    expect(
      citeLine(
        { title: 'Ranking', lang: 'en' },
        { ...stamp, dataVersion: 'abcdef0123456789', dataDate: '2026-05-20' },
      ),
    ).toBe('Ranking. Lüzhi Compare, data version abcdef012345 of 2026-05-20, exported 2026-11-28.');
  });
  it.each([
    {
      origin: 'bundled' as const,
      zh: '排名。履职对比，内置数据（2023-06-15），2026-11-28导出。',
      en: 'Ranking. Lüzhi Compare, bundled data of 2023-06-15, exported 2026-11-28.',
    },
    {
      origin: 'published' as const,
      zh: '排名。履职对比，已发布版本 abcdef012345（2023-06-15发布），2026-11-28导出。',
      en: 'Ranking. Lüzhi Compare, published version abcdef012345 of 2023-06-15, exported 2026-11-28.',
    },
    {
      origin: 'draft' as const,
      zh: '排名。履职对比，数据版本 abcdef012345（2023-06-15），2026-11-28导出。',
      en: 'Ranking. Lüzhi Compare, data version abcdef012345 of 2023-06-15, exported 2026-11-28.',
    },
  ])('says what the data are: $origin', ({ origin, zh, en }) => {
    const stamp = { dataVersion: 'abcdef0123456789', date: '2026-11-28', dataDate: '2023-06-15', origin };
    expect(citeLine({ title: '排名', lang: 'zh' }, stamp)).toBe(zh);
    expect(citeLine({ title: 'Ranking', lang: 'en' }, stamp)).toBe(en);
  });
});
