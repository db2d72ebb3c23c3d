import { describe, expect, it } from 'vitest';
import type { ChartExport } from '../../src/export/chartExport';
import { imagePages, shareRows } from '../../src/export/imagePages';
import { PRESET_IDS, PRESETS } from '../../src/export/presets';

const slices: { start: number; end: number }[] = [];
const matrix = (count: number, lang: 'zh' | 'en' = 'zh'): ChartExport => ({
  view: 'matrix',
  lang,
  option: { live: true },
  preferredHeight: 600,
  title: '指标对比矩阵',
  subtitle: '各地区最新年份 · 颜色：各指标内名次',
  summary: '共27项指标：嘉兴居首18项，吴兴4项。',
  notes: ['各地区层级与机构不同。'],
  sources: ['嘉兴市政协《工作报告》'],
  fileParts: ['矩阵'],
  table: { header: [], rows: [] },
  layout: {
    option: (rows, box) => {
      if (rows) slices.push(rows);
      return { rows: rows ?? null, box: box ?? null };
    },
    rows: { count, minHeight: 30, fixedHeight: 84 },
    legend: [{ fill: '#1d4f91', label: '第1名' }],
  },
});
const stamp = { dataVersion: 'bundled', date: '2026-11-28' };

describe('images of a chart that stacks rows', () => {
  it.each(PRESET_IDS)('%s: every row once, in order, each image within its capacity, marked 续', (id) => {
    slices.length = 0;
    const pages = imagePages(matrix(27), stamp, PRESETS[id], true);
    if (pages.length === 1) {
      expect(pages[0]!.title).toBe('指标对比矩阵');
      return;
    }
    const covered = pages.flatMap((p) => {
      const { rows } = p.option as { rows: { start: number; end: number } };
      const capacity = Math.floor((p.layout.chart.height - 84) / 30);
      expect(rows.end - rows.start).toBeLessThanOrEqual(capacity);
      return Array.from({ length: rows.end - rows.start }, (_, i) => rows.start + i);
    });
    expect(covered).toEqual(Array.from({ length: 27 }, (_, i) => i));
    expect(pages[0]!.title).toBe(`指标对比矩阵（1/${pages.length}）`);
    pages.slice(1).forEach((p, i) => expect(p.title).toBe(`指标对比矩阵（续，${i + 2}/${pages.length}）`));
    // The summary is on the first image only; legend, notes and source on all.
    expect(pages[0]!.parts.summary).not.toBeNull();
    for (const p of pages.slice(1)) expect(p.parts.summary).toBeNull();
    for (const p of pages) {
      expect(p.parts.legend).toHaveLength(1);
      expect(p.layout.legend).toHaveLength(1);
      expect(p.parts.sourceLine).toContain('嘉兴市政协');
    }
  });

  it('keeps a chart that fits on one image, giving the option its box', () => {
    const [page, ...rest] = imagePages(matrix(3), stamp, PRESETS.a4, true);
    expect(rest).toHaveLength(0);
    const { box } = page!.option as { box: { width: number } };
    expect(box.width).toBeCloseTo(page!.layout.chart.width, 5);
  });

  it('uses the live option when the view gives no image layout', () => {
    const { layout: _, ...plain } = matrix(27);
    expect(imagePages(plain, stamp, PRESETS.slide16x9, true)[0]!.option).toEqual({ live: true });
  });

  it('bare pictures for documents carry the chart and legend only', () => {
    for (const p of imagePages(matrix(27, 'en'), stamp, PRESETS.slide16x9, true, undefined, { bare: true })) {
      expect(p.parts).toMatchObject({ title: '', subtitle: '', summary: null, notes: [], sourceLine: '' });
      expect(p.title).toMatch(/^指标对比矩阵/);
    }
  });

  it('shares rows so no image holds more than it fits', () => {
    expect(shareRows(27, 1, 30, 30)).toEqual({ firstRows: 27, perLater: 0 });
    expect(shareRows(27, 1, 10, 12)).toBeNull();
    expect(shareRows(27, 2, 10, 12)).toBeNull();
    expect(shareRows(27, 3, 10, 12)).toEqual({ firstRows: 9, perLater: 9 });
    expect(shareRows(27, 3, 5, 12)).toEqual({ firstRows: 5, perLater: 11 });
  });
});
