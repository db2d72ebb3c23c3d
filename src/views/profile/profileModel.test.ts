import { describe, expect, it } from 'vitest';
import {
  FIXTURE_CATEGORIES,
  FIXTURE_INDICATORS,
  FIXTURE_SOURCES,
  indicator,
  jurisdiction,
} from '../../../tests/support/fixture';
import type { Catalog } from '../../data/schema';
import { modelCatalog } from '../viewModel';
import type { ProfileRow } from './profileQuery';
import { profileModel } from './profileModel';

const CATALOG: Catalog = {
  jurisdictions: [
    jurisdiction('jiaxing', '嘉兴', { parent_zh: '浙江省', parent_en: 'Zhejiang Province' }),
    jurisdiction('wuxing', '吴兴', { level: 'district', province_zh: '', province_en: '' }),
    jurisdiction('hezhou', '贺州'),
  ],
  // one indicator whose category the catalog does not list
  indicators: [...FIXTURE_INDICATORS, indicator('sessions_held', '召开会议', { category: 'meetings' })],
  categories: FIXTURE_CATEGORIES,
  sources: FIXTURE_SOURCES,
};
const maps = modelCatalog(CATALOG);

const row = (
  indicator_id: string,
  year: number,
  value: number,
  rank: number,
  peers: number,
  extra: Partial<ProfileRow> = {},
): ProfileRow => ({
  indicator_id,
  year,
  value,
  qualifier: 'exact',
  numerator: null,
  denominator: null,
  rank,
  peers,
  quote: null,
  source_file: null,
  title_zh: null,
  title_en: null,
  basis: 'year',
  comparable: 'yes',
  comparability_zh: null,
  comparability_en: null,
  ...extra,
});

const ROWS: ProfileRow[] = [
  row('proposals_filed', 2022, 369, 2, 3, {
    quote: '立案369件',
    source_file: 'fixture.txt',
    title_zh: '测试报告',
    title_en: 'Fixture report',
  }),
  row('proposals_answer_rate', 2022, 97.5, 1, 1, { numerator: 360, denominator: 369, source_file: 'jx.txt' }),
  row('proposals_answered', 2022, 360, 1, 2, { qualifier: 'at_least' }),
  row('sessions_held', 2021, 4, 1, 2),
  row('gone_indicator', 2020, 7, 1, 2),
];

describe('profile model', () => {
  it.each([
    {
      lang: 'zh',
      rows: [
        ['提案', '立案提案', 2022, 369, '', '件', '第2名（共3个）', null, null, '测试报告', '立案369件'],
        ['提案', '提案办复率', 2022, 97.5, '', '%', '仅此一家', 360, 369, 'jx.txt', null],
        ['提案', '办复提案', 2022, 360, '≥ 不少于', '件', '第1名（共2个）', null, null, '', null],
        // a category the catalog does not list shows its id; an indicator it does not list, its id
        ['meetings', '召开会议', 2021, 4, '', '件', '第1名（共2个）', null, null, '', null],
        ['', 'gone_indicator', 2020, 7, '', '', '第1名（共2个）', null, null, '', null],
      ],
    },
    {
      lang: 'en',
      rows: [
        [
          'Proposals',
          'proposals filed',
          2022,
          369,
          '',
          'items',
          '2 of 3',
          null,
          null,
          'Fixture report',
          '立案369件',
        ],
        ['Proposals', 'proposals answer rate', 2022, 97.5, '', '%', 'only one', 360, 369, 'jx.txt', null],
        ['Proposals', 'proposals answered', 2022, 360, '≥ at least', 'items', '1 of 2', null, null, '', null],
        ['meetings', 'sessions held', 2021, 4, '', 'items', '1 of 2', null, null, '', null],
        ['', 'gone_indicator', 2020, 7, '', '', '1 of 2', null, null, '', null],
      ],
    },
  ] as const)(
    'one export row per figure: category, name, year, value, qualifier, unit, rank among peers (or the only one), parts, report title (else file), quote ($lang)',
    ({ lang, rows }) => {
      const model = profileModel({ jurisdictionId: 'jiaxing' }, ROWS, maps, lang);
      expect(model.export.table.rows).toEqual(rows);
    },
  );

  it('texts, header, sources and file name of a known jurisdiction', () => {
    const zh = profileModel({ jurisdictionId: 'jiaxing' }, ROWS, maps, 'zh');
    expect(zh).toMatchObject({
      id: 'profile',
      title: '嘉兴档案',
      subtitle: '嘉兴市政协 · 地级市政协 · 浙江 · 浙江省',
      scopeNote: '',
      chart: null,
      notes: ['≥ 表示原文为“余/多/超过”，实际值不少于所示数字；≈ 表示约数。'],
    });
    expect(zh.summary).toContain('嘉兴（地级市政协）：2020、2021、2022年共有5项指标数据');
    expect(zh.export.table.header).toEqual([
      '类别',
      '指标',
      '年份',
      '数值',
      '限定',
      '单位',
      '同报地区中名次',
      '分子',
      '分母',
      '来源',
      '原文',
    ]);
    expect(zh.export.sources).toEqual(['测试《测试报告》']);
    expect(zh.export.fileParts).toEqual(['嘉兴', '地区档案']);
    const en = profileModel({ jurisdictionId: 'jiaxing' }, ROWS, maps, 'en');
    expect(en.subtitle).toBe('jiaxing CPPCC · prefecture-level CPPCC · Zhejiang · Zhejiang Province');
    expect(en.export.fileParts).toEqual(['Jiaxing', 'Profile']);
  });

  it.each([
    {
      name: 'every figure exact: no qualifier note',
      id: 'jiaxing',
      rows: ROWS.filter((r) => r.qualifier === 'exact'),
      expected: { notes: [] },
    },
    {
      name: 'still loading: no summary, no rows',
      id: 'jiaxing',
      rows: null,
      expected: { summary: '', notes: [], export: { sources: [], table: { rows: [] } } },
    },
    {
      name: 'no figures yet: says so',
      id: 'wuxing',
      rows: [],
      expected: { title: '吴兴档案', summary: '吴兴（区政协）：暂无任何指标数据。', notes: [] },
    },
    {
      name: 'a body with neither province nor parent: body and level only, no trailing separator',
      id: 'wuxing',
      rows: [],
      expected: { subtitle: '吴兴市政协 · 区政协' },
    },
    {
      name: 'a body without a parent area: its province alone, no empty part',
      id: 'hezhou',
      rows: [],
      expected: { subtitle: '贺州市政协 · 地级市政协 · 浙江' },
    },
    {
      name: 'a body the catalog does not know: named by its id, no subtitle',
      id: 'nobody',
      rows: null,
      expected: { title: 'nobody档案', subtitle: '', export: { fileParts: ['nobody', '地区档案'] } },
    },
  ])('$name', ({ id, rows, expected }) => {
    expect(profileModel({ jurisdictionId: id }, rows, maps, 'zh')).toMatchObject(expected);
  });
});
