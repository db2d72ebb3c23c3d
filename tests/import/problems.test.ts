import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/import/runImport';
import type { ImportProblem, ProblemKind } from '../../src/import/types';
import { bundledCatalog } from './bundledCatalog';

const catalog = bundledCatalog();
const HEADER = '地区,年份,指标,数值';

async function importCsv(text: string | Uint8Array) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return runImport({ kind: 'file', name: 'upload.csv', bytes }, { catalog, currentYear: 2025 });
}

type Expected = Pick<ImportProblem, 'kind' | 'severity' | 'row' | 'column' | 'value'> & {
  zh: string;
  en: string;
};

const p = (
  kind: ProblemKind,
  row: number,
  column: string,
  value: string,
  zh: string,
  en: string,
  severity: 'error' | 'warning' = 'error',
): Expected => ({ kind, severity, row, column, value, zh, en });

const lines = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

// Every kind of problem an analyst can meet, with the exact sentence shown in each language.
const CASES: Array<[string, string, Expected[], number]> = [
  [
    'not a number',
    lines('嘉兴,2023,立案提案,abc'),
    [
      p(
        'not_a_number',
        2,
        '数值',
        'abc',
        '第2行“数值”列：“abc”不是数字。',
        'Row 2, column “数值”: “abc” is not a number.',
      ),
    ],
    0,
  ],
  [
    'negative count',
    lines('嘉兴,2023,立案提案,-5'),
    [
      p(
        'negative_count',
        2,
        '数值',
        '-5',
        '第2行“数值”列：-5是负数；“立案提案”的数量不能小于 0。',
        'Row 2, column “数值”: -5 is negative; a count of “Proposals filed” cannot be below 0.',
      ),
    ],
    0,
  ],
  [
    'fraction of a count',
    lines('嘉兴,2023,立案提案,12.5'),
    [
      p(
        'non_integer_count',
        2,
        '数值',
        '12.5',
        '第2行“数值”列：12.5不是整数；“立案提案”以“件”计数，应为整数。',
        'Row 2, column “数值”: 12.5 is not a whole number; “Proposals filed” is counted in proposals, so it must be whole.',
      ),
    ],
    0,
  ],
  [
    'year out of range',
    lines('嘉兴,1900,立案提案,12'),
    [
      p(
        'year_out_of_range',
        2,
        '年份',
        '1900',
        '第2行“年份”列：年份1900不在 1949–2026 之间。',
        'Row 2, column “年份”: The year 1900 is not between 1949 and 2026.',
      ),
    ],
    0,
  ],
  [
    'year that is not a year',
    lines('嘉兴,去年,立案提案,12'),
    [
      p(
        'not_a_number',
        2,
        '年份',
        '去年',
        '第2行“年份”列：“去年”不是年份（应为四位数字，如 2023）。',
        'Row 2, column “年份”: “去年” is not a year (expected four digits, e.g. 2023).',
      ),
    ],
    0,
  ],
  [
    'missing value in a long table',
    lines('嘉兴,2023,立案提案,'),
    [
      p(
        'missing_value',
        2,
        '数值',
        '',
        '第2行“数值”列：单元格为空，缺少数值；该行未导入。',
        'Row 2, column “数值”: The cell is empty, so the value is missing; the row was not imported.',
      ),
    ],
    0,
  ],
  [
    'duplicate key with different values: neither row is imported',
    lines('嘉兴,2023,立案提案,12', '嘉兴市,2023,立案提案,13'),
    [
      p(
        'duplicate_key',
        2,
        '数值',
        '12',
        '第2行“数值”列：与第3行是同一地区、年份、指标（嘉兴、2023年、立案提案），但数值不同（12 与 13）；两行都未导入。',
        'Row 2, column “数值”: Same jurisdiction, year and indicator (Jiaxing, 2023, Proposals filed) as row 3 but a different value (12 vs 13); neither row was imported.',
      ),
      p(
        'duplicate_key',
        3,
        '数值',
        '13',
        '第3行“数值”列：与第2行是同一地区、年份、指标（嘉兴、2023年、立案提案），但数值不同（13 与 12）；两行都未导入。',
        'Row 3, column “数值”: Same jurisdiction, year and indicator (Jiaxing, 2023, Proposals filed) as row 2 but a different value (13 vs 12); neither row was imported.',
      ),
    ],
    0,
  ],
  [
    // Guards against a duplicate check that compares values but not qualifiers: 98 and ≥98 are
    // different figures, not a harmless repeat.
    'duplicate key, same number but a different qualifier (98 vs ≥98): neither row is imported',
    lines('嘉兴,2023,立案提案,98', '嘉兴,2023,立案提案,≥98'),
    [
      p(
        'duplicate_key',
        2,
        '数值',
        '98',
        '第2行“数值”列：与第3行是同一地区、年份、指标（嘉兴、2023年、立案提案），但数值不同（98 与 ≥98）；两行都未导入。',
        'Row 2, column “数值”: Same jurisdiction, year and indicator (Jiaxing, 2023, Proposals filed) as row 3 but a different value (98 vs ≥98); neither row was imported.',
      ),
      p(
        'duplicate_key',
        3,
        '数值',
        '≥98',
        '第3行“数值”列：与第2行是同一地区、年份、指标（嘉兴、2023年、立案提案），但数值不同（≥98 与 98）；两行都未导入。',
        'Row 3, column “数值”: Same jurisdiction, year and indicator (Jiaxing, 2023, Proposals filed) as row 2 but a different value (≥98 vs 98); neither row was imported.',
      ),
    ],
    0,
  ],
  [
    'exact repeat: the copy is skipped with a warning',
    lines('嘉兴,2023,立案提案,12', '嘉兴,2023,立案提案,12'),
    [
      p(
        'duplicate_key',
        3,
        '数值',
        '12',
        '第3行“数值”列：与第2行重复（同一地区、年份、指标，数值相同）；本行已忽略。',
        'Row 3, column “数值”: Repeats row 2 (same jurisdiction, year, indicator and value); this row was skipped.',
        'warning',
      ),
    ],
    1,
  ],
  [
    'answered > filed',
    lines('吴兴,2023,立案提案,80', '吴兴,2023,办复提案,90余'),
    [
      p(
        'answered_gt_filed',
        3,
        '数值',
        '≥90',
        '第3行“数值”列：“办复提案”（≥90）大于第2行的“立案提案”（80）：吴兴2023年的数字互相矛盾，两行都未导入。',
        'Row 3, column “数值”: “Proposals answered” (≥90) is greater than “Proposals filed” (80) in row 2: the 2023 figures for Wuxing contradict each other; neither row was imported.',
      ),
    ],
    0,
  ],
  [
    'adopted > submitted',
    lines('嘉兴,2023,信息被采用(各级),50', '嘉兴,2023,编报社情民意信息,40'),
    [
      p(
        'adopted_gt_submitted',
        2,
        '数值',
        '50',
        '第2行“数值”列：“信息被采用（各级）”（50）大于第3行的“编报社情民意信息”（40）：嘉兴2023年的数字互相矛盾，两行都未导入。',
        'Row 2, column “数值”: “Information items adopted (all levels)” (50) is greater than “Public-opinion information items submitted” (40) in row 3: the 2023 figures for Jiaxing contradict each other; neither row was imported.',
      ),
    ],
    0,
  ],
  [
    'a whole given as "at least" bounds nothing',
    lines('吴兴,2023,立案提案,80余', '吴兴,2023,办复提案,90'),
    [],
    2,
  ],
  [
    'unknown qualifier',
    `${HEADER},限定\n嘉兴,2023,立案提案,12,大概\n`,
    [
      p(
        'unknown_qualifier',
        2,
        '限定',
        '大概',
        '第2行“限定”列：无法识别限定词“大概”。可用：exact/确数；at_least/余/多/以上/超过/≥；approx/约/近/左右/≈。',
        'Row 2, column “限定”: Unknown qualifier “大概”. Use exact; at_least (余/多/以上/超过/≥); or approx (约/近/左右/≈).',
      ),
    ],
    0,
  ],
  [
    'value and qualifier column disagree',
    `${HEADER},限定\n嘉兴,2023,立案提案,90余,exact\n`,
    [
      p(
        'qualifier_conflict',
        2,
        '数值',
        '90余',
        '第2行“数值”列：数值“90余”本身表示“不少于”，但限定词列写的是“exact”；请统一。',
        'Row 2, column “数值”: The value “90余” itself says “at least”, but the qualifier column says “exact”; make them agree.',
      ),
    ],
    0,
  ],
  [
    'unknown jurisdiction (杭州 is not the Jiusan committee)',
    lines('杭州,2023,立案提案,12'),
    [
      p(
        'unknown_jurisdiction',
        2,
        '地区',
        '杭州',
        '第2行“地区”列：地区“杭州”不在地区目录中（最接近：杭州九三）。请在“名称匹配”中选择对应的地区，或新增该地区。',
        'Row 2, column “地区”: The jurisdiction “杭州” is not in the catalog (closest: Hangzhou Jiusan). Match it to a jurisdiction or add it under “Names”.',
      ),
    ],
    0,
  ],
  [
    'unknown indicator (rates are never suggested: they cannot be uploaded)',
    lines('嘉兴,2023,提案立案,12'),
    [
      p(
        'unknown_indicator',
        2,
        '指标',
        '提案立案',
        '第2行“指标”列：指标“提案立案”不在指标目录中（最接近：立案提案、党派团体集体提案立案）。请在“名称匹配”中选择对应的指标，或新增该指标。',
        'Row 2, column “指标”: The indicator “提案立案” is not in the catalog (closest: Proposals filed, Collective proposals by parties filed). Match it to an indicator or add it under “Names”.',
      ),
    ],
    0,
  ],
  [
    'a rate cannot be uploaded',
    lines('嘉兴,2023,提案办复率,95'),
    [
      p(
        'derived_indicator',
        2,
        '指标',
        '提案办复率',
        '第2行“指标”列：“提案办复率”是比率，由“办复提案”÷“立案提案”计算得出，不能直接上传；请上传这两个数。',
        'Row 2, column “指标”: “Proposal answer rate” is a rate computed as “Proposals answered” ÷ “Proposals filed” and cannot be uploaded; upload those two figures instead.',
      ),
    ],
    0,
  ],
  [
    'another measure word for the same count is a warning',
    `${HEADER},单位\n嘉兴,2023,编报社情民意信息,40,篇\n`,
    [
      p(
        'unit_mismatch',
        2,
        '单位',
        '篇',
        '第2行“单位”列：单位“篇”与指标“编报社情民意信息”的单位“条”不同；量词不同但计数相同，已按“条”导入。',
        'Row 2, column “单位”: The unit “篇” differs from the unit of “Public-opinion information items submitted” (items); it is another measure word for the same count, so it was imported as items.',
        'warning',
      ),
    ],
    1,
  ],
  [
    'a different scale is an error',
    `${HEADER},单位\n嘉兴,2023,立案提案,4,万元\n`,
    [
      p(
        'unit_mismatch',
        2,
        '单位',
        '万元',
        '第2行“单位”列：单位“万元”与指标“立案提案”的单位“件”不同；请换算数值或改用其他指标。该行未导入。',
        'Row 2, column “单位”: The unit “万元” differs from the unit of “Proposals filed” (proposals); convert the value or choose another indicator. The row was not imported.',
      ),
    ],
    0,
  ],
  [
    'an unquoted thousands separator shifts the row',
    lines('嘉兴,2023,立案提案,1,234'),
    [
      p(
        'too_many_columns',
        2,
        '',
        '234',
        '第2行：该行有5个单元格，比表头多1个（多出的是“234”），可能有未加引号的逗号；整行未导入。',
        'Row 2: This row has 5 cells, 1 more than the header (the extra: “234”); a comma may be missing its quotes. The row was not imported.',
      ),
    ],
    0,
  ],
  [
    'a short row is read with blanks',
    `${HEADER},来源\n嘉兴,2023,立案提案,12\n`,
    [
      p(
        'ragged_row',
        2,
        '',
        '',
        '第2行：该行只有4个单元格，表头有5个；缺少的单元格按空白处理。',
        'Row 2: This row has only 4 cells but the header has 5; the missing cells are read as blank.',
        'warning',
      ),
    ],
    1,
  ],
  [
    'no year column',
    '地区,指标,数值\n嘉兴,立案提案,12\n',
    [
      p(
        'missing_column',
        0,
        '',
        '',
        '找不到“年份”列。请在“列映射”中指定年份列，或在“整个文件的年份”中填写年份（例如标题中写的年份）。',
        'There is no “year” column. Choose the year column under “Column mapping”, or enter the year for the whole file (for example the year in the title).',
      ),
    ],
    0,
  ],
  [
    'data where the header should be',
    '嘉兴,2023,立案提案,12\n吴兴,2023,立案提案,10\n',
    [
      p(
        'no_header',
        1,
        '',
        '',
        '第1行：第1行看起来是数据而不是表头。请在第一行写上列名，例如：地区,年份,指标,数值。',
        'Row 1: Row 1 looks like data, not a header. Put the column names in the first row, e.g. jurisdiction,year,indicator,value.',
      ),
    ],
    0,
  ],
  [
    'a header and nothing else',
    `${HEADER}\n`,
    [p('no_data_rows', 0, '', '', '表头之后没有数据行。', 'There are no data rows after the header.')],
    0,
  ],
  [
    'an empty file',
    '',
    [p('empty_file', 0, '', '', '文件是空的，没有任何数据。', 'The file is empty: it holds no data.')],
    0,
  ],
];

describe('every problem names row, column, value and reason in Chinese and English', () => {
  it.each(CASES)('%s', async (_name, csv, expected, validRows) => {
    const outcome = await importCsv(csv);
    const got = outcome.problems.map((x) => ({
      kind: x.kind,
      severity: x.severity,
      row: x.row,
      column: x.column,
      value: x.value,
      zh: x.message.zh,
      en: x.message.en,
    }));
    expect(got).toEqual(expected);
    expect(outcome.rows).toHaveLength(validRows);
    expect(outcome.problemTotal).toBe(expected.length);
  });
});

describe('whole-file problems', () => {
  it('a (damaged) workbook renamed .csv is read as the workbook it is, and says so', async () => {
    const outcome = await importCsv(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08]));
    expect(outcome.problems).toEqual([expect.objectContaining({ kind: 'unreadable_workbook', row: 0 })]);
    expect(outcome.problems[0]!.message.zh).toContain('Excel 工作簿');
    expect(outcome.problems[0]!.message.en).toContain('Excel workbook');
    expect(outcome.rows).toEqual([]);
  });

  it('random binary (NUL bytes) is refused, not read as text', async () => {
    const outcome = await importCsv(
      Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3e]),
    );
    expect(outcome.problems.map((x) => [x.kind, x.message.en])).toEqual([
      [
        'binary_file',
        'The file contains binary content (NUL bytes or control characters), so it is not a text table; it may be another kind of file renamed to .csv.',
      ],
    ]);
  });

  it('undecodable bytes are reported with their byte offset and row, and nothing is imported', async () => {
    const good = new TextEncoder().encode(lines('嘉兴,2023,立案提案,12'));
    const outcome = await importCsv(Uint8Array.from([...good, 0xe5, 0x41, 0x0a]));
    expect(outcome.problems).toEqual([
      {
        kind: 'decode_error',
        severity: 'error',
        row: 3,
        column: '',
        value: '0xE5 0x41 0x0A',
        byteOffset: good.length,
        message: {
          zh: `第3行：第3行（第${good.length}字节）处的字节 0xE5 0x41 0x0A 不是有效的 UTF-8 编码，没有导入任何数据。请在“文件编码”中选择正确的编码，或在 Excel 中另存为“CSV UTF-8”。`,
          en: `Row 3: Row 3 (byte ${good.length}): the bytes 0xE5 0x41 0x0A are not valid UTF-8, so nothing was imported. Choose the right encoding under “Encoding”, or save the file from Excel as “CSV UTF-8”.`,
        },
      },
    ]);
    expect(outcome.rows).toEqual([]);
  });
});

describe('problem totals', () => {
  it('counts every problem by kind and keeps rows with errors out', async () => {
    const outcome = await importCsv(
      lines('嘉兴,2023,立案提案,x', '吴兴,2023,立案提案,y', '贺州,2023,立案提案,5', '杭州,2023,立案提案,1'),
    );
    expect(outcome.problemCounts).toEqual({ not_a_number: 2, unknown_jurisdiction: 1 });
    expect(outcome.rowCount).toBe(4);
    expect(outcome.rejectedRowCount).toBe(3);
    expect(outcome.rows.map((r) => r.jurisdiction_id)).toEqual(['hezhou']);
  });
});
