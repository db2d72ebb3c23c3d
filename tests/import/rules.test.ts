import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/data/schema';
import { DelimitedReader } from '../../src/import/delimitedReader';
import { toObservations } from '../../src/import/observationColumns';
import { runImport } from '../../src/import/runImport';
import { validateRecords } from '../../src/import/validateRecords';
import type {
  ImportOptions,
  ImportOutcome,
  Mapping,
  NameDecisions,
  ProblemKind,
} from '../../src/import/types';
import { ACROSS_RULES } from '../../src/import/validation/acrossRules';
import { ROW_RULES } from '../../src/import/validation/rowRules';
import { VALUE_RULES } from '../../src/import/validation/valueRules';
import { bundledCatalog } from './bundledCatalog';

// One table of cases for the upload checks of issue #12, each run through the whole importer, and
// each naming the rule of the validation table it exercises: every rule must have a case.

const catalog = bundledCatalog();
const CURRENT_YEAR = 2025;

/** A percent-unit indicator an analyst added (the bundled % indicators are computed rates). */
const SHARE: Indicator = {
  ...catalog.indicators.find((i) => i.id === 'proposals_filed')!,
  id: 'satisfaction_share',
  name_zh: '满意率',
  name_en: 'Satisfaction share',
  unit_zh: '%',
  unit_en: '%',
};
const ADD_SHARE: NameDecisions = {
  jurisdictions: [],
  indicators: [{ name: '满意率', action: 'add', indicator: SHARE }],
};

async function importText(text: string, extra: Partial<ImportOptions> = {}): Promise<ImportOutcome> {
  const bytes = new TextEncoder().encode(text);
  return runImport(
    { kind: 'file', name: 'upload.csv', bytes },
    { catalog, currentYear: CURRENT_YEAR, ...extra },
  );
}

/** [kind, severity, row, column, value] */
type P = [ProblemKind, 'error' | 'warning', number, string, string];

interface Case {
  name: string;
  /** The rules of the validation table this case exercises. */
  rules: string[];
  text: string;
  options?: Partial<ImportOptions>;
  /** Mapping edits applied to the detected mapping before a second run (as the mapping step does). */
  edit?: (m: Mapping) => Mapping;
  problems: P[];
  /** The imported rows as "place year indicator value qualifier". */
  rows: string[];
  rejected?: number;
  /** Phrases the first problem's messages must hold (zh, en). */
  says?: [string, string];
}

const row = (o: ImportOutcome['rows'][number]) =>
  `${o.jurisdiction_id} ${o.year} ${o.indicator_id} ${o.value} ${o.qualifier}`;

const CASES: Case[] = [
  {
    name: 'an unclosed quote is an error at its row; the rows after it are all read',
    rules: ['quoting'],
    text:
      '地区,年份,指标,数值,原文\n' +
      '嘉兴,2023,立案提案,12,ok\n' +
      '嘉兴,2023,办复提案,10,"开了引号没关\n' +
      '吴兴,2023,立案提案,5,a\n' +
      '吴兴,2023,办复提案,4,b\n' +
      '嵊州,2023,立案提案,7,c\n',
    problems: [['unclosed_quote', 'error', 3, '原文', '开了引号没关']],
    rows: [
      'jiaxing 2023 proposals_filed 12 exact',
      'wuxing 2023 proposals_filed 5 exact',
      'wuxing 2023 proposals_answered 4 exact',
      'shengzhou 2023 proposals_filed 7 exact',
    ],
    rejected: 1,
    says: ['文件第3行', 'line 3 of the file'],
  },
  {
    name: 'CR-only line ends (old Mac files): problems name the right row and file line',
    rules: ['quoting'],
    text:
      '地区,年份,指标,数值,原文\r' +
      '嘉兴,2023,立案提案,12,"两行\r原文"\r' +
      '嘉兴,2023,办复提案,10,"开了引号没关\r' +
      '吴兴,2023,立案提案,5,a\r',
    problems: [['unclosed_quote', 'error', 3, '原文', '开了引号没关']],
    rows: ['jiaxing 2023 proposals_filed 12 exact', 'wuxing 2023 proposals_filed 5 exact'],
    rejected: 1,
    // the quoted line break in row 2 makes row 3 start on line 4 of the file
    says: ['文件第4行', 'line 4 of the file'],
  },
  {
    name: 'text after a closing quote is a warning and the cell keeps it',
    rules: ['quoting'],
    text: '地区,年份,指标,数值,原文\n嘉兴,2023,立案提案,12,"三服务"活动开展12次\n',
    problems: [['text_after_quote', 'warning', 2, '原文', '"三服务"活动开展12次']],
    rows: ['jiaxing 2023 proposals_filed 12 exact'],
  },
  {
    name: 'a percent sign on a count is refused, row-precise',
    rules: ['percent'],
    text: '地区,年份,指标,数值\n嘉兴,2023,立案提案,98%\n',
    problems: [['percent_not_allowed', 'error', 2, '数值', '98%']],
    rows: [],
    rejected: 1,
    says: ['“立案提案”以“件”计', '“Proposals filed” is counted in proposals'],
  },
  {
    name: 'a unit in the English the catalog used before (times, person-times) still names the same unit',
    rules: ['unit'],
    text:
      'jurisdiction,year,indicator,value,unit\n' +
      'Jiaxing,2023,Consultation activities held,12,times\n' +
      'Jiaxing,2023,Consultation participants,300,person-times\n' +
      'Jiaxing,2023,Consultation activities held,13,attendances\n',
    // …while another English unit is still refused, as before
    problems: [['unit_mismatch', 'error', 4, 'unit', 'attendances']],
    rows: ['jiaxing 2023 consultations_held 12 exact', 'jiaxing 2023 consultation_participants 300 exact'],
    rejected: 1,
  },
  {
    name: 'a percent sign on a percent-unit indicator is accepted',
    rules: ['percent'],
    text: '地区,年份,指标,数值\n嘉兴,2023,满意率,85.3%\n',
    options: { decisions: ADD_SHARE },
    problems: [],
    rows: ['jiaxing 2023 satisfaction_share 85.3 exact'],
  },
  {
    name: '合计 rows are skipped with a note; a total that differs from its rows is flagged',
    rules: ['total_row', 'total_sum'],
    text: '地区,年份,立案提案,办复提案\n' + '嘉兴,2023,10,8\n' + '吴兴,2023,5,4\n' + '合计,2023,15,13\n',
    problems: [
      ['total_row', 'warning', 4, '地区', '合计'],
      ['total_row', 'warning', 4, '办复提案', '合计'],
    ],
    rows: [
      'jiaxing 2023 proposals_filed 10 exact',
      'jiaxing 2023 proposals_answered 8 exact',
      'wuxing 2023 proposals_filed 5 exact',
      'wuxing 2023 proposals_answered 4 exact',
    ],
    says: ['不作为数据导入', 'not imported as data'],
  },
  {
    name: 'dashes, slashes and 无 are no data in a wide table: nothing imported, never zero',
    rules: ['no_data'],
    text: '地区,年份,立案提案,办复提案\n嘉兴,2023,—,/\n吴兴,2023,无,－\n嵊州,2023,-,3\n',
    problems: [],
    rows: ['shengzhou 2023 proposals_answered 3 exact'],
  },
  {
    name: 'a dash in a long table is no data: a warning, the row imports nothing',
    rules: ['no_data'],
    text: '地区,年份,指标,数值\n嘉兴,2023,立案提案,—\n',
    problems: [['missing_value', 'warning', 2, '数值', '—']],
    rows: [],
  },
  {
    name: 'a year in the title is offered as the year of every row',
    rules: ['year'],
    text: '2023年各地政协履职数据统计表\n地区,立案提案,办复提案\n嘉兴,10,8\n',
    problems: [],
    rows: ['jiaxing 2023 proposals_filed 10 exact', 'jiaxing 2023 proposals_answered 8 exact'],
  },
  {
    name: 'a fixed year that a year column contradicts is a row-precise error',
    rules: ['year'],
    text: '地区,年份,指标,数值\n嘉兴,2023,立案提案,10\n嘉兴,2022,立案提案,9\n',
    edit: (m) => ({ ...m, fixedYear: 2023 }),
    problems: [['fixed_conflict', 'error', 3, '年份', '2022']],
    rows: ['jiaxing 2023 proposals_filed 10 exact'],
    rejected: 1,
  },
  {
    name: 'a fixed place for a file without a place column',
    rules: ['jurisdiction'],
    text: '年份,指标,数值\n2023,立案提案,10\n2023,办复提案,8\n',
    edit: (m) => ({ ...m, fixedJurisdiction: 'wuxing' }),
    problems: [],
    rows: ['wuxing 2023 proposals_filed 10 exact', 'wuxing 2023 proposals_answered 8 exact'],
  },
  {
    name: 'a fixed place that a place column contradicts',
    rules: ['jurisdiction'],
    text: '地区,年份,指标,数值\n嘉兴,2023,立案提案,10\n吴兴,2023,立案提案,9\n',
    edit: (m) => ({ ...m, fixedJurisdiction: 'jiaxing' }),
    problems: [['fixed_conflict', 'error', 3, '地区', '吴兴']],
    rows: ['jiaxing 2023 proposals_filed 10 exact'],
    rejected: 1,
  },
  {
    name: 'figures for a year that has not ended are imported and flagged once',
    rules: ['year_not_ended'],
    text: '地区,年份,指标,数值\n嘉兴,2025,立案提案,10\n吴兴,2025,立案提案,9\n',
    problems: [['year_not_ended', 'warning', 2, '年份', '2025']],
    rows: ['jiaxing 2025 proposals_filed 10 exact', 'wuxing 2025 proposals_filed 9 exact'],
  },
  {
    name: 'an unknown indicator header in a wide table does not count the header as a rejected row',
    rules: ['indicator'],
    text: '地区,年份,立案提案,新指标\n嘉兴,2023,10,1\n',
    problems: [['unknown_indicator', 'error', 1, '新指标', '新指标']],
    rows: ['jiaxing 2023 proposals_filed 10 exact'],
    rejected: 0,
  },
  {
    name: 'row width, qualifier, number, sign, whole counts, qualifier conflict, unit',
    rules: [
      'row_width',
      'qualifier',
      'number',
      'negative',
      'whole_count',
      'qualifier_conflict',
      'unit',
      'jurisdiction',
      'indicator',
      'year',
    ],
    text:
      '地区,年份,指标,数值,限定词,单位\n' +
      '嘉兴,2023,立案提案,1,x,件\n' +
      '嘉兴,2023,办复提案,abc,,件\n' +
      '吴兴,2023,立案提案,-5,,件\n' +
      '吴兴,2023,办复提案,2.5,,件\n' +
      '嵊州,2023,立案提案,90余,约,件\n' +
      '嵊州,2023,办复提案,3,,万元\n' +
      '贺州,2023,立案提案,3,,件,多\n',
    problems: [
      ['unknown_qualifier', 'error', 2, '限定词', 'x'],
      ['not_a_number', 'error', 3, '数值', 'abc'],
      ['negative_count', 'error', 4, '数值', '-5'],
      ['non_integer_count', 'error', 5, '数值', '2.5'],
      ['qualifier_conflict', 'error', 6, '数值', '90余'],
      ['unit_mismatch', 'error', 7, '单位', '万元'],
      ['too_many_columns', 'error', 8, '', '多'],
    ],
    rows: [],
    rejected: 7,
  },
  {
    name: 'per-figure comparability: yes/partly/no in either language, empty inherits, anything else is an error',
    rules: ['comparability'],
    text:
      '地区,年份,指标,数值,可比性,可比性说明\n' +
      '嘉兴,2023,立案提案,10,部分可比,会期口径\n' +
      '吴兴,2023,立案提案,9,,\n' +
      '嵊州,2023,立案提案,8,maybe,x\n',
    problems: [['unknown_comparability', 'error', 4, '可比性', 'maybe']],
    rows: ['jiaxing 2023 proposals_filed 10 exact', 'wuxing 2023 proposals_filed 9 exact'],
    rejected: 1,
    says: ['无法识别可比性“maybe”', 'Unknown comparability “maybe”'],
  },
  {
    name: 'duplicate keys and part > whole across rows',
    rules: ['duplicate_key', 'part_le_whole'],
    text:
      '地区,年份,指标,数值\n' +
      '嘉兴,2023,立案提案,10\n' +
      '嘉兴,2023,立案提案,10\n' +
      '吴兴,2023,立案提案,5\n' +
      '吴兴,2023,办复提案,6\n',
    problems: [
      ['duplicate_key', 'warning', 3, '数值', '10'],
      ['answered_gt_filed', 'error', 5, '数值', '6'],
    ],
    rows: ['jiaxing 2023 proposals_filed 10 exact'],
    rejected: 2,
  },
];

describe('upload checks, through the importer', () => {
  it.each(CASES)('$name', async (c) => {
    let outcome = await importText(c.text, c.options);
    if (c.edit) outcome = await importText(c.text, { ...c.options, mapping: c.edit(outcome.mapping) });
    expect(outcome.problems.map((p): P => [p.kind, p.severity, p.row, p.column, p.value])).toEqual(
      c.problems,
    );
    expect(outcome.rows.map(row)).toEqual(c.rows);
    if (c.rejected !== undefined) expect(outcome.rejectedRowCount).toBe(c.rejected);
    if (c.says) {
      expect(outcome.problems[0]!.message.zh).toContain(c.says[0]);
      expect(outcome.problems[0]!.message.en).toContain(c.says[1]);
    }
  });

  it('every rule of the validation table has a case, and names the kinds it reports', () => {
    const covered = new Set(CASES.flatMap((c) => c.rules));
    const rules = [...ROW_RULES, ...VALUE_RULES, ...ACROSS_RULES];
    expect(rules.map((r) => r.name).filter((n) => !covered.has(n))).toEqual([]);
    for (const c of CASES)
      for (const [kind] of c.problems)
        expect(
          rules.some((r) => c.rules.includes(r.name) && r.kinds.includes(kind)),
          `${c.name}: ${kind}`,
        ).toBe(true);
  });
});

it('per-figure comparability reaches the rows: flag and reasons, empty inheriting', async () => {
  const outcome = await importText(
    'jurisdiction_id,year,indicator_id,value,comparable,comparability_zh,comparability_en\n' +
      'jiaxing,2023,proposals_filed,10,partly,会期口径,one session\n' +
      'wuxing,2023,proposals_filed,9,,,\n',
  );
  expect(outcome.problems).toEqual([]);
  expect(
    outcome.rows.map((r) => [r.jurisdiction_id, r.comparable, r.comparability_zh, r.comparability_en]),
  ).toEqual([
    ['jiaxing', 'partly', '会期口径', 'one session'],
    ['wuxing', null, null, null],
  ]);
});

describe('the fast path agrees with the rule table', () => {
  // Rows mixing ordinary and unusual cells: with the fast path on, the importer must report and keep
  // exactly what the rule table alone does.
  const cell = fc.constantFrom(
    '嘉兴',
    '吴兴',
    '合计',
    '',
    '火星',
    '2023',
    '2024',
    '2025',
    '2030',
    '1900',
    '立案提案',
    '办复提案',
    '提案办复率',
    '10',
    '约10',
    'exact',
    'x',
    '余',
    '"q',
    '—',
  );
  it('for any rows', async () => {
    const header = '地区,年份,指标,数值,限定词\n';
    const { mapping } = await importText(header + '嘉兴,2023,立案提案,1,exact\n');
    await fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 6 }), { minLength: 1, maxLength: 10 }),
        fc.option(fc.constantFrom(2023, 2025), { nil: null }),
        (rows, fixedYear) => {
          const text = header + rows.map((r) => r.join(',')).join('\n') + '\n';
          const run = (fastPath: boolean) => {
            const r = validateRecords({
              records: new DelimitedReader(text, ','),
              mapping: { ...mapping, fixedYear },
              catalog,
              decisions: { jurisdictions: [], indicators: [] },
              currentYear: CURRENT_YEAR,
              sourceName: 'x',
              fastPath,
            });
            return {
              problems: r.problems.sorted(),
              rows: toObservations(r.columns),
              rejected: r.rejectedRowCount,
            };
          };
          expect(run(true)).toEqual(run(false));
        },
      ),
      { numRuns: 300 },
    );
    // 300 random files through both paths: seconds on an idle machine, over a minute on a loaded one
  }, 300_000);
});
