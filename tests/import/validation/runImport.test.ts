import { describe, expect, it } from 'vitest';
import type { PreviewRecord } from '../../../src/import/detectMapping';
import { runImport, titleYear } from '../../../src/import/runImport';
import type { ImportProgress } from '../../../src/import/types';
import { catalog, CURRENT_YEAR, importText, problemsOf, rowsOf } from './importText';

// The whole import as one function (src/import/runImport.ts): the year offered from a title line,
// what a given mapping keeps and what is detected again, the preview the mapping step shows, and the
// progress the Data screen draws. Each case is named for the bug it prevents.

const rows = (...lines: string[][]): PreviewRecord[] => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('titleYear: the year written above the header', () => {
  it.each([
    ['2023年 in a title', rows(['2023年各地政协履职数据统计表'], ['地区']), 1, 2023],
    ['2023年度', rows(['嘉兴市政协2023年度履职情况'], ['地区']), 1, 2023],
    ['a full-width year', rows(['２０２２年统计'], ['地区']), 1, 2022],
    ['a year standing alone in English', rows(['Annual figures 2021'], ['地区']), 1, 2021],
    ['a year in the second title line', rows(['统计表'], ['', '2019年', ''], ['地区']), 2, 2019],
    ['年 preferred over an earlier bare number', rows(['表1999-编号 2020年'], ['地区']), 1, 2020],
    ['a number that is no year (12023) is not one', rows(['编号12023号'], ['地区']), 1, null],
    ['a bare year at the very start of the title', rows(['2021 annual figures'], ['地区']), 1, 2021],
    [
      '年 after a space preferred over an earlier bare number',
      rows(['表1999-编号 2020 年'], ['地区']),
      1,
      2020,
    ],
    ['cells of a title line are read apart, not run together', rows(['编号1', '2023'], ['地区']), 1, 2023],
    ['a year from another century is not one', rows(['1850年'], ['地区']), 1, null],
    ['the header line itself is not a title', rows(['地区', '2023年']), 0, null],
    ['nothing above the header', rows(['地区']), 0, null],
    ['a header index past the preview', rows(['统计表']), 5, null],
  ])('%s', (_name, preview, headerIndex, year) => {
    expect(titleYear(preview, headerIndex)).toBe(year);
  });
});

describe('what the mapping step is shown', () => {
  it('headers and at most five sample rows after the header, title lines skipped', async () => {
    const o = await importText('2023年统计\n地区,立案提案\n嘉兴,1\n吴兴,2\n嵊州,3\n贺州,4\n嘉兴,5\n吴兴,6\n');
    expect(o.headers).toEqual(['地区', '立案提案']);
    expect(o.sampleRows).toEqual([
      ['嘉兴', '1'],
      ['吴兴', '2'],
      ['嵊州', '3'],
      ['贺州', '4'],
      ['嘉兴', '5'],
    ]);
    expect(o.titleYear).toBe(2023);
    expect(o.mapping.fixedYear).toBe(2023);
    expect(o.mapping.headerRow).toBe(2);
  });

  it('a title year is not offered as the year of a table that has a year column', async () => {
    const o = await importText('2023年统计\n地区,年份,立案提案\n嘉兴,2022,1\n');
    expect(o.titleYear).toBe(2023);
    expect(o.mapping.fixedYear ?? null).toBeNull();
    expect(rowsOf(o)).toEqual(['jiaxing 2022 proposals_filed 1 exact']);
  });

  it('a title year is not offered to a table whose headers are years', async () => {
    const o = await importText('2023年统计\n地区,指标,2022,2021\n嘉兴,立案提案,1,2\n');
    expect(o.mapping.layout).toBe('wide_years');
    expect(o.mapping.fixedYear ?? null).toBeNull();
    expect(rowsOf(o)).toEqual([
      'jiaxing 2022 proposals_filed 1 exact',
      'jiaxing 2021 proposals_filed 2 exact',
    ]);
  });
});

describe('a mapping given back by the mapping step', () => {
  const text = '标题行\n地区,年份,立案提案\n嘉兴,2023,1\n';

  it('with columns: used as given, its layout recomputed from the roles', async () => {
    const first = await importText(text);
    const o = await importText(text, { mapping: { ...first.mapping, layout: 'long' } });
    expect(o.mapping.layout).toBe('wide_indicators');
    expect(rowsOf(o)).toEqual(['jiaxing 2023 proposals_filed 1 exact']);
  });

  it('without columns: the header row chosen is kept and the columns detected again from it', async () => {
    const o = await importText('2023年统计\n说明,说明\n地区,立案提案\n嘉兴,1\n', {
      mapping: {
        layout: 'long',
        delimiter: ',',
        headerRow: 3,
        columns: [],
        encoding: 'auto',
        fixedJurisdiction: null,
      },
    });
    expect(o.mapping.headerRow).toBe(3);
    expect(o.headers).toEqual(['地区', '立案提案']);
    expect(rowsOf(o)).toEqual(['jiaxing 2023 proposals_filed 1 exact']);
  });

  it('without columns: a fixed place and a fixed year set by the analyst are kept', async () => {
    const o = await importText('2023年统计\n立案提案,办复提案\n4,3\n', {
      mapping: {
        layout: 'long',
        delimiter: ',',
        headerRow: 2,
        columns: [],
        encoding: 'auto',
        fixedJurisdiction: 'wuxing',
        fixedYear: 2021,
      },
    });
    expect([o.mapping.fixedJurisdiction, o.mapping.fixedYear]).toEqual(['wuxing', 2021]);
    expect(rowsOf(o)).toEqual([
      'wuxing 2021 proposals_filed 4 exact',
      'wuxing 2021 proposals_answered 3 exact',
    ]);
  });

  it('a header row chosen that is not in the preview falls back to detection', async () => {
    const o = await importText('地区,年份,立案提案\n嘉兴,2023,1\n', {
      mapping: { layout: 'long', delimiter: ',', headerRow: 50, columns: [], encoding: 'auto' },
    });
    expect(o.mapping.headerRow).toBe(1);
    expect(rowsOf(o)).toEqual(['jiaxing 2023 proposals_filed 1 exact']);
  });
});

describe('file-level outcomes', () => {
  it.each([
    ['an empty paste', { kind: 'paste' as const, text: '' }, 'empty_file'],
    ['a paste of blanks only', { kind: 'paste' as const, text: ' \n\t\n' }, 'empty_file'],
    ['an empty file', { kind: 'file' as const, name: 'a.csv', bytes: new Uint8Array(0) }, 'empty_file'],
    [
      'a file of blank lines only',
      { kind: 'file' as const, name: 'a.csv', bytes: new TextEncoder().encode('\n\n,,\n') },
      'empty_file',
    ],
  ])('%s is one file-level problem and nothing imported', async (_name, source, kind) => {
    const o = await runImport(source, { catalog, currentYear: CURRENT_YEAR });
    expect(o.problems.map((p) => [p.kind, p.row])).toEqual([[kind, 0]]);
    expect(o.rows).toEqual([]);
    expect([o.rowCount, o.problemTotal, o.problemCounts]).toEqual([0, 1, { [kind]: 1 }]);
    expect(o.sourceName).toBe(source.kind === 'file' ? 'a.csv' : '');
    expect(o.format).toBe(source.kind === 'file' ? 'csv' : 'paste');
    expect(o.columns.sourceFile).toBe(o.sourceName);
  });

  it('a header with no rows under it says there are no data rows', async () => {
    const o = await importText('地区,年份,指标,数值\n');
    expect(problemsOf(o)).toEqual([['no_data_rows', 'error', 0, '', '']]);
  });

  it('a paste is read as text, with the delimiter detected', async () => {
    const o = await runImport(
      { kind: 'paste', text: '地区\t年份\t指标\t数值\n嘉兴\t2023\t立案提案\t1\n' },
      { catalog, currentYear: CURRENT_YEAR },
    );
    expect(o.mapping.delimiter).toBe('\t');
    expect(o.decoding).toBeNull();
    expect(rowsOf(o)).toEqual(['jiaxing 2023 proposals_filed 1 exact']);
  });
});

it('progress goes decode → parse → validate → done, never backwards, ending at 1', async () => {
  const seen: ImportProgress[] = [];
  await runImport(
    {
      kind: 'file',
      name: 'a.csv',
      bytes: new TextEncoder().encode('地区,年份,指标,数值\n嘉兴,2023,立案提案,1\n'),
    },
    { catalog, currentYear: CURRENT_YEAR },
    (p) => seen.push(p),
  );
  expect(seen[0]).toEqual({ phase: 'decode', fraction: 0 });
  expect(seen[1]).toEqual({ phase: 'parse', fraction: 0.05 });
  expect(seen.at(-2)!.phase).toBe('validate');
  // 0.05 + 0.9 × 1, as floating point adds it
  expect(seen.at(-2)!.fraction).toBeCloseTo(0.95, 12);
  expect(seen.at(-1)).toEqual({ phase: 'done', fraction: 1 });
  for (let k = 1; k < seen.length; k++)
    expect(seen[k]!.fraction).toBeGreaterThanOrEqual(seen[k - 1]!.fraction);
});
