import type { Lang } from '../i18n/lang';
import type { LegendItem } from './chartExport';
import type { ImageParts } from './imageParts';
import { escapeMarkup, stripXmlInvalid } from './markup';
import { logicalSize, type ImagePreset } from './presets';
import { estimateTextWidth, wrapText, type MeasureText } from './textLayout';

/**
 * Local fonts only (no font is embedded or fetched). Chinese images start with the CJK faces Windows,
 * macOS and Linux ship; English ones start with Latin faces, because a CJK face draws ’ ' “ ” as
 * full-width glyphs ("People’ s"). Each stack ends with the other script's faces for mixed text.
 */
const CJK_FACES =
  "'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','Source Han Sans SC','Noto Sans SC','Hiragino Sans GB'";
const LATIN_FACES = "'Segoe UI','Helvetica Neue',Arial,'Liberation Sans','DejaVu Sans'";
export const EXPORT_FONT_STACK = `${CJK_FACES},sans-serif`;
export function exportFontStack(lang: Lang): string {
  return lang === 'en' ? `${LATIN_FACES},${CJK_FACES},sans-serif` : EXPORT_FONT_STACK;
}

const INK = '#1d2129';
const MUTED = '#5c6370';
const FAINT = '#868c96';
const NOTE = '#7a5b00';
const ACCENT = '#a61b1b';
const RULE = '#e3e5e8';

export interface TextBlock {
  lines: string[];
  x: number;
  /** Top of the first line. */
  y: number;
  fontSize: number;
  lineHeight: number;
  color: string;
  bold: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendEntry {
  swatch: Box & { fill: string };
  label: TextBlock;
}

export type BlockName = 'title' | 'subtitle' | 'summary' | 'notes' | 'source' | 'version';

export interface ImageLayout {
  width: number;
  height: number;
  accent: Box;
  rule: Box;
  blocks: Record<BlockName, TextBlock>;
  legend: LegendEntry[];
  chart: Box;
  /** The summary did not fit beside a readable chart and was left out (never cut). */
  summaryDropped: boolean;
}

function block(
  text: string,
  opts: {
    x: number;
    y: number;
    maxWidth: number;
    fontSize: number;
    color: string;
    bold?: boolean;
    lineHeight?: number;
  },
  measure: MeasureText,
): TextBlock {
  const bold = opts.bold ?? false;
  // No line limit: every text in an image is shown in full, wrapped, never cut with "…".
  const lines = text
    ? wrapText(text, { maxWidth: opts.maxWidth, fontSize: opts.fontSize, bold, measure })
    : [];
  return {
    lines,
    x: opts.x,
    y: opts.y,
    fontSize: opts.fontSize,
    lineHeight: Math.round(opts.fontSize * (opts.lineHeight ?? 1.4)),
    color: opts.color,
    bold,
  };
}

const heightOf = (b: TextBlock) => b.lines.length * b.lineHeight;

const LEGEND_SWATCH = 12;
const LEGEND_ROW = 20;

/** Legend entries flowed left to right, wrapping to new rows; `y` is the top of the first row. */
function legendEntries(
  items: readonly LegendItem[],
  x0: number,
  y: number,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText,
): { entries: LegendEntry[]; height: number } {
  const entries: LegendEntry[] = [];
  let x = x0;
  let row = 0;
  for (const item of items) {
    const label = wrapText(item.label, { maxWidth: maxWidth - LEGEND_SWATCH - 6, fontSize, measure });
    const w = LEGEND_SWATCH + 6 + Math.max(...label.map((l) => measure(l, fontSize, false)));
    if (x > x0 && x + w > x0 + maxWidth) {
      x = x0;
      row += 1;
    }
    const top = y + row * LEGEND_ROW;
    entries.push({
      swatch: {
        x,
        y: top + (LEGEND_ROW - LEGEND_SWATCH) / 2,
        width: LEGEND_SWATCH,
        height: LEGEND_SWATCH,
        fill: item.fill,
      },
      label: {
        lines: label,
        x: x + LEGEND_SWATCH + 6,
        y: top,
        fontSize,
        lineHeight: LEGEND_ROW,
        color: MUTED,
        bold: false,
      },
    });
    row += label.length - 1;
    x += w + 18;
  }
  return { entries, height: items.length > 0 ? (row + 1) * LEGEND_ROW : 0 };
}

/** Font sizes of the footer texts, largest first: a crowded page tries smaller ones before the chart shrinks. */
const FOOTER_SCALES = [
  { summary: 16, notes: 12.5, source: 13, version: 12, withSummary: true },
  { summary: 14, notes: 11.5, source: 12, version: 11, withSummary: true },
  { summary: 14, notes: 11, source: 11.5, version: 11, withSummary: false },
] as const;

/**
 * Where each part goes in the preset's logical box: header (accent, title, subtitle) on top; under the
 * chart its colour legend, summary and notes; under a rule the source and the data version with the
 * date. Every text is wrapped in full. The chart gets what is left; when that is under a third of the
 * page, smaller footer text is tried, then the summary is left out (it stays in the alt text).
 */
export function layoutImage(
  parts: ImageParts,
  preset: ImagePreset,
  measure: MeasureText = estimateTextWidth,
): ImageLayout {
  const { width, height } = logicalSize(preset);
  const margin = width >= 1000 ? 44 : 32;
  const inner = width - 2 * margin;
  const titleSize = width >= 1000 ? 28 : 24;

  const accent = { x: margin, y: margin, width: 40, height: 4 };
  const title = block(
    parts.title,
    {
      x: margin,
      y: accent.y + 16,
      maxWidth: inner,
      fontSize: titleSize,
      color: INK,
      bold: true,
      lineHeight: 1.3,
    },
    measure,
  );
  const subtitle = block(
    parts.subtitle,
    { x: margin, y: title.y + heightOf(title) + 4, maxWidth: inner, fontSize: 15, color: MUTED },
    measure,
  );
  const chartTop = subtitle.y + heightOf(subtitle) + 16;

  const attempt = (scale: (typeof FOOTER_SCALES)[number]) => {
    const at = (text: string, fontSize: number, color: string, lineHeight?: number) =>
      block(
        text,
        { x: margin, y: 0, maxWidth: inner, fontSize, color, ...(lineHeight ? { lineHeight } : {}) },
        measure,
      );
    const version = at(parts.versionLine, scale.version, FAINT);
    const source = at(parts.sourceLine, scale.source, MUTED);
    const notes = at(parts.notes.join('\n'), scale.notes, NOTE);
    const summary = at(scale.withSummary ? (parts.summary ?? '') : '', scale.summary, INK, 1.5);
    version.y = height - margin - heightOf(version);
    source.y = version.y - 2 - heightOf(source);
    const rule = { x: margin, y: source.y - 12, width: inner, height: 1 };
    notes.y = rule.y - 12 - heightOf(notes);
    summary.y = notes.y - (heightOf(notes) > 0 ? 6 : 0) - heightOf(summary);
    const legendProbe = legendEntries(parts.legend ?? [], margin, 0, inner, 12, measure);
    const legendTop = summary.y - (heightOf(summary) > 0 ? 10 : 4) - legendProbe.height;
    const legend = legendEntries(parts.legend ?? [], margin, legendTop, inner, 12, measure);
    const chartBottom = legendTop - (legend.height > 0 ? 8 : heightOf(summary) > 0 ? 2 : 0);
    return {
      version,
      source,
      rule,
      notes,
      summary,
      legend: legend.entries,
      chart: { x: margin, y: chartTop, width: inner, height: chartBottom - chartTop },
      summaryDropped: !scale.withSummary && Boolean(parts.summary),
    };
  };

  let footer = attempt(FOOTER_SCALES[0]);
  for (const scale of FOOTER_SCALES.slice(1)) {
    if (footer.chart.height >= height / 3) break;
    footer = attempt(scale);
  }

  return {
    width,
    height,
    accent,
    rule: footer.rule,
    blocks: {
      title,
      subtitle,
      summary: footer.summary,
      notes: footer.notes,
      source: footer.source,
      version: footer.version,
    },
    legend: footer.legend,
    chart: { ...footer.chart, height: Math.max(footer.chart.height, 80) },
    summaryDropped: footer.summaryDropped,
  };
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** Alphabetic baseline of line `i` (what Word and PowerPoint support best), centred in the line box. */
export function baselineOf(b: TextBlock, i: number): number {
  return b.y + i * b.lineHeight + (b.lineHeight - b.fontSize) / 2 + b.fontSize * 0.86;
}

function textSvg(b: TextBlock, role: string): string {
  return b.lines
    .map((line, i) => {
      const weight = b.bold ? ' font-weight="bold"' : '';
      return `<text data-role="${role}" x="${num(b.x)}" y="${num(baselineOf(b, i))}" font-size="${num(b.fontSize)}" fill="${b.color}"${weight}>${escapeMarkup(line)}</text>`;
    })
    .join('\n');
}

/** ECharts' SVG minus its hover-only stylesheet (an image has no hover), with XML-invalid characters removed. */
export function cleanChartSvg(svg: string): string {
  return stripXmlInvalid(svg).replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
}

// XML namespace names, required for a standalone .svg file to be read as SVG. They are identifiers,
// never fetched: the image makes no request (the end-to-end tests open it and count requests).
const SVG_NS = 'http://www.w3.org/2000/svg';
// The embedded ECharts chart may write xlink:href; without this declaration the file is not valid XML.
const XLINK_NS = 'http://www.w3.org/1999/xlink';

export interface ComposeOptions {
  pixelWidth?: number;
  pixelHeight?: number;
  measure?: MeasureText;
  /** No page colour: the image lies on the slide's or page's own background. */
  transparent?: boolean;
  lang?: Lang;
}

/**
 * The exported image as one SVG document: page, header, the chart drawn by `renderChart` into its
 * box, legend, footer. `pixelWidth`/`pixelHeight` set the nominal size (the preset's, or preset × ratio
 * when the SVG is rasterised to PNG); the drawing itself is in the logical box.
 */
export function composeChartSvg(
  parts: ImageParts,
  preset: ImagePreset,
  renderChart: (width: number, height: number) => string,
  options: ComposeOptions = {},
): string {
  return composeFromLayout(parts, layoutImage(parts, preset, options.measure), preset, renderChart, options);
}

export function composeFromLayout(
  parts: ImageParts,
  layout: ImageLayout,
  preset: ImagePreset,
  renderChart: (width: number, height: number) => string,
  options: ComposeOptions = {},
): string {
  const { chart, blocks } = layout;
  const chartSvg = cleanChartSvg(renderChart(Math.round(chart.width), Math.round(chart.height)));
  const pixelWidth = options.pixelWidth ?? preset.width;
  const pixelHeight = options.pixelHeight ?? preset.height;
  const lang = options.lang ?? 'zh';
  const legend = layout.legend.map(
    (e) =>
      `<rect data-role="legend-swatch" x="${num(e.swatch.x)}" y="${num(e.swatch.y)}" width="${e.swatch.width}" height="${e.swatch.height}" fill="${e.swatch.fill}" stroke="#c9ccd1" stroke-width="0.5"/>\n${textSvg(e.label, 'legend')}`,
  );
  return [
    `<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}" version="1.1" width="${pixelWidth}" height="${pixelHeight}" viewBox="0 0 ${num(layout.width)} ${num(layout.height)}" role="img" xml:lang="${lang}" aria-label="${escapeMarkup(parts.title)}">`,
    `<title>${escapeMarkup(parts.title)}</title>`,
    parts.summary ? `<desc>${escapeMarkup(parts.summary)}</desc>` : '',
    options.transparent
      ? ''
      : `<rect x="0" y="0" width="${num(layout.width)}" height="${num(layout.height)}" fill="#ffffff"/>`,
    parts.title
      ? `<rect x="${num(layout.accent.x)}" y="${num(layout.accent.y)}" width="${layout.accent.width}" height="${layout.accent.height}" fill="${ACCENT}"/>`
      : '',
    `<g font-family="${exportFontStack(lang).replace(/"/g, '&quot;')}">`,
    textSvg(blocks.title, 'title'),
    textSvg(blocks.subtitle, 'subtitle'),
    ...legend,
    textSvg(blocks.summary, 'summary'),
    textSvg(blocks.notes, 'notes'),
    parts.sourceLine
      ? `<rect x="${num(layout.rule.x)}" y="${num(layout.rule.y)}" width="${num(layout.rule.width)}" height="1" fill="${RULE}"/>`
      : '',
    textSvg(blocks.source, 'source'),
    textSvg(blocks.version, 'version'),
    '</g>',
    `<g data-role="chart" transform="translate(${num(chart.x)} ${num(chart.y)})">`,
    chartSvg,
    '</g>',
    '</svg>',
  ]
    .filter((s) => s !== '')
    .join('\n');
}
