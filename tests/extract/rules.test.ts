import { describe, expect, it } from 'vitest';
import { findCountFigures, findRankings } from '../../src/extract/figures';
import { normalizeText } from '../../src/extract/normalize';
import { detectBody, detectYear } from '../../src/extract/reportMeta';
import { isPlanSentence, segment } from '../../src/extract/segment';
import { bundledForEval } from '../../scripts/extract/evaluateSeeds';
import { extractReport } from '../../src/extract/extractReport';

const figures = (s: string) =>
  findCountFigures(normalizeText(s).text).map((f) => ({
    value: f.value,
    qualifier: f.qualifier,
    unit: f.unitText,
  }));

describe('units', () => {
  it.each([
    ['收到提案84件', 84, '件'],
    ['编报社情民意信息162条', 162, '条'],
    ['发表文章7篇', 7, '篇'],
    ['召开党组学习会19次', 19, '次'],
    ['举办讲座12场', 12, '场'],
    ['出台44项制度', 44, '项'],
    ['建成98个委员工作室', 98, '个'],
    ['发展社员92人', 92, '人'],
    ['参与15958人次', 15958, '人次'],
    ['捐款捐物300万元', 300, '万元'],
    ['办复率达到98.5%', null, '%'],
    ['在主流媒体发表作品100篇次', 100, '篇次'],
    ['开展培训36场次', 36, '场次'],
    ['投资总额306亿元', 306, '亿元'],
    ['14 件', 14, '件'],
    ['１２件', 12, '件'],
  ])('%s', (text, value, unit) => {
    const found = figures(text);
    if (value === null)
      expect(found).toEqual([]); // a rate ("率达到") is not a count
    else expect(found).toEqual([{ value, qualifier: 'exact', unit }]);
  });

  it.each([
    ['2022年'],
    ['3月15日'],
    ['第九届'],
    ['二十大'],
    ['九届一次会议'],
    ['成立40周年'],
    ['G60科创走廊'],
    ['“11777+N”'],
  ])('%s is not a figure', (text) => expect(figures(text)).toEqual([]));
});

describe('Chinese numerals', () => {
  it.each([
    ['两篇论文入选', 2, 'exact'],
    ['开展十二次调研', 12, 'exact'],
    ['收集意见一百余条', 100, 'at_least'],
    ['四个部门接受民主评议', 4, 'exact'],
    ['编辑文史资料二十余万字', 200000, 'at_least'],
  ])('%s', (text, value, qualifier) => {
    expect(figures(text)).toEqual([expect.objectContaining({ value, qualifier })]);
  });

  it.each([
    ['形成一批成果'],
    ['增强“四个意识”'],
    ['“三位一体”建设'],
    ['“十个一”系列活动'],
    ['三个“一号工程”'],
  ])('%s is not a figure', (text) => expect(figures(text)).toEqual([]));
});

describe('qualifiers', () => {
  it.each([
    ['讲座40余场', 40, 'at_least'],
    ['参与1000多人次', 1000, 'at_least'],
    ['超过50件', 50, 'at_least'],
    ['点击量突破200万', 2_000_000, 'at_least'],
    ['100篇以上', 100, 'at_least'],
    ['近100篇次', 100, 'approx'],
    ['约25.6万人次', 256_000, 'approx'],
    ['30人左右', 30, 'approx'],
    ['1万 余条', 10_000, 'at_least'],
    ['23万余人', 230_000, 'at_least'],
    ['560余万元', 560, 'at_least'],
  ])('%s', (text, value, qualifier) => {
    expect(figures(text)).toEqual([expect.objectContaining({ value, qualifier })]);
  });
});

describe('run-together figures', () => {
  it.each([
    ['集体提案7件2篇被选为口头发言', [7, 2]],
    ['推出线上线下讲座40余场2场在电视台播出', [40, 2]],
    ['全国人大议案1件、建议5件', [1, 5]],
    ['走访区县统战部10家、横向单位党委6家、骨干社员和新社员55人', [10, 6, 55]],
    ['组织客商6批次共100多人次到贺州考察', [6, 100]],
  ])('%s', (text, values) => {
    expect(figures(text).map((f) => f.value)).toEqual(values);
  });
});

describe('rankings', () => {
  it.each([
    ['信息工作居全市首位', 1],
    ['提案工作列全省第一', 1],
    ['考核排名全省第3位', 3],
    ['位列全国市级组织十佳微信公众号之首', 1],
  ])('%s', (text, value) => {
    const found = findRankings(normalizeText(text).text);
    expect(found.map((f) => f.value)).toEqual([value]);
    expect(found[0]?.kind).toBe('ranking');
  });
  it('a ranking is never a proposed count', () => {
    const { indicators, jurisdictions } = bundledForEval();
    const r = extractReport('2024年工作回顾\n一年来，政协信息工作居全市首位。', {
      indicators,
      jurisdictions,
    });
    expect(r.candidates.map((c) => [c.kind, c.proposed, c.note])).toEqual([['ranking', false, 'ranking']]);
  });
});

describe('plan sentences and sections', () => {
  it.each([
    ['今年，我们将召开专题协商会3次', true],
    ['2025年，市政协将继续开展民主监督', true],
    ['下一步，要持续深化委员工作室建设', true],
    ['今年，我们在市委的坚强领导下开展协商39次', false],
    ['一年来，共收到提案84件', false],
    ['2023年收到提案84件', false],
  ])('%s', (text, plan) => expect(isPlanSentence(normalizeText(text).text, 2024)).toBe(plan));

  it.each([
    ['二、2025年工作安排', '开展调研10次。'],
    ['主要任务', '开展调研10次。'],
    ['几点建议', '建议增加协商20场。'],
  ])('heading %s turns the rest into plans', (heading, after) => {
    const text = `一、2024年工作回顾\n收到提案84件。\n${heading}\n${after}`;
    const { sentences } = segment(text, 2024);
    expect(sentences.filter((s) => /\d+[件次场]/u.test(s.text)).map((s) => s.plan)).toEqual([false, true]);
  });

  it('a section opening on the next year is a plan section', () => {
    const text = '一、回顾\n收到提案84件。\n二、携手奋进\n2025年是关键之年。开展调研10次。';
    const { sentences } = segment(text, 2024);
    expect(sentences.find((s) => s.text.includes('10次'))?.plan).toBe(true);
  });
});

describe('body, jurisdiction and year', () => {
  const { jurisdictions } = bundledForEval();
  it.each([
    ['中国人民政治协商会议\n第九届嘉兴市委员会常务委员会\n工作报告', 'cppcc_standing_committee', 'jiaxing'],
    ['九三学社杭州市委员会 2022 年工作回顾', 'party_committee', 'hangzhou-jiusan'],
    ['2022年度吴兴区政协工作综述', 'cppcc_committee', 'wuxing'],
    ['政协台州市第六届委员会常务委员会工作报告', 'cppcc_standing_committee', null],
    ['中国人民政治协商会议\n常宁市第十一届委员会常务委员会\n工 作 报 告', 'cppcc_standing_committee', null],
    ['民盟湖州市委会2023年工作总结', 'party_committee', null],
  ])('%s', (text, body, id) => {
    const found = detectBody(normalizeText(text).text, jurisdictions);
    expect([found.body, found.jurisdictionId]).toEqual([body, id]);
  });

  it.each([
    ['2024年工作回顾', 2024],
    ['回望2022丨我们一起走过', 2022],
    ['工作报告\n2023年 2月 26日在政协第九届嘉兴市委员会第二次会议上\n一年来，我们……', 2022],
    ['发布时间:2023年01月03日\n过去一年，市政协……', 2022],
    ['某某政协 2024-02-20\n过去一年，市政协……', 2023],
    ['某某政协 2024-07-20\n过去一年，市政协……', null],
    ['政协工作很重要。', null],
  ])('%s', (text, year) => expect(detectYear(normalizeText(text).text).year).toBe(year));
});
