import { renderToStaticMarkup } from 'react-dom/server';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Catalog, Category } from '../../src/data/schema';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import { LangContext } from '../../src/i18n/i18nContext';
import type { Lang } from '../../src/i18n/lang';
import { isCatalogId, suggestId } from '../../src/data/catalogIds';
import { newNameErrors } from '../../src/import/newNames';
import { problemsCsv, problemsFileName } from '../../src/import/problemsCsv';
import { runImport } from '../../src/import/runImport';
import type { ImportOutcome, ImportProblem } from '../../src/import/types';
import { MappingStep } from '../../src/views/data/MappingStep';
import { NameResolution } from '../../src/views/data/NameResolution';
import { groupProblems, ProblemList } from '../../src/views/data/ProblemList';
import { bundledCatalog } from './bundledCatalog';

const importCatalog = bundledCatalog();
const catalog: Catalog = {
  ...importCatalog,
  jurisdictions: [...importCatalog.jurisdictions],
  indicators: [...importCatalog.indicators],
  categories: Papa.parse<Category>(readBundledTexts().categories, { header: true, skipEmptyLines: true })
    .data,
  sources: [],
};

const importText = (text: string) =>
  runImport(
    { kind: 'file', name: 'upload.csv', bytes: new TextEncoder().encode(text) },
    { catalog: importCatalog, currentYear: 2025 },
  );

const render = (lang: Lang, node: React.ReactNode) =>
  renderToStaticMarkup(<LangContext.Provider value={lang}>{node}</LangContext.Provider>);
const noop = () => {};

describe('groupProblems', () => {
  it('shows the first 100 in row order, grouped by kind, each group with its full count', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `嘉兴,${1950 + (i % 70)},立案提案,x`);
    const outcome = await importText(['地区,年份,指标,数值', ...rows, '杭州,2023,立案提案,1'].join('\n'));
    const groups = groupProblems(outcome);
    expect(groups.map((g) => [g.kind, g.total, g.shown.length])).toEqual([
      ['not_a_number', 150, 100],
      ['unknown_jurisdiction', 1, 0],
    ]);
  });
});

describe('ProblemList', () => {
  it.each<[Lang, string]>([
    ['zh', '第2行“数值”列：“x”不是数字。'],
    ['en', 'Row 2, column “数值”: “x” is not a number.'],
  ])('lists messages in %s with the total and a download', async (lang, message) => {
    const outcome = await importText('地区,年份,指标,数值\n嘉兴,2023,立案提案,x\n');
    const html = render(lang, <ProblemList outcome={outcome} />);
    expect(html).toContain(message.replace(/“/g, '“'));
    expect(html).toContain('data-testid="problems-download"');
  });

  it('renders cell text as text, never as markup', async () => {
    const outcome = await importText(
      '地区,年份,指标,数值\n嘉兴,2023,立案提案,<img src=x onerror=alert(1)>\n',
    );
    const html = render('zh', <ProblemList outcome={outcome} />);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('says when there is nothing wrong', async () => {
    const outcome = await importText('地区,年份,指标,数值\n嘉兴,2023,立案提案,1\n');
    expect(render('en', <ProblemList outcome={outcome} />)).toContain('No problems found.');
  });
});

describe('MappingStep', () => {
  it('shows each column with its detected role, samples and the detected encoding', async () => {
    const outcome: ImportOutcome = await runImport(
      {
        kind: 'file',
        name: 'w.csv',
        bytes: new TextEncoder().encode('\uFEFF地区,年份,立案提案（件）\n嘉兴,2023,350\n'),
      },
      { catalog: importCatalog, currentYear: 2025 },
    );
    const html = render(
      'zh',
      <MappingStep
        outcome={outcome}
        indicators={catalog.indicators}
        jurisdictions={catalog.jurisdictions}
        busy={false}
        onMapping={noop}
      />,
    );
    expect(html).toContain('宽表：每个指标一列');
    expect(html).toContain('识别为 UTF-8（带 BOM）');
    expect(html).toMatch(
      /data-testid="mapping-role-2"[^>]*>.*<option value="indicator_column" selected="">/s,
    );
    expect(html).toContain('350');
  });

  it('offers the year of a title line for the whole file, and the sheets of a workbook', async () => {
    const outcome: ImportOutcome = await runImport(
      {
        kind: 'file',
        name: 't.csv',
        bytes: new TextEncoder().encode('2023年各地政协履职数据统计表\n地区,立案提案\n嘉兴,350\n'),
      },
      { catalog: importCatalog, currentYear: 2025 },
    );
    const props = { indicators: catalog.indicators, jurisdictions: catalog.jurisdictions, busy: false };
    const html = render('zh', <MappingStep outcome={outcome} {...props} onMapping={noop} />);
    expect(html).toMatch(/data-testid="mapping-fixed-year"[^>]*value="2023"/);
    expect(html).toContain('标题中写的是 2023 年');
    const sheets = render(
      'en',
      <MappingStep
        outcome={{
          ...outcome,
          sheets: [
            { name: '旧表', hidden: true },
            { name: '汇总', hidden: false },
          ],
        }}
        {...props}
        onMapping={noop}
      />,
    );
    expect(sheets).toContain('旧表 (hidden)');
  });

  it('shows no empty mapping table when the file could not be read', async () => {
    const outcome: ImportOutcome = await runImport(
      { kind: 'file', name: 'e.csv', bytes: new Uint8Array(0) },
      { catalog: importCatalog, currentYear: 2025 },
    );
    const html = render(
      'zh',
      <MappingStep
        outcome={outcome}
        indicators={catalog.indicators}
        jurisdictions={catalog.jurisdictions}
        busy={false}
        onMapping={noop}
      />,
    );
    expect(html).not.toContain('mapping-table');
  });
});

describe('NameResolution', () => {
  it('lists unknown names with their rows and closest suggestions', async () => {
    const outcome = await importText('地区,年份,指标,数值\n杭州,2023,立案提案,1\n杭州,2023,立案提案2,1\n');
    const html = render(
      'zh',
      <NameResolution outcome={outcome} catalog={catalog} busy={false} onDecisions={noop} />,
    );
    expect(html).toContain('“杭州”');
    expect(html).toContain('出现在第 2、3 行');
    expect(html).toMatch(
      /<optgroup label="建议"><option value="map:hangzhou-jiusan">杭州九三（相似度 60%）<\/option>/,
    );
    expect(html).toContain('“立案提案2”');
  });

  it('renders nothing when every name is known', async () => {
    const outcome = await importText('地区,年份,指标,数值\n嘉兴,2023,立案提案,1\n');
    expect(
      render('zh', <NameResolution outcome={outcome} catalog={catalog} busy={false} onDecisions={noop} />),
    ).toBe('');
  });
});

describe('new names', () => {
  it.each([
    ['Hangzhou CPPCC', 'hangzhou_cppcc'],
    ['  Proposals (new)  ', 'proposals_new'],
    ['Zhōushān', 'zhoushan'],
    ['Social-opinion reports submitted', 'social_opinion_reports_submitted'],
    ['x'.repeat(70) + ' y', 'x'.repeat(64)],
  ])('suggestId(%s) = %s, an id every kind accepts', (name, id) => {
    expect(suggestId(name)).toBe(id);
    for (const kind of ['indicator', 'category', 'jurisdiction'] as const)
      expect(isCatalogId(kind, id)).toBe(true);
  });

  it.each<[string, boolean, boolean]>([
    // id, as an indicator/category, as a jurisdiction
    ['proposals_filed', true, true],
    ['hangzhou-jiusan', false, true],
    ['social-opinion-reports-submitted', false, true],
    ['_x', false, true],
    ['Hangzhou', false, true],
    ['杭州', false, true],
    ['<img>', false, false],
    ['a'.repeat(65), false, false],
  ])('isCatalogId(%s)', (id, word, place) => {
    expect(isCatalogId('indicator', id)).toBe(word);
    expect(isCatalogId('category', id)).toBe(word);
    expect(isCatalogId('jurisdiction', id)).toBe(place);
  });

  it.each<[Record<string, string>, string[]]>([
    [{ id: 'hangzhou', name_zh: '杭州', name_en: 'Hangzhou' }, []],
    [{ id: '', name_zh: '杭州', name_en: '' }, ['uploadErrRequired:name_en:', 'uploadErrRequired:id:']],
    [{ id: 'Hang Zhou', name_zh: '杭州', name_en: 'Hangzhou' }, ['uploadErrIdFormat::']],
    [{ id: 'jiaxing', name_zh: '杭州', name_en: 'Hangzhou' }, ['uploadErrIdTaken::jiaxing']],
    [{ id: 'new-place', name_zh: '新', name_en: 'New' }, ['uploadErrIdFormat::']],
    // spaces around the id are not part of it (a pasted id); a field of spaces is empty
    [{ id: ' hangzhou ', name_zh: '  ', name_en: 'Hangzhou' }, ['uploadErrRequired:name_zh:']],
    [{ id: ' jiaxing\t', name_zh: '杭州', name_en: 'Hangzhou' }, ['uploadErrIdTaken::jiaxing']],
    [{ id: '   ', name_zh: '杭州', name_en: 'Hangzhou' }, ['uploadErrRequired:id:']],
    // a field the form never filled in
    [{}, ['uploadErrRequired:name_zh:', 'uploadErrRequired:name_en:', 'uploadErrRequired:id:']],
  ])('newNameErrors(%o) for an indicator', (fields, errors) => {
    expect(
      newNameErrors(fields, ['name_zh', 'name_en'], new Set(['jiaxing']), 'indicator').map(
        (e) => `${e.key}:${e.field ?? ''}:${e.id ?? ''}`,
      ),
    ).toEqual(errors);
  });
});

describe('problemsCsv', () => {
  it('is UTF-8 with BOM, bilingual, and escapes cells a spreadsheet would run as formulas', async () => {
    const outcome = await importText('地区,年份,指标,数值\n嘉兴,2023,立案提案,=HYPERLINK("x")\n');
    const csv = problemsCsv(outcome.problems);
    expect(csv.startsWith('\uFEFF行 row,列 column,值 value,类型 kind,级别 severity,说明,message\r\n')).toBe(
      true,
    );
    expect(csv).toContain(`2,数值,"'=HYPERLINK(""x"")",not_a_number,error,`);
    expect(problemsFileName('嘉兴2023.csv')).toBe('嘉兴2023-问题-problems.csv');
  });

  it.each([
    ['嘉兴2023.csv', '嘉兴2023-问题-problems.csv'],
    ['报表.2023.xlsx', '报表.2023-问题-problems.csv'],
    ['no extension', 'no extension-问题-problems.csv'],
    ['.csv', 'paste-问题-problems.csv'],
    ['', 'paste-问题-problems.csv'],
  ])('names the problems file after %j', (source, name) => {
    expect(problemsFileName(source)).toBe(name);
  });

  it('leaves the row cell blank for a problem of the whole file, and gives every column', () => {
    const problem = (row: number): ImportProblem => ({
      kind: 'no_data_rows',
      severity: 'warning',
      row,
      column: 'c',
      value: 'v',
      message: { zh: '中', en: 'en' },
    });
    expect(
      problemsCsv([problem(0), problem(7)])
        .split('\r\n')
        .slice(1),
    ).toEqual([',c,v,no_data_rows,warning,中,en', '7,c,v,no_data_rows,warning,中,en', '']);
  });
});
