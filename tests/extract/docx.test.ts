import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extractReport';
import { readReportFile, ReportReadError, reportFormat, tableToLines } from '../../src/extract/readReport';
import { bundledForEval } from '../../scripts/extract/evaluateSeeds';
import { reportDocx } from '../support/reportDocx';

const catalog = bundledForEval();

describe('tables in .docx', () => {
  it.each([
    // header units in brackets go to the bare numbers under them
    [
      [
        ['项目', '数量（件）'],
        ['收到提案', '84'],
        ['立案提案', '74'],
      ],
      ['收到提案数量84件。', '立案提案数量74件。'],
    ],
    // a unit in the row label
    [
      [
        ['指标', '2024年'],
        ['协商活动(次)', '39'],
      ],
      ['协商活动2024年39次。'],
    ],
    // figures written with their unit stay as written
    [
      [
        ['工作', '完成情况'],
        ['读书活动', '75场'],
      ],
      ['读书活动完成情况75场。'],
    ],
  ])('%j', (rows, lines) => expect(tableToLines(rows)).toEqual(lines));

  it('reads running text and table rows of a generated .docx, and finds their figures', async () => {
    const bytes = await reportDocx({
      title: '政协台州市第六届委员会常务委员会工作报告',
      paragraphs: [
        '2025年1月10日在政协台州市第六届委员会第四次会议上',
        '一年来，市政协开展各类协商活动40场，参与7600余人次。',
      ],
      table: [
        ['项目', '数量（件）'],
        ['收到提案', '512'],
        ['立案提案', '468'],
      ],
    });
    const text = await readReportFile('报告.docx', bytes);
    expect(text).toContain('收到提案数量512件。');
    const result = extractReport(text, catalog);
    expect(result.year.year).toBe(2024);
    expect(result.body).toMatchObject({
      body: 'cppcc_standing_committee',
      place: '台州市',
      jurisdictionId: null,
    });
    const byIndicator = Object.fromEntries(
      result.candidates
        .filter((c) => c.proposed && c.suggestion.kind === 'catalog')
        .map((c) => [
          c.suggestion.kind === 'catalog' ? c.suggestion.indicatorId : '',
          [c.value, c.qualifier],
        ]),
    );
    expect(byIndicator).toMatchObject({
      proposals_received: [512, 'exact'],
      proposals_filed: [468, 'exact'],
      consultations_held: [40, 'exact'],
      consultation_participants: [7600, 'at_least'],
    });
  });
});

describe('files that are not readable reports', () => {
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
  it.each([
    ['报告.doc', ole, 'doc'],
    ['报告.docx', ole, 'doc'],
    ['空.txt', new Uint8Array(), 'empty'],
    ['空白.txt', new TextEncoder().encode('  \n '), 'empty'],
    ['表.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'unknown_format'],
  ])('%s', async (name, bytes, reason) => {
    await expect(readReportFile(name, bytes)).rejects.toMatchObject({ name: 'ReportReadError', reason });
  });

  it('a PDF is recognised by its first bytes, whatever its name', () => {
    expect(reportFormat('report.txt', new TextEncoder().encode('%PDF-1.7'))).toBe('pdf');
  });

  it('GB18030 text is decoded', async () => {
    // "收到提案84件" in GB18030
    const gbk = new Uint8Array([0xca, 0xd5, 0xb5, 0xbd, 0xcc, 0xe1, 0xb0, 0xb8, 0x38, 0x34, 0xbc, 0xfe]);
    expect(await readReportFile('r.txt', gbk)).toBe('收到提案84件');
  });

  it('is an Error with its reason', () => {
    expect(new ReportReadError('scanned')).toBeInstanceOf(Error);
  });
});

describe('text that is not a work report', () => {
  it.each([['今天天气很好，我们去公园散步。'], ['']])('%j', (text) => {
    const r = extractReport(text, catalog);
    expect(r.looksLikeReport).toBe(false);
    expect(r.candidates.filter((c) => c.proposed)).toEqual([]);
  });

  it('no recognisable year: figures are found but none is proposed', () => {
    const r = extractReport('市政协共收到提案84件，立案74件。', catalog);
    expect(r.year.year).toBeNull();
    expect(r.candidates.map((c) => [c.value, c.proposed, c.note])).toEqual([
      [84, false, 'no_year'],
      [74, false, 'no_year'],
    ]);
  });
});
