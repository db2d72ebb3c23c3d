import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extractReport';
import { initialReview, reviewToCsv, rowProblems, type ReviewRow } from '../../src/extract/review';
import { bundledForEval } from '../../scripts/extract/evaluateSeeds';

const catalog = bundledForEval();
const REPORT = [
  '2024年工作回顾',
  '一年来，市政协共收到提案 84 件，立案74件。',
  '“=HYPERLINK(1)”，举办讲座12场。',
  '今年，我们将开展协商活动50次。',
].join('\r\n');

describe('candidates', () => {
  const result = extractReport(REPORT, catalog);

  it('carry their position in the original text and their sentence, verbatim', () => {
    for (const c of result.candidates) {
      expect(REPORT.slice(c.start, c.end).replace(/\s+/gu, ' ')).toBe(c.text);
      expect(REPORT.replace(/\s+/gu, ' ')).toContain(c.quote);
      expect(c.quote).toContain(c.text);
    }
    expect(result.candidates.map((c) => c.text)).toEqual(['84 件', '74件', '12场', '50次']);
  });

  it('are the same on every run (deterministic)', () => {
    expect(extractReport(REPORT, catalog)).toEqual(result);
  });
});

describe('review → CSV for the upload path', () => {
  const result = extractReport(REPORT, catalog);
  const rows = initialReview(result);

  it('starts from the proposed candidates', () => {
    expect(rows.map((r) => r.accepted)).toEqual(result.candidates.map((c) => c.proposed));
    expect(rows.find((r) => r.value === 50)?.accepted).toBe(false); // a plan
  });

  it('writes accepted rows with the catalog unit, the quote and the report title; text stays data', () => {
    const csv = reviewToCsv(rows, result, 'jiaxing', catalog.indicators);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(parsed.map((r) => [r.indicator_id, r.value, r.unit, r.source_file])).toEqual([
      ['proposals_received', '84', '件', '2024年工作回顾'],
      ['proposals_filed', '74', '件', '2024年工作回顾'],
      ['public_lectures', '12', '场', '2024年工作回顾'],
    ]);
    // the quote with a formula-like text and a comma survives CSV quoting unchanged
    expect(parsed[2]?.quote).toBe('“=HYPERLINK(1)”，举办讲座12场。');
  });

  const base: ReviewRow = {
    id: 0,
    accepted: true,
    indicator: { kind: 'catalog', id: 'x' },
    value: 1,
    qualifier: 'exact',
    year: 2024,
  };
  it.each([
    ['no year', { year: null }, 'no_year'],
    ['empty new indicator', { indicator: { kind: 'new', name: ' ' } }, 'no_indicator'],
    ['negative value', { value: -1 }, 'bad_value'],
    ['not a number', { value: Number.NaN }, 'bad_value'],
    ['fine', {}, undefined],
    ['rejected rows are not checked', { accepted: false, year: null }, undefined],
  ] as const)('%s', (_name, patch, problem) => {
    expect(rowProblems([{ ...base, ...patch } as ReviewRow]).get(0)).toBe(problem);
  });

  it('two accepted rows for one indicator and year: the second is a duplicate', () => {
    const problems = rowProblems([base, { ...base, id: 1, value: 2 }]);
    expect([...problems]).toEqual([[1, 'duplicate']]);
  });
});
