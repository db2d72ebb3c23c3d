import Papa from 'papaparse';
import type { Category, Indicator, Jurisdiction, Observation, Source } from '../../src/data/schema';
import type { RankingRow } from '../../src/views/ranking/rankingQuery';
import { TABLE_COLUMNS, type TableName, type TableTexts } from '../../src/data/tables';

export function jurisdiction(id: string, name_zh: string, extra: Partial<Jurisdiction> = {}): Jurisdiction {
  return {
    id,
    name_zh,
    name_en: id.charAt(0).toUpperCase() + id.slice(1),
    aliases: null,
    level: 'prefecture_city',
    body: 'cppcc_committee',
    body_name_zh: `${name_zh}市政协`,
    body_name_en: `${id} CPPCC`,
    province_zh: '浙江',
    province_en: 'Zhejiang',
    parent_zh: null,
    parent_en: null,
    ...extra,
  };
}

export function indicator(id: string, name_zh: string, extra: Partial<Indicator> = {}): Indicator {
  return {
    id,
    name_zh,
    name_en: id.replace(/_/g, ' '),
    unit_zh: '件',
    unit_en: 'items',
    category: 'proposals',
    definition_zh: `${name_zh}的数量`,
    definition_en: `number of ${id}`,
    better: 'higher',
    comparability_zh: null,
    comparability_en: null,
    numerator_id: null,
    denominator_id: null,
    comparable: 'yes',
    sort_order: null,
    ...extra,
  };
}

export function observation(
  jurisdiction_id: string,
  year: number,
  indicator_id: string,
  value: number,
  extra: Partial<Observation> = {},
): Observation {
  return {
    jurisdiction_id,
    year,
    indicator_id,
    value,
    qualifier: 'exact',
    unit: '件',
    source_file: 'fixture.txt',
    quote: `${indicator_id} ${value}`,
    ...extra,
  };
}

export const FIXTURE_JURISDICTIONS: Jurisdiction[] = [
  jurisdiction('jiaxing', '嘉兴'),
  jurisdiction('wuxing', '吴兴', { level: 'district' }),
  jurisdiction('hezhou', '贺州'),
  jurisdiction('shengzhou', '嵊州', { level: 'county_city' }),
  jurisdiction('hangzhou-jiusan', '杭州九三', { body: 'party_committee' }),
];

export const FIXTURE_INDICATORS: Indicator[] = [
  indicator('proposals_filed', '立案提案'),
  indicator('proposals_answered', '办复提案'),
  indicator('proposals_answer_rate', '提案办复率', {
    unit_zh: '%',
    unit_en: '%',
    numerator_id: 'proposals_answered',
    denominator_id: 'proposals_filed',
  }),
];

export const FIXTURE_CATEGORIES: Category[] = [
  { id: 'proposals', name_zh: '提案', name_en: 'Proposals', sort_order: 1 },
];

export const FIXTURE_SOURCES: Source[] = [
  {
    file: 'fixture.txt',
    jurisdiction_id: 'jiaxing',
    year: 2022,
    title_zh: '测试报告',
    title_en: 'Fixture report',
    body_zh: '测试',
    body_en: 'Fixture',
    published: null,
  },
];

function csv(table: TableName, rows: readonly object[]): string {
  return Papa.unparse({ fields: Object.keys(TABLE_COLUMNS[table]), data: rows.map((r) => Object.values(r)) });
}

export function fixtureTexts(
  observations: readonly Observation[],
  overrides: { jurisdictions?: Jurisdiction[]; indicators?: Indicator[]; sources?: Source[] } = {},
): TableTexts {
  return {
    observations: csv('observations', observations),
    jurisdictions: csv('jurisdictions', overrides.jurisdictions ?? FIXTURE_JURISDICTIONS),
    indicators: csv('indicators', overrides.indicators ?? FIXTURE_INDICATORS),
    categories: csv('categories', FIXTURE_CATEGORIES),
    sources: csv('sources', overrides.sources ?? FIXTURE_SOURCES),
  };
}

/** One ranking result row; `value: null` means no figure (and then no qualifier). */
export function rankingRow(
  jurisdiction_id: string,
  value: number | null,
  rank: number | null,
  extra: Partial<RankingRow> = {},
): RankingRow {
  return {
    jurisdiction_id,
    year: value === null ? null : 2022,
    value,
    rank,
    qualifier: value === null ? null : 'exact',
    numerator: null,
    denominator: null,
    source_file: null,
    quote: null,
    prev_year: null,
    prev_rank: null,
    prev_value: null,
    comparable: value === null ? null : 'yes',
    comparability_zh: null,
    comparability_en: null,
    ...extra,
  };
}
