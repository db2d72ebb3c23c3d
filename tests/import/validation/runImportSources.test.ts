import * as XLSX from '@e965/xlsx';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { importToColumns, runImport } from '../../../src/import/runImport';
import type { ImportOutcome, ImportSource } from '../../../src/import/types';
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

function workbook(rows: unknown[][], sheetName = '数据'): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheetName);
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

  it('a workbook: the sheet read is kept in the mapping, its cells trimmed for the preview', async () => {
    const o = await runImport(
      file(
        '表.xlsx',
        workbook([
          [' 地区 ', '年份', '指标', '数值'],
          ['嘉兴', 2023, '立案提案', 12],
        ]),
      ),
      options,
    );
    expect([o.format, o.mapping.sheet, o.headers, o.sampleRows]).toEqual([
      'workbook',
      '数据',
      ['地区', '年份', '指标', '数值'],
      [['嘉兴', '2023', '立案提案', '12']],
    ]);
    expect(rowsOf(o)).toEqual(['jiaxing 2023 proposals_filed 12 exact']);
  });

  it('UTF-8 read from its bytes gives what the decoded text gives (BOM, CRLF, a cell past the head)', async () => {
    // past the head that detection reads (3 × 65,536 + 8 bytes), with a character across the cut
    const filler = `嘉兴,2023,立案提案,1,${'批'.repeat(70_000)}\r\n`;
    const text = `\uFEFF地区,年份,指标,数值,原文\r\n${filler}吴兴,2023,立案提案,≥5,x\r\n`;
    const bytes = utf8(text);
    const scanned = await importToColumns(file('a.csv', bytes), options);
    const decoded = await importToColumns(file('a.csv', bytes), options, undefined, { byteScanner: false });
    expect(scanned).toEqual(decoded);
    expect(scanned.outcome.decoding).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(scanned.outcome.headers).toEqual(['地区', '年份', '指标', '数值', '原文']);
    expect(scanned.columns.length).toBe(2);
  });
});
