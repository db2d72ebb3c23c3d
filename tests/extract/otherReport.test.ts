import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extractReport';
import { bundledForEval } from '../../scripts/extract/evaluateSeeds';

// A report of a body and year the catalog has never seen, written the way standing-committee reports
// usually are: the rules must carry over from the five seed reports.
const REPORT = `中国人民政治协商会议
某某市第十一届委员会常务委员会
工作报告
2024年工作回顾
一年来，共收到提案326件，经审查立案298件，已全部办复。
全年报送社情民意信息156条，被全国政协采用8条，省政协采用21条。
组织委员参加各类协商活动1200余人次，举办委员读书活动48场。
市政协社情民意信息工作列全市第一。
2025年工作安排
今年，市政协将开展专题协商5次。`;

describe('a report of another body and year', () => {
  const r = extractReport(REPORT.replace('某某市', '常宁市'), bundledForEval());

  it('finds the body as a new jurisdiction, the year and where the plans start', () => {
    expect(r.body).toMatchObject({ body: 'cppcc_standing_committee', place: '常宁市', jurisdictionId: null });
    expect(r.year.year).toBe(2024);
    expect(r.planStart).toBe(REPORT.indexOf('2025年工作安排'));
  });

  it('proposes its result figures with the catalog indicators and leaves plans and rankings unticked', () => {
    const byText = Object.fromEntries(
      r.candidates.map((c) => [
        c.text,
        [
          c.value,
          c.qualifier,
          c.proposed,
          c.suggestion.kind === 'catalog' ? c.suggestion.indicatorId : null,
          c.note,
        ],
      ]),
    );
    expect(byText).toMatchObject({
      '326件': [326, 'exact', true, 'proposals_received', null],
      '156条': [156, 'exact', true, 'info_submitted', null],
      '8条': [8, 'exact', true, 'info_adopted_national', null],
      '21条': [21, 'exact', true, 'info_adopted_provincial', null],
      '1200余人次': [1200, 'at_least', true, 'consultation_participants', null],
      列全市第一: [1, 'exact', false, null, 'ranking'],
      '5次': [5, 'exact', false, null, 'plan'],
    });
    // "立案298件，已全部办复": one number, two figures
    expect(
      r.candidates
        .filter((c) => c.value === 298)
        .map((c) => (c.suggestion.kind === 'catalog' ? c.suggestion.indicatorId : null)),
    ).toEqual(['proposals_filed', 'proposals_answered']);
  });
});
