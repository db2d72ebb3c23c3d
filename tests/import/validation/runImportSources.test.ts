import * as XLSX from '@e965/xlsx';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { datasetWorkbook } from '../../../src/export/datasetWorkbook';
import { importToColumns, runImport } from '../../../src/import/runImport';
import type { ImportOutcome, ImportProgress, ImportSource, Mapping } from '../../../src/import/types';
import {
  FIXTURE_CATEGORIES,
  FIXTURE_INDICATORS,
  FIXTURE_JURISDICTIONS,
  FIXTURE_SOURCES,
  observation,
} from '../../support/fixture';
import { encodeGbk } from '../gbk';
import { catalog, CURRENT_YEAR, rowsOf } from './importText';

// What each kind of source becomes in runImport (src/import/runImport.ts): a file that cannot be
// read is one message that says why, in the analyst's words (never the library's), and nothing is
// imported; a file that can be read goes through the same mapping and validation as a CSV.

const options = { catalog, currentYear: CURRENT_YEAR };
const file = (name: string, bytes: Uint8Array): ImportSource => ({ kind: 'file', name, bytes });
const utf8 = (text: string) => new TextEncoder().encode(text);

/** [kind, row, zh, en] of each problem. */
const said = (o: ImportOutcome) => o.problems.map((p) => [p.kind, p.row, p.message.zh, p.message.en]);

function parquet(codec?: 'LZO'): Uint8Array {
  return new Uint8Array(
    parquetWriteBuffer({
      columnData: [
        { name: '地区', data: ['嘉兴', '吴兴'], type: 'STRING' },
        { name: '年份', data: ['2023', '2023'], type: 'STRING' },
        { name: '指标', data: ['立案提案', '立案提案'], type: 'STRING' },
        { name: '数值', data: ['12', '≥5'], type: 'STRING' },
      ],
      // the pages are left as they are and only the footer names the codec: no reader here has LZO
      ...(codec ? { codec, compressors: { [codec]: (page: Uint8Array) => page } } : {}),
    }),
  );
}

function workbook(rows: unknown[][], sheetName = '数据', hiddenRows: number[] = []): Uint8Array {
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!rows'] = rows.map((_, i) => (hiddenRows.includes(i + 1) ? { hidden: true } : {}));
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('a file that cannot be read is one message that says why, and nothing is imported', () => {
  it.each([
    {
      name: 'a Parquet file compressed with a codec this tool does not read (LZO)',
      bytes: () => parquet('LZO'),
      format: 'parquet',
      problems: [
        [
          'unreadable_parquet',
          0,
          'Parquet 文件无法读取：用了本工具不支持的压缩或编码。请导出为 CSV UTF-8 后上传。',
          'The Parquet file cannot be read: it uses a compression or encoding this tool does not support. Export it as CSV UTF-8 and upload that.',
        ],
      ],
    },
    {
      name: 'a Parquet file cut short',
      bytes: () => parquet().subarray(0, 40),
      format: 'parquet',
      problems: [
        [
          'unreadable_parquet',
          0,
          'Parquet 文件无法读取：文件不完整或已损坏。请重新导出后上传。',
          'The Parquet file cannot be read: it is incomplete or damaged. Export it again and upload it.',
        ],
      ],
    },
    {
      name: 'a workbook whose sheet holds blanks only (the message names the sheet)',
      bytes: () => workbook([[' ', null], ['']], '空表'),
      format: 'workbook',
      problems: [
        [
          'empty_file',
          0,
          '工作表“空表”是空的。请在“工作表”中选择含数据的那一张。',
          'The sheet “空表” is empty. Choose the sheet that holds the data under “Sheet”.',
        ],
      ],
    },
    {
      name: 'a text file with NUL bytes (binary, not a table)',
      bytes: () => Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x03, 0x00]),
      format: 'csv',
      problems: [
        [
          'binary_file',
          0,
          '文件含有二进制内容（如空字节或控制字符），不是文本表格，可能是改了扩展名的其他文件。',
          'The file contains binary content (NUL bytes or control characters), so it is not a text table; it may be another kind of file renamed to .csv.',
        ],
      ],
    },
  ])('$name', async ({ bytes, format, problems }) => {
    const o = await runImport(file('上传', bytes()), options);
    expect(said(o)).toEqual(problems);
    expect([o.format, o.rowCount, o.rows, o.headers, o.problemTotal]).toEqual([format, 0, [], [], 1]);
    expect(o.problemCounts).toEqual({ [problems[0]![0]!]: 1 });
    expect(o.sourceName).toBe('上传');
    expect(o.columns).toMatchObject({ length: 0, jurisdictionIds: [], indicatorIds: [], indicatorUnits: [] });
  });

  it('bytes that are not UTF-8: the row, byte offset, bytes and encoding are named', async () => {
    const good = utf8('地区,年份,指标,数值\n嘉兴,2023,立案提案,12\n');
    const o = await runImport(file('a.csv', Uint8Array.from([...good, 0xe5, 0x41, 0x0a])), {
      ...options,
      encoding: 'utf-8',
    });
    expect(o.problems.map((p) => [p.kind, p.row, p.value, p.byteOffset, p.message.en])).toEqual([
      [
        'decode_error',
        3,
        '0xE5 0x41 0x0A',
        good.length,
        `Row 3: Row 3 (byte ${good.length}): the bytes 0xE5 0x41 0x0A are not valid UTF-8, so nothing was imported. Choose the right encoding under “Encoding”, or save the file from Excel as “CSV UTF-8”.`,
      ],
    ]);
    expect(o.rows).toEqual([]);
  });

  // Columns are judged from the first 200 lines, for every kind of file: a workbook or Parquet file
  // judged from all its rows would map the same table differently from its CSV. Here the unnamed
  // first column is empty in those lines and holds places only below them: in every kind of file it
  // is left unmapped (a CSV is never read further for detection).
  it.each<{ kind: string; bytes: (rows: string[][]) => Uint8Array }>([
    { kind: 'workbook', bytes: (rows) => workbook(rows) },
    {
      kind: 'Parquet',
      bytes: (rows) =>
        new Uint8Array(
          parquetWriteBuffer({
            columnData: rows[0]!.map((name, c) => ({
              name,
              data: rows.slice(1).map((r) => r[c]!),
              type: 'STRING' as const,
            })),
          }),
        ),
    },
  ])('a $kind has its columns judged from its first 200 lines, as its CSV has', async ({ kind, bytes }) => {
    const rows = [
      ['列1', '年份', '指标', '数值'],
      ...Array.from({ length: 250 }, (_, i) => [i < 199 ? '' : '嘉兴', '2023', '立案提案', String(i)]),
    ];
    const name = kind === 'Parquet' ? '表.parquet' : '表.xlsx';
    const other = await runImport(file(name, bytes(rows)), options);
    const csv = await runImport(file('表.csv', utf8(rows.map((r) => r.join(',')).join('\n'))), options);
    expect(other.format).not.toBe(csv.format);
    expect(other.mapping.columns).toEqual(csv.mapping.columns);
    expect(csv.mapping.columns[0]!.role).toBe('ignore');
  });

  it('a workbook with 200 note lines above its header is read as the same CSV would be', async () => {
    // detection looks at the first 200 lines in both: the header below them is not found in either
    const rows = [
      ...Array.from({ length: 200 }, (_, i) => [`说明${i + 1}`]),
      ['地区', '年份', '指标', '数值'],
      ['嘉兴', '2023', '立案提案', '12'],
    ];
    const book = await runImport(file('表.xlsx', workbook(rows)), options);
    const csv = await runImport(file('表.csv', utf8(rows.map((r) => r.join(',')).join('\n'))), options);
    const seen = (o: ImportOutcome) => [
      o.problems.map((p) => [p.kind, p.row, p.column]),
      o.rows,
      o.mapping.headerRow,
    ];
    expect(seen(book)).toEqual(seen(csv));
    expect(book.rows).toEqual([]);
  });
});

describe('a file that can be read goes through the same mapping and validation as a CSV', () => {
  it('a Parquet table of text cells: its header row, its rows, its qualifiers', async () => {
    const o = await runImport(file('表.parquet', parquet()), options);
    expect([o.format, o.decoding, o.headers, o.problems]).toEqual([
      'parquet',
      null,
      ['地区', '年份', '指标', '数值'],
      [],
    ]);
    expect(rowsOf(o)).toEqual([
      'jiaxing 2023 proposals_filed 12 exact',
      'wuxing 2023 proposals_filed 5 at_least',
    ]);
  });

  it('a workbook: the sheet kept in the mapping; the preview trimmed, blank rows left out, gaps kept', async () => {
    const o = await runImport(
      file(
        '表.xlsx',
        workbook([
          [' 地区 ', '年份', '指标', '数值', '备注', '原文'],
          [null, ' '],
          ['嘉兴', 2023, '立案提案', 12, null, 'x'],
        ]),
      ),
      options,
    );
    expect([o.format, o.mapping.sheet, o.headers, o.sampleRows]).toEqual([
      'workbook',
      '数据',
      ['地区', '年份', '指标', '数值', '备注', '原文'],
      [['嘉兴', '2023', '立案提案', '12', '', 'x']],
    ]);
    expect(rowsOf(o)).toEqual(['jiaxing 2023 proposals_filed 12 exact']);
  });

  it('hidden rows: a hidden data row is flagged; the hidden header and a hidden blank row are not', async () => {
    const o = await runImport(
      file(
        '表.xlsx',
        workbook(
          [
            ['地区', '年份', '指标', '数值'],
            ['嘉兴', 2023, '立案提案', 12],
            [null, ' '],
            ['吴兴', 2023, '立案提案', 5],
          ],
          '数据',
          [1, 3, 4],
        ),
      ),
      options,
    );
    expect(o.problems.map((p) => [p.kind, p.severity, p.row])).toEqual([['hidden', 'warning', 4]]);
    expect(rowsOf(o)).toHaveLength(2);
  });

  it('a Parquet table: the preview trimmed as a CSV’s is', async () => {
    const bytes = new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: ' 地区 ', data: [' 嘉兴 '], type: 'STRING' },
          { name: '年份', data: ['2023 '], type: 'STRING' },
          { name: '指标', data: ['立案提案'], type: 'STRING' },
          { name: '数值', data: [' 12'], type: 'STRING' },
        ],
      }),
    );
    const o = await runImport(file('表.parquet', bytes), options);
    expect([o.headers, o.sampleRows]).toEqual([
      ['地区', '年份', '指标', '数值'],
      [['嘉兴', '2023', '立案提案', '12']],
    ]);
  });

  it('hidden rows: one with data after a blank first cell is flagged; one past the last row is not', async () => {
    const rows = [
      ['地区', '年份', '指标', '数值'],
      ['嘉兴', 2023, '立案提案', 12],
      [null, 2023, '立案提案', 5],
    ];
    const ws = XLSX.utils.aoa_to_sheet(rows);
    // rows 3 and 6 hidden: row 6 lies past the sheet's last row, so it holds nothing to import
    ws['!rows'] = [{}, {}, { hidden: true }, {}, {}, { hidden: true }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '数据');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const o = await runImport(file('表.xlsx', bytes), options);
    expect(o.problems.filter((p) => p.kind === 'hidden').map((p) => [p.severity, p.row])).toEqual([
      ['warning', 3],
    ]);
  });

  it('a data package: its new places, indicators, categories and sources come with the outcome', async () => {
    const [kept, added] = [FIXTURE_JURISDICTIONS.slice(0, 2), FIXTURE_JURISDICTIONS.slice(2, 3)];
    const bytes = await datasetWorkbook(
      {
        observations: [observation('hezhou', 2023, 'proposals_filed', 7)],
        jurisdictions: [...kept, ...added],
        indicators: FIXTURE_INDICATORS,
        categories: FIXTURE_CATEGORIES,
        sources: FIXTURE_SOURCES,
      },
      { dataVersion: 'test', time: '2026-01-01T00:00:00.000Z' },
    );
    const o = await runImport(file('package.xlsx', bytes), {
      catalog: {
        jurisdictions: kept,
        indicators: FIXTURE_INDICATORS.slice(0, 1),
        categories: [],
        sources: [],
      },
      currentYear: CURRENT_YEAR,
    });
    expect(o.newJurisdictions).toEqual(added);
    expect(o.newIndicators).toEqual(FIXTURE_INDICATORS.slice(1));
    expect([o.newCategories, o.newSources]).toEqual([FIXTURE_CATEGORIES, FIXTURE_SOURCES]);
    expect(o.rows.map((r) => `${r.jurisdiction_id} ${r.value}`)).toEqual(['hezhou 7']);
  });

  it('a GB18030 file is decoded and read as its text', async () => {
    const o = await runImport(
      file('a.csv', encodeGbk('地区,年份,指标,数值\n嘉兴,2023,立案提案,12\n')),
      options,
    );
    expect(o.decoding).toMatchObject({ encoding: 'gb18030', bom: false });
    expect(rowsOf(o)).toEqual(['jiaxing 2023 proposals_filed 12 exact']);
  });

  it.each([
    // past the head that detection reads (3 × 65,536 + 8 bytes), with a character across the cut
    [
      'a BOM, CRLF, a cell past the head',
      `\uFEFF地区,年份,指标,数值,原文\r\n嘉兴,2023,立案提案,1,${'批'.repeat(70_000)}\r\n吴兴,2023,立案提案,≥5,x\r\n`,
    ],
    // a head of ASCII only: the cut falls between single-byte characters
    ['ASCII at the cut', `地区,年份,指标,数值\n${'\n'.repeat(200_000)}嘉兴,2023,立案提案,1\n`],
    // only the first mark is the byte-order mark: a second one is text, in the preview as in the rows
    [
      'two byte-order marks',
      '\uFEFF\uFEFF地区,年份,指标,数值,原文\n嘉兴,2023,立案提案,1,a\n吴兴,2023,立案提案,≥5,x\n',
    ],
  ])('UTF-8 read from its bytes gives what the decoded text gives: %s', async (_name, text) => {
    const bytes = utf8(text);
    const scanned = await importToColumns(file('a.csv', bytes), options);
    const decoded = await importToColumns(file('a.csv', bytes), options, undefined, { byteScanner: false });
    expect(scanned).toEqual(decoded);
    expect(scanned.outcome.decoding).toMatchObject({ encoding: 'utf-8', bom: text.startsWith('\uFEFF') });
    expect(scanned.outcome.headers.slice(1, 4)).toEqual(['年份', '指标', '数值']);
  });
});

describe('what runImport adds around the rows', () => {
  it('a header without rows and with a column missing: that problem alone, no "no data rows" on top', async () => {
    const o = await runImport(file('a.csv', utf8('地区,年份,指标\n')), options);
    expect(o.problems.map((p) => p.kind)).not.toContain('no_data_rows');
    expect(o.problemTotal).toBeGreaterThan(0);
  });

  it('the header row the analyst chose is used, even where detection would choose another', async () => {
    const o = await runImport(file('a.csv', utf8('说明,备注\n地区,立案提案\n嘉兴,1\n')), {
      ...options,
      mapping: { layout: 'long', delimiter: ',', headerRow: 1, columns: [], encoding: 'auto' },
    });
    expect([o.mapping.headerRow, o.headers]).toEqual([1, ['说明', '备注']]);
  });

  it('the encoding kept in a mapping is used when none is chosen; one chosen overrides it', async () => {
    // UTF-8 bytes that are not GB18030: read as GB18030 they stop at the first bad sequence
    const bytes = utf8('地区,年份,指标,数值\n嘉兴,2023,立案提案,1\n');
    const mapping: Mapping = {
      layout: 'long',
      delimiter: ',',
      headerRow: 1,
      columns: [],
      encoding: 'gb18030',
    };
    const kept = await runImport(file('a.csv', bytes), { ...options, mapping });
    const chosen = await runImport(file('a.csv', bytes), { ...options, mapping, encoding: 'utf-8' });
    expect(kept.problems.map((p) => [p.kind, p.message.en.includes('not valid GB18030')])).toEqual([
      ['decode_error', true],
    ]);
    expect(chosen.decoding).toMatchObject({ encoding: 'utf-8', overridden: true });
    expect(rowsOf(chosen)).toEqual(['jiaxing 2023 proposals_filed 1 exact']);
  });

  it('data where the header should be: one no_header problem naming that row, nothing imported', async () => {
    const o = await runImport(
      file('a.csv', utf8('\n嘉兴,2023,立案提案,12\n吴兴,2023,立案提案,10\n')),
      options,
    );
    expect(o.problems.map((p) => [p.kind, p.row, p.message.en])).toEqual([
      [
        'no_header',
        2,
        'Row 2: Row 2 looks like data, not a header. Put the column names in the first row, e.g. jurisdiction,year,indicator,value.',
      ],
    ]);
    expect(o.rows).toEqual([]);
  });

  it('a mapping whose header row is blank shows no headers (the line after it is no header)', async () => {
    const text = '地区,年份,指标,数值\n\n嘉兴,2023,立案提案,1\n';
    const first = await runImport(file('a.csv', utf8(text)), options);
    const o = await runImport(file('a.csv', utf8(text)), {
      ...options,
      mapping: { ...first.mapping, headerRow: 2 },
    });
    expect(o.headers).toEqual([]);
  });

  it('a mapping whose header row lies past the end shows no headers, and nothing breaks', async () => {
    const first = await runImport(
      file('a.csv', utf8('地区,年份,指标,数值\n嘉兴,2023,立案提案,1\n')),
      options,
    );
    const o = await runImport(file('a.csv', utf8('地区,年份,指标,数值\n嘉兴,2023,立案提案,1\n')), {
      ...options,
      mapping: { ...first.mapping, headerRow: 9 },
    });
    expect([o.headers, o.rows]).toEqual([[], []]);
  });

  it('progress through a long file stays between 0 and 1 and never goes back', async () => {
    // 70,000 blank lines: the validation reports every 65,536 rows, so once inside the file
    const text = `地区,年份,指标,数值\n${'\n'.repeat(70_000)}嘉兴,2023,立案提案,1\n`;
    const seen: ImportProgress[] = [];
    await runImport(file('a.csv', utf8(text)), options, (p) => seen.push(p));
    const inside = seen.filter((p) => p.phase === 'validate' && p.fraction < 0.95);
    expect(inside).toHaveLength(1);
    expect(inside[0]!.fraction).toBeGreaterThan(0.05 + 0.9 * 0.9);
    for (const [k, p] of seen.entries()) {
      expect(p.fraction).toBeLessThanOrEqual(1);
      if (k > 0) expect(p.fraction).toBeGreaterThanOrEqual(seen[k - 1]!.fraction);
    }
  });
});
