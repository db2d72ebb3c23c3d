import { translate } from '../i18n/messages';
import type { ChartExport, ExportStamp } from './chartExport';
import { sourceLine, versionLine } from './imageParts';
import { escapeMarkup } from './markup';
import type { SpreadsheetCell } from './spreadsheetSafe';
import { tidyTable } from './tidyNumbers';

/**
 * Nothing may load or run: no scripts, no fonts, no requests. The file is opened from a disk or an
 * intranet share, often years later, and must show the same thing with no network at all.
 */
export const SELF_CONTAINED_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
body{margin:0;background:#f5f6f8;color:#1d2129;font-family:'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','Source Han Sans SC',sans-serif;line-height:1.5}
main{max-width:1000px;margin:0 auto;padding:24px 16px 40px}
article{background:#fff;border-radius:8px;padding:20px 24px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
h1{margin:0;font-size:22px}
.subtitle{margin:2px 0 12px;color:#5c6370;font-size:14px}
.chart svg{display:block;width:100%;height:auto}
.summary{font-size:16px;margin:12px 0 4px}
.note{font-size:13px;color:#7a5b00;margin:4px 0}
.source{font-size:13px;color:#5c6370;margin:12px 0 0;border-top:1px solid #e3e5e8;padding-top:8px}
.version{font-size:12px;color:#868c96;margin:2px 0 0}
details{margin-top:16px}
summary{cursor:pointer;font-weight:bold}
table{border-collapse:collapse;width:100%;font-size:13px;margin-top:8px}
caption{text-align:left;color:#5c6370;padding:4px 0}
th,td{border:1px solid #e3e5e8;padding:4px 8px;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
thead th{background:#f5f6f8;white-space:nowrap}
@media print{body{background:#fff}main{padding:0}article{box-shadow:none;padding:0}details{display:none}}
`;

function cell(value: SpreadsheetCell, header: boolean): string {
  const text = value === null || value === undefined ? '' : String(value);
  if (header) return `<th scope="col">${escapeMarkup(text)}</th>`;
  return typeof value === 'number'
    ? `<td class="num">${escapeMarkup(text)}</td>`
    : `<td>${escapeMarkup(text)}</td>`;
}

/** Guards the one piece not escaped here: the chart's SVG must be drawing only, never active content. */
export function assertInertSvg(svg: string): void {
  if (
    /<(script|foreignObject|iframe|object|embed|a\b)|\son[a-z]+\s*=|javascript:|<!DOCTYPE|<!ENTITY/i.test(svg)
  ) {
    throw new Error('chart SVG contains active content');
  }
}

/**
 * One HTML file with the chart inline (SVG), its summary, notes, source, data version and date, and
 * the data as an accessible table. Every text is escaped; the CSP forbids scripts and requests.
 */
export function selfContainedHtml(chart: ChartExport, stamp: ExportStamp, chartSvg: string): string {
  assertInertSvg(chartSvg);
  const t = (k: Parameters<typeof translate>[1]) => translate(chart.lang, k);
  const e = escapeMarkup;
  const table = tidyTable(chart.table);
  const head = table.header.map((h) => cell(h, true)).join('');
  const body = table.rows.map((r) => `<tr>${r.map((c) => cell(c, false)).join('')}</tr>`).join('\n');
  return `<!doctype html>
<html lang="${chart.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SELF_CONTAINED_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${e(t('appTitle'))}">
<title>${e(chart.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<article>
<h1>${e(chart.title)}</h1>
<p class="subtitle">${e(chart.subtitle)}</p>
<figure class="chart" role="img" aria-label="${e(chart.summary || chart.title)}" style="margin:0">
${chartSvg}
</figure>
${chart.summary ? `<p class="summary">${e(chart.summary)}</p>` : ''}
${chart.notes.map((n) => `<p class="note">${e(n)}</p>`).join('\n')}
<p class="source">${e(sourceLine(chart))}</p>
<p class="version">${e(versionLine(chart.lang, stamp))}</p>
<details open>
<summary>${e(t('exportHtmlDataHeading'))}</summary>
<table>
<caption>${e(chart.title)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</details>
</article>
</main>
</body>
</html>
`;
}
