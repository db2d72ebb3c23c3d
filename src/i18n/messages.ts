import type { Lang } from './lang';

// Chinese first. Keys are checked at compile time: `en` must have every key `zh` has.
const zh = {
  appTitle: '履职对比',
  appSubtitle: '政协履职指标跨地区、跨年度对比',
  language: '语言',
  switchLanguage: 'English',
  indicator: '指标',
  year: '年份',
  engineLoading: '分析引擎加载中…',
  engineReady: '分析引擎已就绪',
  engineFailed: '分析引擎无法启动',
  engineFailedHelp:
    '数据分析引擎（DuckDB-WASM）未能加载，图表无法显示。请使用最新版 Chrome、Edge 或 Firefox，并确认站点完整部署了 assets 目录下的 .wasm 与 worker 文件。',
  reason: '原因',
  queryFailed: '查询出错',
  loadingChart: '图表加载中…',
  noData: '无数据',
  noDataLong: '无此项数据',
  rankingTitle: '{year}年{indicator}排名',
  rank: '名次',
  value: '数值',
  source: '来源',
  rankingNoDataList: '无此项数据：{names}',
  summaryLead: '{year}年{indicator}：',
  summaryTop: '{name}{value}居首',
  summaryTie: '{names}并列第一（{value}）',
  summaryNone: '{year}年{indicator}：暂无任何地区的数据。',
  summaryMissing: '{names}无此项数据',
  listSep: '、',
  clauseSep: '，',
  partSep: '；',
  end: '。',
  atLeastNote: '≥ 表示原文为“余/多/超过”，实际值不少于所示数字；≈ 表示约数。',
  levelPrefecture: '地级市',
  levelCounty: '县级市',
  levelDistrict: '区',
  bodyCppcc: '政协',
  bodyStanding: '政协常委会',
  bodyParty: '民主党派市委',
  footerNote: '数据来源：各单位年度工作报告；原文引文见各数据点。',
  urlUnknown: '链接中的 {param}={value} 不存在，已显示默认内容。',
  urlMalformed: '链接中的 {param}={value} 格式不对，已显示默认内容。',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appTitle: 'Lüzhi Compare',
  appSubtitle: 'CPPCC performance indicators across jurisdictions and years',
  language: 'Language',
  switchLanguage: '中文',
  indicator: 'Indicator',
  year: 'Year',
  engineLoading: 'Loading the analysis engine…',
  engineReady: 'Analysis engine ready',
  engineFailed: 'The analysis engine could not start',
  engineFailedHelp:
    'The data engine (DuckDB-WASM) did not load, so charts cannot be shown. Use a current Chrome, Edge or Firefox, and check that the .wasm and worker files under assets/ were deployed with the site.',
  reason: 'Reason',
  queryFailed: 'Query failed',
  loadingChart: 'Loading chart…',
  noData: 'no data',
  noDataLong: 'no data',
  rankingTitle: '{indicator} ranking, {year}',
  rank: 'Rank',
  value: 'Value',
  source: 'Source',
  rankingNoDataList: 'No data: {names}',
  summaryLead: '{indicator}, {year}: ',
  summaryTop: '{name} leads with {value}',
  summaryTie: '{names} tie for first ({value})',
  summaryNone: '{indicator}, {year}: no jurisdiction has data.',
  summaryMissing: 'no data for {names}',
  listSep: ', ',
  clauseSep: ', ',
  partSep: '; ',
  end: '.',
  atLeastNote:
    '≥ means the report says “more than” (余/多/超过): the true value is at least the number; ≈ means approximate.',
  levelPrefecture: 'prefecture-level city',
  levelCounty: 'county-level city',
  levelDistrict: 'district',
  bodyCppcc: 'CPPCC',
  bodyStanding: 'CPPCC Standing Committee',
  bodyParty: 'democratic party committee',
  footerNote: 'Source: annual work reports of each body; every figure carries its quote.',
  urlUnknown: 'The link asks for {param}={value}, which does not exist; showing the default instead.',
  urlMalformed: 'The link has a malformed {param}={value}; showing the default instead.',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** Message with `{name}` placeholders filled. Values are plain text; React or ECharts escapes them. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}
