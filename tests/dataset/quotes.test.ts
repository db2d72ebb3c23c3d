/**
 * Every bundled figure must be traceable to a verbatim fragment of its source report.
 * (a) the quote occurs in the report (whitespace ignored on both sides);
 * (b) the value is one of the numbers written in the quote (Arabic or Chinese numerals);
 * (c) the qualifier agrees with the words around that number (余/多/以上/超过 → at_least,
 *     近/约/左右 → approx, none → exact);
 * (d) where a quote holds several numbers, a pinned fragment of it says which one is the value.
 */
import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNumbers, type NumberToken } from '../../src/data/chineseNumerals';

interface Observation {
  jurisdiction_id: string;
  year: string;
  indicator_id: string;
  value: string;
  qualifier: string;
  unit: string;
  source_file: string;
  quote: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const dataDir = path.join(repoRoot, 'data');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const seedsExist = fs.existsSync(seedsDir);

const stripWs = (s: string): string => s.replace(/\s+/gu, '');

const observations: Observation[] = Papa.parse<Observation>(
  fs.readFileSync(path.join(dataDir, 'observations.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

/** One test case per observation row, named `${jurisdiction_id} ${indicator_id}`. */
const cases = observations.map((o) => [`${o.jurisdiction_id} ${o.indicator_id}`, o] as const);

const AT_LEAST_AFTER = /^(?:余|多|以上)/u;
const AT_LEAST_BEFORE = /(?:超过|突破|逾)$/u;
const APPROX_BEFORE = /(?:近|约)$/u;
const APPROX_AFTER = /^左右/u;

/** The qualifier the wording around one number implies. */
function impliedQualifier(text: string, t: NumberToken): 'exact' | 'at_least' | 'approx' {
  const before = text.slice(0, t.start);
  const afterDigits = text.slice(t.numEnd);
  const afterToken = text.slice(t.end);
  if (AT_LEAST_AFTER.test(afterDigits) || AT_LEAST_AFTER.test(afterToken) || AT_LEAST_BEFORE.test(before)) {
    return 'at_least';
  }
  if (APPROX_BEFORE.test(before) || APPROX_AFTER.test(afterDigits) || APPROX_AFTER.test(afterToken)) {
    return 'approx';
  }
  return 'exact';
}

function tokensWithValue(quote: string, value: number): NumberToken[] {
  return findNumbers(quote).filter((t) => Math.abs(t.value - value) < 1e-9);
}

const reports = new Map<string, string>();
function report(file: string): string {
  let text = reports.get(file);
  if (text === undefined) {
    text = stripWs(fs.readFileSync(path.join(seedsDir, file), 'utf8'));
    reports.set(file, text);
  }
  return text;
}

describe('observations.csv has rows to check', () => {
  it('is not empty', () => {
    expect(observations.length).toBeGreaterThan(0);
  });
});

describe.skipIf(!seedsExist)(
  seedsExist ? 'quote occurs verbatim in its source report' : 'quotes (skipped: ../shared/seeds not found)',
  () => {
    it.each(cases)('%s', (_name, row) => {
      expect(fs.existsSync(path.join(seedsDir, row.source_file)), `missing report ${row.source_file}`).toBe(
        true,
      );
      expect(stripWs(row.quote).length).toBeGreaterThan(0);
      expect(report(row.source_file), `quote not found in ${row.source_file}: ${row.quote}`).toContain(
        stripWs(row.quote),
      );
    });
  },
);

describe('value is written in the quote', () => {
  it.each(cases)('%s', (_name, row) => {
    const value = Number(row.value);
    expect(Number.isFinite(value), `value ${row.value} is not a number`).toBe(true);
    const quote = stripWs(row.quote);
    const found = findNumbers(quote).map((t) => t.value);
    expect(found, `numbers in "${quote}"`).toContain(value);
  });
});

describe('qualifier agrees with the quote', () => {
  it.each(cases)('%s', (_name, row) => {
    const quote = stripWs(row.quote);
    const implied = tokensWithValue(quote, Number(row.value)).map((t) => impliedQualifier(quote, t));
    expect(implied.length).toBeGreaterThan(0);
    expect(
      implied,
      `"${quote}" implies ${implied.join('/')} for ${row.value}, row says ${row.qualifier}`,
    ).toContain(row.qualifier);
  });
});

/**
 * Quotes with more than one number, and the fragment (verbatim, once in the quote) around the number
 * that is the value: "省“两会”建议2件、提案2件" holds 两 (2), 2 and 2, and only the pin tells the
 * suggestions from the proposals. A new many-number quote fails until it is pinned here.
 */
const PINS = new Map<string, string>([
  ['hangzhou-jiusan livestream_viewers', '23万余'],
  ['hangzhou-jiusan online_reads', '阅读量约25.6万人'],
  ['hangzhou-jiusan livestream_clicks', '击量突破200万'],
  ['hangzhou-jiusan member_deputies_national_suggestions', '件、建议5件'],
  ['hangzhou-jiusan member_deputies_provincial_suggestions', '会”建议2件'],
  ['hangzhou-jiusan member_cppcc_provincial_proposals', '件、提案2件'],
  ['hangzhou-jiusan member_deputies_city_suggestions', '会”建议20件'],
  ['hangzhou-jiusan member_cppcc_city_proposals', '件、提案44件'],
  ['hangzhou-jiusan members_recommended_provincial_bodies', '工作机构78人'],
  ['hangzhou-jiusan online_lecture_episodes', 'E讲堂”12期'],
  ['hangzhou-jiusan donations', '捐款捐物560余'],
  ['shengzhou agri_sales_boost', '扩销增收140多'],
  ['shengzhou online_deliberations', '网络议政3次'],
  ['wuxing theory_papers_first_prize_provincial', '两篇'],
  ['wuxing village_consultation_stations', '318个'],
  ['wuxing member_studios_collective', '累计建成13家'],
  ['wuxing member_studios_sector', '体 型、7家'],
  ['wuxing reading_posts', '留贴发言1万 '],
  ['wuxing digital_apps', '建频道、53个'],
  ['wuxing party_proposals_filed', '集体提案14 '],
  ['wuxing party_info_submitted', ' 意信息130条'],
  ['wuxing enterprises_helped', '大项目和33个'],
  ['wuxing office_rules_adopted', '方 面的44项'],
  ['hezhou investment_visit_participants', '6批次共100多'],
  ['hezhou investment_contracted', '投资总额306亿'],
  ['hezhou rural_project_investment', '目投资额28亿'],
  ['hezhou donations', '捐款捐物300万'],
  ['hezhou resources_coordinated', '资金共计600多'],
  ['hezhou proposals_filed', '件,立案74件'],
  ['hezhou party_plenary_speeches_submitted', '大会发言16篇'],
  ['hezhou party_info_submitted', '民意信息186条'],
  ['hezhou culture_history_words', '文史资料20余万字'],
  ['jiaxing consultation_participants', '场、参与7600余'],
  ['jiaxing enterprise_suggestions_collected', '意见建议880多'],
  ['jiaxing private_economy_meeting_suggestions', '策,提出37条'],
  ['jiaxing common_prosperity_meeting_suggestions', '意见建议12条'],
  ['jiaxing minsheng_hall_activities', '开展协商160多'],
  ['jiaxing minsheng_hall_suggestions', '意见建议1128条'],
  ['jiaxing safety_inspection_matters_resolved', '解决事项29件'],
  ['jiaxing digital_reform_supervision_activities', '监督活动62次'],
  ['jiaxing digital_reform_supervision_participants', '委员参与605人'],
  ['jiaxing digital_reform_problems_found', '发现问题136个'],
  ['jiaxing digital_reform_suggestions', '意见建议202条'],
  ['jiaxing online_deliberation_participants', '次,参与6000多'],
  ['jiaxing reading_posts', '1人次、82160条'],
  ['jiaxing reading_participants_offline', '场、参与15958人'],
  ['jiaxing culture_history_research_topics', '镇兴起等10项'],
  ['jiaxing party_proposals_submitted', '集体提案57件'],
  ['jiaxing parlour_events', '主题活动140场'],
  ['jiaxing parlour_participants', '次、参与6800多'],
  ['jiaxing proposals_filed', '议立案的369件'],
  ['jiaxing proposals_answered', '议立案的369件'],
]);

describe('a quote with several numbers says which one is the value', () => {
  const many = cases.filter(([, o]) => findNumbers(o.quote).length > 1);
  it('every such quote is pinned, and every pin belongs to such a quote', () => {
    expect(many.map(([name]) => name).sort()).toEqual([...PINS.keys()].sort());
  });
  it.each(many)('%s', (name, o) => {
    const pin = PINS.get(name) ?? '';
    const at = o.quote.indexOf(pin);
    expect(at, `pin "${pin}" in "${o.quote}"`).toBeGreaterThanOrEqual(0);
    expect(o.quote.indexOf(pin, at + 1), `pin "${pin}" occurs once`).toBe(-1);
    const inPin = findNumbers(o.quote).filter((t) => t.start >= at && t.numEnd <= at + pin.length);
    expect(
      inPin.map((t) => t.value),
      `the pinned number is the value`,
    ).toContain(Number(o.value));
  });
});
