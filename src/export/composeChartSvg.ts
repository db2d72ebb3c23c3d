import type { ImageParts } from './imageParts';
import { escapeMarkup, stripXmlInvalid } from './markup';
import { logicalSize, type ImagePreset } from './presets';
import { estimateTextWidth, wrapText, type MeasureText } from './textLayout';

/** Local fonts only (no font is embedded or fetched); the CJK faces Windows, macOS and Linux ship. */
export const EXPORT_FONT_STACK =
  "'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','Source Han Sans SC','Noto Sans SC','Hiragino Sans GB',sans-serif";

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

export interface ImageLayout {
  width: number;
  height: number;
  accent: Box;
  rule: Box;
  blocks: Record<'title' | 'subtitle' | 'summary' | 'notes' | 'source' | 'version', TextBlock>;
  chart: Box;
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
    maxLines: number;
    lineHeight?: number;
  },
  measure: MeasureText,
): TextBlock {
  const bold = opts.bold ?? false;
  const lines = text
    ? wrapText(text, {
        maxWidth: opts.maxWidth,
        fontSize: opts.fontSize,
        bold,
        maxLines: opts.maxLines,
        measure,
      })
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

/**
 * Where each part goes in the preset's logical box: header (accent, title, subtitle) on top; under the
 * chart its summary and notes; under a rule the source and the data version with the date. The chart
 * gets what is left; on a crowded page the summary and notes give up lines before the chart shrinks
 * below a third of the page.
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
      maxLines: 2,
      lineHeight: 1.3,
    },
    measure,
  );
  const subtitle = block(
    parts.subtitle,
    { x: margin, y: title.y + heightOf(title) + 4, maxWidth: inner, fontSize: 15, color: MUTED, maxLines: 2 },
    measure,
  );
  const chartTop = subtitle.y + heightOf(subtitle) + 16;

  const attempt = (summaryLines: number, noteLines: number) => {
    const version = block(
      parts.versionLine,
      { x: margin, y: 0, maxWidth: inner, fontSize: 12, color: FAINT, maxLines: 1 },
      measure,
    );
    const source = block(
      parts.sourceLine,
      { x: margin, y: 0, maxWidth: inner, fontSize: 13, color: MUTED, maxLines: 3 },
      measure,
    );
    const notes = block(
      parts.notes.join('\n'),
      { x: margin, y: 0, maxWidth: inner, fontSize: 12.5, color: NOTE, maxLines: noteLines },
      measure,
    );
    const summary = block(
      parts.summary ?? '',
      { x: margin, y: 0, maxWidth: inner, fontSize: 16, color: INK, maxLines: summaryLines, lineHeight: 1.5 },
      measure,
    );
    version.y = height - margin - heightOf(version);
    source.y = version.y - 2 - heightOf(source);
    const rule = { x: margin, y: source.y - 12, width: inner, height: 1 };
    notes.y = rule.y - 12 - heightOf(notes);
    summary.y = notes.y - (heightOf(notes) > 0 ? 6 : 0) - heightOf(summary);
    const chartBottom = summary.y - (heightOf(summary) > 0 ? 12 : 4);
    return {
      version,
      source,
      rule,
      notes,
      summary,
      chart: { x: margin, y: chartTop, width: inner, height: chartBottom - chartTop },
    };
  };

  let footer = attempt(4, 4);
  if (footer.chart.height < height / 3) footer = attempt(2, 2);
  if (footer.chart.height < height / 3) footer = attempt(1, 1);

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
    chart: { ...footer.chart, height: Math.max(footer.chart.height, 80) },
  };
}

const num = (n: number) => String(Math.round(n * 100) / 100);

function textSvg(b: TextBlock): string {
  return b.lines
    .map((line, i) => {
      // Alphabetic baseline (what Word and PowerPoint support best), centred in the line box.
      const baseline = b.y + i * b.lineHeight + (b.lineHeight - b.fontSize) / 2 + b.fontSize * 0.86;
      const weight = b.bold ? ' font-weight="bold"' : '';
      return `<text x="${num(b.x)}" y="${num(baseline)}" font-size="${num(b.fontSize)}" fill="${b.color}"${weight}>${escapeMarkup(line)}</text>`;
    })
    .join('\n');
}

/** ECharts' SVG minus its hover-only stylesheet (an image has no hover), with XML-invalid characters removed. */
export function cleanChartSvg(svg: string): string {
  return stripXmlInvalid(svg).replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
}

/**
 * The exported image as one SVG document: white page, header, the chart drawn by `renderChart` into
 * its box, footer. `pixelWidth`/`pixelHeight` set the nominal size (the preset's, or preset × ratio when
 * the SVG is rasterised to PNG); the drawing itself is in the logical box.
 */
// XML namespace names, required for a standalone .svg file to be read as SVG. They are identifiers,
// never fetched: the image makes no request (the end-to-end tests open it and count requests).
const SVG_NS = 'http://www.w3.org/2000/svg';
// The embedded ECharts chart may write xlink:href; without this declaration the file is not valid XML.
const XLINK_NS = 'http://www.w3.org/1999/xlink';

export function composeChartSvg(
  parts: ImageParts,
  preset: ImagePreset,
  renderChart: (width: number, height: number) => string,
  options: { pixelWidth?: number; pixelHeight?: number; measure?: MeasureText } = {},
): string {
  const layout = layoutImage(parts, preset, options.measure);
  const { chart, blocks } = layout;
  const chartSvg = cleanChartSvg(renderChart(Math.round(chart.width), Math.round(chart.height)));
  const pixelWidth = options.pixelWidth ?? preset.width;
  const pixelHeight = options.pixelHeight ?? preset.height;
  return [
    `<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}" version="1.1" width="${pixelWidth}" height="${pixelHeight}" viewBox="0 0 ${num(layout.width)} ${num(layout.height)}" role="img" aria-label="${escapeMarkup(parts.title)}">`,
    `<title>${escapeMarkup(parts.title)}</title>`,
    parts.summary ? `<desc>${escapeMarkup(parts.summary)}</desc>` : '',
    `<rect x="0" y="0" width="${num(layout.width)}" height="${num(layout.height)}" fill="#ffffff"/>`,
    `<rect x="${num(layout.accent.x)}" y="${num(layout.accent.y)}" width="${layout.accent.width}" height="${layout.accent.height}" fill="${ACCENT}"/>`,
    `<g font-family="${EXPORT_FONT_STACK.replace(/"/g, '&quot;')}">`,
    textSvg(blocks.title),
    textSvg(blocks.subtitle),
    textSvg(blocks.summary),
    textSvg(blocks.notes),
    `<rect x="${num(layout.rule.x)}" y="${num(layout.rule.y)}" width="${num(layout.rule.width)}" height="1" fill="${RULE}"/>`,
    textSvg(blocks.source),
    textSvg(blocks.version),
    '</g>',
    `<g transform="translate(${num(chart.x)} ${num(chart.y)})">`,
    chartSvg,
    '</g>',
    '</svg>',
  ]
    .filter((s) => s !== '')
    .join('\n');
}
