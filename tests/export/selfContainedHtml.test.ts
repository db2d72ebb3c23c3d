import { describe, expect, it } from 'vitest';
import type { ChartExport } from '../../src/export/chartExport';
import { assertInertSvg, SELF_CONTAINED_CSP, selfContainedHtml } from '../../src/export/selfContainedHtml';
import { renderChartSvg } from '../../src/export/renderChartSvg';
import { PAYLOADS, XML_FORBIDDEN } from './payloads';

function chart(text: string): ChartExport {
  return {
    view: 'ranking',
    lang: 'zh',
    option: {},
    preferredHeight: 300,
    title: `${text} 排名`,
    subtitle: `${text} · 单位：件 · 2022年`,
    summary: `${text}居首`,
    notes: [text],
    sources: [text],
    fileParts: [text],
    table: {
      header: ['地区', text],
      rows: [
        [text, 5],
        ['嘉兴', null],
      ],
    },
  };
}

const stamp = { dataVersion: '3f9a1c2b7d4e', date: '2025-01-02' };
const svg = renderChartSvg(
  {
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: ['<script>x</script>'] },
    series: [{ type: 'bar', data: [1] }],
  },
  600,
  200,
);

describe('self-contained HTML export', () => {
  it('forbids every request and script with its CSP, and references nothing outside the file', () => {
    const html = selfContainedHtml(chart('嘉兴'), stamp, svg);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${SELF_CONTAINED_CSP}">`);
    expect(SELF_CONTAINED_CSP).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<iframe|<img|\ssrc=|url\(/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
  });

  it('carries title, summary, source, data version, date and the data table', () => {
    const html = selfContainedHtml(chart('嘉兴'), stamp, svg);
    for (const text of [
      '<h1>嘉兴 排名</h1>',
      '嘉兴居首',
      '来源：嘉兴',
      '数据版本：3f9a1c2b7d4e',
      '2025-01-02',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('<td class="num">5</td>');
    expect(html).toContain('<th scope="col">地区</th>');
  });

  it.each(PAYLOADS)('shows $name as text everywhere', ({ text }) => {
    const html = selfContainedHtml(chart(text), stamp, svg);
    expect(html).not.toMatch(/<script|<img|<a\s|<svg onload/i);
    expect(html).not.toMatch(XML_FORBIDDEN);
    if (text.includes('<')) expect(html).toContain('&lt;');
  });

  it.each([
    '<svg><script>alert(1)</script></svg>',
    '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
    '<svg onload="alert(1)"></svg>',
    '<svg><foreignObject><div>x</div></foreignObject></svg>',
  ])('refuses a chart SVG with active content: %s', (bad) => {
    expect(() => assertInertSvg(bad)).toThrow();
  });
});
