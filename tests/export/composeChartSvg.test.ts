import { describe, expect, it } from 'vitest';
import { composeChartSvg, layoutImage } from '../../src/export/composeChartSvg';
import type { ImageParts } from '../../src/export/imageParts';
import { logicalSize, PRESET_IDS, PRESETS } from '../../src/export/presets';
import { renderChartSvg } from '../../src/export/renderChartSvg';
import { estimateTextWidth } from '../../src/export/textLayout';
import { PAYLOADS, XML_FORBIDDEN } from './payloads';

const parts: ImageParts = {
  title: '2022年立案提案排名',
  subtitle: '立案提案 · 单位：件 · 2022年',
  summary: '2022年立案提案：嘉兴369件居首，吴兴98件，贺州74件；杭州九三、嵊州无此项数据。',
  notes: ['≥ 表示原文为“余/多/超过”，实际值不少于所示数字；≈ 表示约数。'],
  sourceLine:
    '来源：嘉兴市政协《政协嘉兴市第九届委员会常务委员会工作报告》；湖州市吴兴区政协《2022年工作综述》',
  versionLine: '数据版本：3f9a1c2b7d4e · 导出日期：2025-01-02 · 履职对比',
};

const bar = (labels: string[]) => ({
  animation: false,
  xAxis: { type: 'value' },
  yAxis: { type: 'category', data: labels },
  series: [{ type: 'bar', data: labels.map((_, i) => i + 1), label: { show: true } }],
});

describe.each(PRESET_IDS)('image layout for preset %s', (id) => {
  const preset = PRESETS[id];
  const layout = layoutImage(parts, preset);
  const { width, height } = logicalSize(preset);

  it('keeps the aspect ratio of the preset', () => {
    expect(layout.width / layout.height).toBeCloseTo(preset.width / preset.height, 5);
  });

  it('puts header above the chart, summary, notes, rule, source and version below, all on the page', () => {
    const b = layout.blocks;
    const bottom = (x: { y: number; lines: string[]; lineHeight: number }) =>
      x.y + x.lines.length * x.lineHeight;
    expect(bottom(b.subtitle)).toBeLessThanOrEqual(layout.chart.y);
    expect(layout.chart.y + layout.chart.height).toBeLessThanOrEqual(b.summary.y);
    expect(bottom(b.summary)).toBeLessThanOrEqual(b.notes.y + 0.01);
    expect(bottom(b.notes)).toBeLessThanOrEqual(layout.rule.y);
    expect(layout.rule.y).toBeLessThan(b.source.y);
    expect(bottom(b.source)).toBeLessThanOrEqual(b.version.y + 0.01);
    expect(bottom(b.version)).toBeLessThanOrEqual(height);
    expect(layout.chart.x + layout.chart.width).toBeLessThanOrEqual(width);
    expect(layout.chart.height).toBeGreaterThanOrEqual(height / 3);
  });

  it('wraps every text line inside the margins', () => {
    for (const b of Object.values(layout.blocks)) {
      for (const line of b.lines) {
        expect(b.x + estimateTextWidth(line, b.fontSize, b.bold)).toBeLessThanOrEqual(width - b.x + 1);
      }
    }
  });

  it('sets the nominal size to the preset (or preset × ratio) and draws in the logical box', () => {
    const svg = composeChartSvg(parts, preset, (w, h) => renderChartSvg(bar(['嘉兴', '吴兴']), w, h), {
      pixelWidth: preset.width * 3,
      pixelHeight: preset.height * 3,
    });
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${preset.width * 3}" height="${preset.height * 3}"`));
    expect(svg).toContain(`viewBox="0 0 ${Math.round(width * 100) / 100} ${Math.round(height * 100) / 100}"`);
    for (const text of [
      '2022年立案提案排名',
      '立案提案 · 单位：件 · 2022年',
      '嘉兴',
      '数据版本：3f9a1c2b7d4e',
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg).toContain('来源：嘉兴市政协');
  });
});

it('leaves the summary out when asked', () => {
  const svg = composeChartSvg({ ...parts, summary: null }, PRESETS.slide16x9, () => '<svg></svg>');
  expect(svg).not.toContain('嘉兴369件居首');
  expect(svg).not.toContain('<desc>');
});

/** Real tags (text content has its < escaped) are drawing elements only, with no handlers or links. */
export function expectInert(
  markup: string,
  allowed = /^<\/?(svg|g|rect|path|text|title|desc|tspan|defs|clipPath|linearGradient|stop|style)\b/,
) {
  for (const tag of markup.match(/<[^>]+>/g) ?? []) {
    if (tag.startsWith('<!--') || tag.startsWith('<![CDATA[')) continue;
    expect(tag).toMatch(allowed);
    // Attribute values are quoted and escaped: only the names outside them could be handlers.
    expect(tag.replace(/"[^"]*"|'[^']*'/g, '""')).not.toMatch(/\son[a-z]+\s*=|javascript:|href=/i);
  }
}

describe('hostile text is shown as text in the image, never as markup', () => {
  it.each(PAYLOADS)('$name in title, summary, source and chart labels', ({ text }) => {
    const hostile = { ...parts, title: text, summary: text, sourceLine: text, notes: [text] };
    const svg = composeChartSvg(hostile, PRESETS.square, (w, h) => renderChartSvg(bar([text, '嘉兴']), w, h));
    expectInert(svg);
    expect(svg).not.toMatch(XML_FORBIDDEN);
  });

  it('escapes < > & " in text content', () => {
    const svg = composeChartSvg({ ...parts, title: '<b>"A&B"</b>' }, PRESETS.square, () => '<svg></svg>');
    expect(svg).toContain('&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;');
  });
});
