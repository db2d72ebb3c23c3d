import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chartsDocx } from '../../../src/export/office/docx';
import type { OfficeChart } from '../../../src/export/office/officeChart';
import { chartsPptx } from '../../../src/export/office/pptx';
import { pngDpi, withPngDpi } from '../../../src/export/pngDpi';
import { tinyPng } from '../../support/tinyPng';

const image = (w: number, h: number, dpi: number) => ({
  png: withPngDpi(tinyPng(w, h), dpi),
  widthPx: w,
  heightPx: h,
  dpi,
});

const chart: OfficeChart = {
  lang: 'zh',
  title: '2022年立案提案排名',
  subtitle: '立案提案 · 单位：件 · 2022年',
  summary: '2022年立案提案：嘉兴369件居首，吴兴98件，贺州74件；杭州九三、嵊州无此项数据。',
  notes: ['≥ 表示原文为“余/多/超过”，实际值不少于所示数字。', '<b>&"注"</b>'],
  sourceLine: '来源：嘉兴市政协《政协嘉兴市第九届委员会常务委员会工作报告》',
  versionLine: '数据版本：内置数据 · 导出日期：2026-11-28 · 履职对比',
  citeLine: '2022年立案提案排名。履职对比，内置数据，2026-11-28导出。',
  images: [image(600, 400, 300)],
  continuedTitles: [],
};
const matrix: OfficeChart = {
  ...chart,
  lang: 'en',
  title: 'Indicator matrix (1/2)',
  subtitle: '2022 · colour: rank within each indicator',
  summary: "Jiaxing leads on 12 indicators; People's opinions adopted: 81.3%.",
  notes: [],
  images: [image(90, 40, 200), image(90, 30, 200)],
  continuedTitles: ['Indicator matrix (continued, 2/2)'],
};

const unzip = (bytes: Uint8Array) => unzipSync(bytes);
const text = (files: Record<string, Uint8Array>, path: string) => new TextDecoder().decode(files[path]!);
/** Text runs of an Office XML part, concatenated paragraph by paragraph. */
const runs = (xml: string, tag: 'w:t' | 'a:t') =>
  [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]).join('|');
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('Word export', () => {
  it('holds the picture (with its DPI), alt text, title, caption, summary, notes, source, version and citation', async () => {
    const files = unzip(await chartsDocx([chart]));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const media = Object.keys(files).filter((p) => /^word\/media\/.+\.png$/.test(p));
    expect(media).toHaveLength(1);
    expect(pngDpi(files[media[0]!]!)).toBe(300);
    const doc = text(files, 'word/document.xml');
    expect(doc).toContain(`descr="${chart.summary}"`);
    const words = unescapeXml(runs(doc, 'w:t'));
    for (const s of [
      chart.title,
      chart.subtitle,
      `图：${chart.title}`,
      chart.summary,
      ...chart.notes,
      chart.sourceLine,
      chart.versionLine,
      chart.citeLine,
    ]) {
      expect(words).toContain(s);
    }
    // Placed at print size: 600 × 400 px at 300 dpi is 2 × 1.333 in (914400 EMU to the inch).
    expect(doc).toMatch(/<wp:extent cx="1828800" cy="1219200"\/>/);
  });

  it('puts each chart of a pack, and each image of a continued chart, on its own page', async () => {
    const files = unzip(await chartsDocx([chart, matrix]));
    const doc = text(files, 'word/document.xml');
    expect(Object.keys(files).filter((p) => /^word\/media\/.+\.png$/.test(p))).toHaveLength(3);
    expect(doc.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
    const words = runs(doc, 'w:t');
    expect(words).toContain('Indicator matrix (continued, 2/2)');
    expect(words).toContain('Figure: Indicator matrix (1/2)');
  });
});

describe('PowerPoint export', () => {
  it('makes one slide per image with editable title, summary, source and version, and the summary as alt text', async () => {
    const files = unzip(await chartsPptx([chart, matrix]));
    const slides = Object.keys(files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
    expect(slides).toHaveLength(3);
    const media = Object.keys(files).filter((p) => /^ppt\/media\/.+\.png$/.test(p));
    expect(media).toHaveLength(3);
    for (const m of media) expect(pngDpi(files[m]!)).not.toBeNull();
    const first = text(files, 'ppt/slides/slide1.xml');
    expect(unescapeXml(first)).toContain(`descr="${chart.summary}"`);
    const words = runs(first, 'a:t');
    for (const s of [chart.title, chart.subtitle, chart.summary, chart.sourceLine, chart.versionLine]) {
      expect(words).toContain(s);
    }
    const third = unescapeXml(runs(text(files, 'ppt/slides/slide3.xml'), 'a:t'));
    expect(third).toContain('Indicator matrix (continued, 2/2)');
    expect(unescapeXml(text(files, 'ppt/slides/slide2.xml'))).toContain(`descr="${matrix.summary}"`);
    const notes = Object.keys(files).filter((p) => /notesSlide\d+\.xml$/.test(p));
    const notesText = notes.map((p) => unescapeXml(runs(text(files, p), 'a:t'))).join('\n');
    expect(notesText).toContain(chart.citeLine);
    expect(notesText).toContain('<b>&"注"</b>');
  });
});
