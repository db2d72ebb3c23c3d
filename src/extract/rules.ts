// The extractor's rules, as tables of named entries. They describe how Chinese work reports of CPPCC
// bodies and democratic parties are written in general (measure words, qualifiers, plan wording,
// ranking phrases), not the wording of any one report: the extractor runs on reports it has never seen.
import type { Qualifier } from '../data/schema';

/** A measure word after a number, and the family of units an indicator may be counted in. */
export interface UnitRule {
  name: string;
  /** as written after the number */
  text: string;
  family: UnitFamily;
}

/**
 * Families of interchangeable measure words: reports count the same thing with different words
 * (information items in 篇/期/件/条, endorsed outputs in 项/份, people in 人/名, places in 个/家).
 */
export type UnitFamily =
  'documents' | 'events' | 'people' | 'person_times' | 'places' | 'money' | 'percent' | 'volume';

export const UNIT_RULES: readonly UnitRule[] = [
  { name: 'person-times', text: '人次', family: 'person_times' },
  { name: 'article-times', text: '篇次', family: 'documents' },
  { name: 'sessions-times', text: '场次', family: 'events' },
  { name: 'batches', text: '批次', family: 'events' },
  { name: 'ten-thousand-yuan', text: '万元', family: 'money' },
  { name: 'hundred-million-yuan', text: '亿元', family: 'money' },
  { name: 'yuan', text: '元', family: 'money' },
  { name: 'items', text: '件', family: 'documents' },
  { name: 'entries', text: '条', family: 'documents' },
  { name: 'articles', text: '篇', family: 'documents' },
  { name: 'copies', text: '份', family: 'documents' },
  { name: 'issues', text: '期', family: 'documents' },
  { name: 'volumes', text: '部', family: 'documents' },
  { name: 'characters', text: '字', family: 'volume' },
  { name: 'times', text: '次', family: 'events' },
  { name: 'sessions', text: '场', family: 'events' },
  { name: 'rounds', text: '轮', family: 'events' },
  { name: 'batch', text: '批', family: 'events' },
  { name: 'projects', text: '项', family: 'documents' },
  { name: 'units', text: '个', family: 'places' },
  { name: 'establishments', text: '家', family: 'places' },
  { name: 'teams', text: '支', family: 'places' },
  { name: 'institutions', text: '所', family: 'places' },
  { name: 'persons', text: '人', family: 'people' },
  { name: 'persons-formal', text: '名', family: 'people' },
  { name: 'persons-polite', text: '位', family: 'people' },
  { name: 'percent', text: '%', family: 'percent' },
  { name: 'percent-fullwidth', text: '％', family: 'percent' },
];

/** Where a qualifier sits relative to the number, and what it means for the true value. */
export interface QualifierRule {
  name: string;
  text: string;
  position: 'before' | 'after_number' | 'after_unit';
  qualifier: Qualifier;
}

export const QUALIFIER_RULES: readonly QualifierRule[] = [
  { name: 'more-than-yu', text: '余', position: 'after_number', qualifier: 'at_least' },
  { name: 'more-than-duo', text: '多', position: 'after_number', qualifier: 'at_least' },
  { name: 'exceeding', text: '超过', position: 'before', qualifier: 'at_least' },
  { name: 'exceeding-short', text: '超', position: 'before', qualifier: 'at_least' },
  { name: 'breaking-through', text: '突破', position: 'before', qualifier: 'at_least' },
  { name: 'over', text: '逾', position: 'before', qualifier: 'at_least' },
  { name: 'and-above', text: '以上', position: 'after_unit', qualifier: 'at_least' },
  { name: 'nearly', text: '近', position: 'before', qualifier: 'approx' },
  { name: 'about', text: '约', position: 'before', qualifier: 'approx' },
  { name: 'around', text: '左右', position: 'after_unit', qualifier: 'approx' },
  { name: 'roughly', text: '大约', position: 'before', qualifier: 'approx' },
];

/** Text right before or after a number that makes it something other than a count of work done. */
export interface NotFigureRule {
  name: string;
  pattern: RegExp;
  /** where the pattern is tested: the text ending at the number, or the text right after the number */
  side: 'before' | 'after';
  /** only for numbers in Chinese numerals (slogans such as “两个维护”, 三个“一号工程” use them) */
  chineseOnly?: boolean;
  /** only for this value */
  onlyValue?: number;
}

export const NOT_FIGURE_RULES: readonly NotFigureRule[] = [
  { name: 'ordinal', pattern: /第$/u, side: 'before' },
  { name: 'share-of-total', pattern: /(占|占比|比例为?|比重|率为?|率达到?|率)$/u, side: 'before' },
  { name: 'session-name', pattern: /^(届|次会议|次全会|次全体会议|次党代会|次常委会)/u, side: 'after' },
  { name: 'anniversary', pattern: /^(周年|年来)/u, side: 'after' },
  { name: 'framework-name', pattern: /^[个项件大位]?[一”"]/u, side: 'after' },
  { name: 'quoted-slogan', pattern: /[“"‘]$/u, side: 'before', chineseOnly: true },
  { name: 'slogan-quote-after', pattern: /^[个项件大位]“/u, side: 'after', chineseOnly: true },
  // 一批, 一项, 一次: in running Chinese text a lone 一 is an article far more often than a count
  { name: 'lone-one', pattern: /^/u, side: 'after', chineseOnly: true, onlyValue: 1 },
  { name: 'latin-code', pattern: /[A-Za-z+]$/u, side: 'before' },
  { name: 'code-continues', pattern: /^[+A-Za-z]/u, side: 'after' },
  { name: 'one-of', pattern: /^[^，,。；;]{0,12}之一/u, side: 'after' },
  { name: 'per-capita', pattern: /(平均|人均|年龄)$/u, side: 'before' },
  {
    name: 'honour',
    pattern: /^[^，,。；;]{0,10}(获评|被评为|荣获|获得)[^，,。；;]{0,12}(先进|优秀个人|标兵|称号|荣誉)/u,
    side: 'after',
  },
];

/** Phrases that rank the body among its peers: a standing, not a count. */
export interface RankingRule {
  name: string;
  pattern: RegExp;
}

export const RANKING_RULES: readonly RankingRule[] = [
  {
    name: 'first-place',
    pattern:
      /(居|列|位居|位列|排名|排)(全国|全省|全区|全市|全县)?[^，,。；;]{0,16}?(首位|第一|第1位|之首|榜首)/gu,
  },
  {
    name: 'nth-place',
    pattern:
      /(居|列|位居|位列|排名|排)(全国|全省|全区|全市|全县)?[^，,。；;]{0,16}?第([一二三四五六七八九十\d]{1,3})(位|名)?/gu,
  },
  { name: 'top-group', pattern: /(居|列|位居|位列)(全国|全省|全区|全市|全县)?[^，,。；;]{0,16}?前列/gu },
];

/** Titles that say which year a report looks back on; `offset` is added to the year written. */
export interface YearRule {
  name: string;
  pattern: RegExp;
  offset: number;
  weight: number;
}

export const YEAR_RULES: readonly YearRule[] = [
  {
    name: 'review-title',
    pattern: /(\d{4})\s*年(?:度)?[^，,。\n]{0,16}(?:工作回顾|工作综述|工作总结|履职答卷|工作报告|年度报告)/u,
    offset: 0,
    weight: 5,
  },
  { name: 'looking-back', pattern: /(?:回望|回眸|回顾|盘点)\s*(\d{4})/u, offset: 0, weight: 5 },
  { name: 'year-was', pattern: /(?:^|\n|。)\s*(\d{4})\s*年[,，]?是/u, offset: 0, weight: 3 },
  { name: 'over-the-year', pattern: /(\d{4})\s*年[,，]?\s*(?:一年来|这一年|全年)/u, offset: 0, weight: 3 },
  {
    name: 'meeting-date',
    pattern: /(\d{4})\s*年\s*[1-6]\s*月\s*\d{1,2}\s*日\s*在[^\n]{0,40}会议/u,
    offset: -1,
    weight: 4,
  },
  {
    // a byline date early in the year ("杭州九三 2023-01-15"): an annual review published then is about the year before
    name: 'dated-early',
    pattern: /(?<!\d)(\d{4})-0?[1-3]-\d{1,2}(?!\d)/u,
    offset: -1,
    weight: 1,
  },
  {
    name: 'published-early',
    pattern: /(?:发布时间|发布于|日期)[:：]?\s*(\d{4})\s*(?:年|-)\s*0?[1-3]\s*(?:月|-)/u,
    offset: -1,
    weight: 2,
  },
];

/** Words that say a report looks back on one year (so a date can stand for the year before it). */
export const LOOKING_BACK_WORDS = ['一年来', '过去一年', '这一年', '全年', '回顾'] as const;

/** Sentences about what will be done: plans hold no results. */
export interface PlanRule {
  name: string;
  pattern: RegExp;
}

export const PLAN_SENTENCE_RULES: readonly PlanRule[] = [
  {
    name: 'this-year-will',
    pattern: /(今年|明年|新的一年|下一步|今后|下阶段)[^。]{0,80}?(将|要|拟|计划|力争|准备)/u,
  },
  { name: 'will-lead', pattern: /^(我们|市政协|区政协|县政协|政协|本会|社市委)?\s*(将|要|拟|计划|力争)/u },
  { name: 'total-requirement', pattern: /(总体要求|工作思路|主要任务|工作安排|工作打算|重点工作)是/u },
];

/** Headings that open a plan section; from there on, the report is about the future. */
export const PLAN_HEADING_RULES: readonly PlanRule[] = [
  {
    name: 'work-plan',
    pattern: /(工作安排|工作打算|工作计划|主要任务|工作建议|下一步工作|今后工作|工作思路|工作展望)/u,
  },
  { name: 'suggestions', pattern: /^([一二三四五六七八九十]+、|\d+[.、])?\s*(几点)?建议$/u },
];

/** A section's opening sentence that turns the report to plans ("2023年是…", "今年…总体要求是"). */
export const PLAN_OPENING_RULES: readonly PlanRule[] = [
  { name: 'next-year-is', pattern: /^\s*(\d{4})\s*年[,，]?是/u },
  { name: 'requirements', pattern: /(今年|明年)[^。]{0,20}(总体要求|主要任务|工作思路)/u },
];

/** How a report names the body that wrote it. */
export interface BodyRule {
  name: string;
  pattern: RegExp;
  body: 'cppcc_committee' | 'cppcc_standing_committee' | 'party_committee';
  /** group holding the place name */
  place: number;
}

export const BODY_RULES: readonly BodyRule[] = [
  {
    name: 'standing-committee-named-first',
    pattern:
      /(?:政协)?\s*([\p{Script=Han}]{2,8}?[省市县区])\s*第[一二三四五六七八九十]+届\s*委员会\s*常务委员会/u,
    body: 'cppcc_standing_committee',
    place: 1,
  },
  {
    name: 'standing-committee-report',
    pattern: /第[一二三四五六七八九十]+届\s*([\p{Script=Han}]{2,8}?[省市县区])\s*委员会\s*常务委员会/u,
    body: 'cppcc_standing_committee',
    place: 1,
  },
  {
    name: 'party-committee',
    pattern:
      /(九三学社|民革|民盟|民建|民进|农工党|致公党|台盟|中国国民党革命委员会|中国民主同盟|中国民主建国会|中国民主促进会|中国农工民主党|中国致公党|台湾民主自治同盟)\s*([\p{Script=Han}]{2,6}?[省市县区])\s*(?:委员会|委)/u,
    body: 'party_committee',
    place: 2,
  },
  {
    name: 'cppcc-full-name',
    pattern: /政协\s*([\p{Script=Han}]{2,6}?[省市县区])\s*(?:第[一二三四五六七八九十]+届)?\s*委员会/u,
    body: 'cppcc_committee',
    place: 1,
  },
  {
    name: 'cppcc-district',
    pattern: /([\p{Script=Han}]{2,4}?[市县区])\s*政协/u,
    body: 'cppcc_committee',
    place: 1,
  },
  {
    name: 'cppcc-short',
    pattern: /([\p{Script=Han}]{2})\s*政协/u,
    body: 'cppcc_committee',
    place: 1,
  },
];

/** Place words that are not a place name ("市政协", "全市政协", "本区政协"). */
export const NOT_PLACE = /^(全|本|各|我|该|市|区|县|省|级|和|与|的|在|及|年)/u;

/**
 * Verbs and nouns that decide what a figure counts. When a catalog indicator's name has one of these
 * cues, the figure's own words must have it too (收到 ≠ 立案 ≠ 办复): the cue words are the names of
 * distinct steps in how proposals, information and consultations are handled.
 */
export interface CueRule {
  name: string;
  words: readonly string[];
  /**
   * `sentence`: the cue anywhere in the sentence must be in the indicator too (a figure about the
   * parties' share is never the CPPCC's total: parts and totals are different indicators).
   */
  scope?: 'sentence';
}

export const CUE_RULES: readonly CueRule[] = [
  { name: 'received', words: ['收到', '提交', '提出', '报送', '编报', '编发', '反映'] },
  { name: 'filed', words: ['立案'] },
  { name: 'answered', words: ['办复', '答复', '办结'] },
  { name: 'adopted', words: ['采用', '录用', '采纳'] },
  { name: 'endorsed', words: ['批示', '肯定'] },
  { name: 'key', words: ['重点提案'] },
  { name: 'excellent', words: ['优秀'] },
  { name: 'national', words: ['全国'] },
  { name: 'provincial', words: ['省', '自治区'] },
  { name: 'participants', words: ['参与', '参加'] },
  { name: 'speeches', words: ['发言'] },
  { name: 'problems', words: ['问题'] },
  { name: 'suggestions', words: ['建议'] },
  { name: 'parties', words: ['党派'], scope: 'sentence' },
];

/**
 * Words reports use for the same thing as the catalog's names. The canonical words are added to the
 * figure's context, so "报送信息" can match "编报社情民意信息".
 */
export interface SynonymRule {
  name: string;
  words: readonly string[];
  canonical: string;
}

export const SYNONYM_RULES: readonly SynonymRule[] = [
  { name: 'submit', words: ['报送', '编发', '上报', '提出', '编报'], canonical: '编报报送提交' },
  { name: 'adopt', words: ['录用', '采纳', '采用'], canonical: '采用录用' },
  { name: 'information', words: ['信息'], canonical: '社情民意信息' },
  { name: 'members', words: ['社员', '会员', '盟员', '党员'], canonical: '成员' },
  { name: 'parties', words: ['各民主党派', '民主党派', '无党派人士', '工商联'], canonical: '党派团体' },
  { name: 'province-wide', words: ['全省性', '省级', '自治区'], canonical: '省级' },
  { name: 'instructions', words: ['批示'], canonical: '领导批示' },
];

/**
 * Pairs the report may name together ("线上线下读书活动"): then an indicator named after only one
 * side is a narrower thing than the figure counts.
 */
export const CONTRAST_RULES: readonly { name: string; sides: readonly [string, string] }[] = [
  { name: 'online-offline', sides: ['线上', '线下'] },
  { name: 'city-province', sides: ['市级', '省级'] },
];

/** A figure that reports two steps at once: "立案的98件提案全部办复" is 98 filed and 98 answered. */
export interface AllOfRule {
  name: string;
  pattern: RegExp;
  /** words to use as the second figure's context */
  as: string;
}

export const ALL_OF_RULES: readonly AllOfRule[] = [
  { name: 'all-answered', pattern: /^[^。；;\d]{0,14}?全部(办复|答复|办结)/u, as: '办复提案' },
];

/** Words that make a number without a measure word a count ("点击量突破200万"). */
export const VOLUME_NOUNS: readonly { name: string; word: string; unit: string }[] = [
  { name: 'clicks', word: '点击量', unit: '次' },
  { name: 'views', word: '浏览量', unit: '次' },
  { name: 'reads', word: '阅读量', unit: '人次' },
];

/** How sure a suggestion must be before its candidate is proposed as accepted. */
export const ACCEPT_CONFIDENCE = 0.15;
