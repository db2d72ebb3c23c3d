// Browser side of the exports, loaded with import() when a button is used: the SVG renderer, the
// composer and the HTML writer stay out of the first load.
import type { Lang } from '../i18n/lang';
import { chartCsv } from './chartCsv';
import type { ChartExport, ExportStamp } from './chartExport';
import { cleanChartSvg, composeFromLayout, exportFontStack } from './composeChartSvg';
import { exportFileName } from './fileName';
import { imagePages, type ImagePage } from './imagePages';
import { citeLine, sourceLine, versionLine } from './imageParts';
import type { OfficeChart, OfficeImage } from './office/officeChart';
import { withPngDpi } from './pngDpi';
import { customPreset, presetDpi, PRESETS, type ImagePreset } from './presets';
import { renderChartSvg } from './renderChartSvg';
import { selfContainedHtml } from './selfContainedHtml';
import { CSV_MIME } from './spreadsheetSafe';
import type { MeasureText } from './textLayout';

let context: CanvasRenderingContext2D | null | undefined;

/** Real text widths from the browser's fonts (the export's font stack), so wrapped lines fit exactly. */
function measureWithCanvas(lang: Lang): MeasureText {
  return (text, fontSize, bold) => {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) return text.length * fontSize;
    context.font = `${bold ? 'bold ' : ''}${fontSize}px ${exportFontStack(lang)}`;
    return context.measureText(text).width;
  };
}

export interface ImageRequest {
  chart: ChartExport;
  stamp: ExportStamp;
  preset: ImagePreset;
  includeSummary: boolean;
  transparent?: boolean;
}

/** The pages one request makes (one, or several for a chart that continues). */
export function requestPages(request: ImageRequest): ImagePage[] {
  return imagePages(
    request.chart,
    request.stamp,
    request.preset,
    request.includeSummary,
    measureWithCanvas(request.chart.lang),
  );
}

function pageSvg(request: ImageRequest, page: ImagePage, pixelRatio: number): string {
  const { preset, chart } = request;
  return composeFromLayout(
    page.parts,
    page.layout,
    preset,
    (w, h) => renderChartSvg(page.option, w, h, chart.lang),
    {
      pixelWidth: Math.round(preset.width * pixelRatio),
      pixelHeight: Math.round(preset.height * pixelRatio),
      transparent: request.transparent ?? false,
      lang: chart.lang,
    },
  );
}

export function imageSvgs(request: ImageRequest, pixelRatio = 1): string[] {
  return requestPages(request).map((page) => pageSvg(request, page, pixelRatio));
}

export function imageFileName(
  request: ImageRequest,
  extension: 'png' | 'svg',
  ratio?: number,
  page?: { index: number; count: number },
): string {
  const parts = [
    ...request.chart.fileParts,
    request.preset.fileToken,
    ratio && ratio !== 2 && request.preset.id !== 'custom' ? `${ratio}x` : null,
    page && page.count > 1 ? `${page.index + 1}-${page.count}` : null,
  ];
  return exportFileName(parts, extension);
}

const svgBlob = (svg: string) => new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });

/** One SVG drawn at preset × ratio pixels onto a canvas, encoded as PNG carrying its DPI. */
async function rasterize(svg: string, width: number, height: number, dpi: number, transparent: boolean) {
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas 2d unavailable');
    if (!transparent) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
    }
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
    return withPngDpi(new Uint8Array(await blob.arrayBuffer()), dpi);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Every page of the request as PNG bytes at preset × ratio, with the preset's print DPI. */
export async function imagePngs(request: ImageRequest, ratio: number): Promise<OfficeImage[]> {
  const width = Math.round(request.preset.width * ratio);
  const height = Math.round(request.preset.height * ratio);
  const dpi = presetDpi(request.preset, ratio);
  const out: OfficeImage[] = [];
  for (const svg of imageSvgs(request, ratio)) {
    out.push({
      png: await rasterize(svg, width, height, dpi, request.transparent ?? false),
      widthPx: width,
      heightPx: height,
      dpi,
    });
  }
  return out;
}

const pngBlob = (png: Uint8Array) => new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the download starts asynchronously in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads every page; returns the file names. */
export async function downloadPng(request: ImageRequest, ratio: number): Promise<string[]> {
  const images = await imagePngs(request, ratio);
  return images.map((image, index) => {
    const name = imageFileName(request, 'png', ratio, { index, count: images.length });
    downloadBlob(pngBlob(image.png), name);
    return name;
  });
}

export function downloadSvg(request: ImageRequest): string[] {
  const svgs = imageSvgs(request);
  return svgs.map((svg, index) => {
    const name = imageFileName(request, 'svg', undefined, { index, count: svgs.length });
    downloadBlob(svgBlob(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`), name);
    return name;
  });
}

/** A preview of every page as object URLs (the caller revokes them), with layout facts to tell the user. */
export function previewUrls(request: ImageRequest): { urls: string[]; summaryDropped: boolean } {
  const pages = requestPages(request);
  return {
    urls: pages.map((page) => URL.createObjectURL(svgBlob(pageSvg(request, page, 1)))),
    summaryDropped: pages.some((p) => p.layout.summaryDropped),
  };
}

export type ClipboardResult = 'copied' | 'unsupported' | 'denied';

/**
 * Copies the first page's PNG where the browser allows it: secure context, async clipboard and
 * ClipboardItem with image/png. The blob is passed as a promise so the write starts within the click's
 * user activation.
 */
export async function copyPng(request: ImageRequest, ratio: number): Promise<ClipboardResult> {
  const Item = (globalThis as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (!window.isSecureContext || !navigator.clipboard?.write || !Item) return 'unsupported';
  if (typeof Item.supports === 'function' && !Item.supports('image/png')) return 'unsupported';
  try {
    const first = imagePngs(request, ratio).then((images) => pngBlob(images[0]!.png));
    await navigator.clipboard.write([new Item({ 'image/png': first })]);
    return 'copied';
  } catch {
    return 'denied';
  }
}

export function downloadCsv(chart: ChartExport): string {
  const name = exportFileName([...chart.fileParts, 'data'], 'csv');
  downloadBlob(new Blob([chartCsv(chart)], { type: CSV_MIME }), name);
  return name;
}

export function downloadHtml(chart: ChartExport, stamp: ExportStamp): string {
  const name = exportFileName(chart.fileParts, 'html');
  const svg = renderChartSvg(chart.option, 960, Math.max(240, Math.round(chart.preferredHeight)), chart.lang);
  downloadBlob(
    new Blob([selfContainedHtml(chart, stamp, cleanForHtml(svg))], { type: 'text/html;charset=utf-8' }),
    name,
  );
  return name;
}

/** Chart SVG for inline HTML: scales with the page (viewBox kept, fixed size dropped). */
function cleanForHtml(svg: string): string {
  return cleanChartSvg(svg).replace(/^<svg width="\d+(?:\.\d+)?" height="\d+(?:\.\d+)?"/, '<svg');
}

// ---- Word and PowerPoint -------------------------------------------------------------------------

/** Picture sizes for documents: the chart fills the text column of an A4 page or the body of a wide slide. */
export const OFFICE_PICTURES = {
  docx: customPreset({ width: 16.5, height: 17, unit: 'cm', dpi: 300 }),
  pptx: customPreset({ width: 31.5, height: 11.5, unit: 'cm', dpi: 200 }),
} as const;
export type OfficeFormat = keyof typeof OFFICE_PICTURES;

/**
 * One chart as Word/PowerPoint content: the pictures hold the chart and its colour legend only; the
 * title, subtitle, summary, notes, source and version are editable text around them.
 */
export async function officeChart(
  chart: ChartExport,
  stamp: ExportStamp,
  format: OfficeFormat,
  transparent = false,
): Promise<OfficeChart> {
  const preset = OFFICE_PICTURES[format];
  const measure = measureWithCanvas(chart.lang);
  const pages = imagePages(chart, stamp, preset, false, measure, { bare: true });
  const images: OfficeImage[] = [];
  for (const page of pages) {
    const svg = composeFromLayout(
      page.parts,
      page.layout,
      preset,
      (w, h) => renderChartSvg(page.option, w, h, chart.lang),
      {
        transparent,
        lang: chart.lang,
      },
    );
    images.push({
      png: await rasterize(svg, preset.width, preset.height, presetDpi(preset, 1), transparent),
      widthPx: preset.width,
      heightPx: preset.height,
      dpi: presetDpi(preset, 1),
    });
  }
  return {
    lang: chart.lang,
    title: pages[0]?.title ?? chart.title,
    subtitle: chart.subtitle,
    summary: chart.summary,
    notes: chart.notes,
    sourceLine: sourceLine(chart),
    versionLine: versionLine(chart.lang, stamp),
    citeLine: citeLine(chart, stamp),
    images,
    continuedTitles: pages.slice(1).map((p) => p.title),
  };
}

/** The Word or PowerPoint file for several charts (one or more pages/slides each), downloaded. */
export async function downloadOffice(
  charts: readonly ChartExport[],
  stamp: ExportStamp,
  format: OfficeFormat,
  fileParts: (string | number)[],
  transparent = false,
): Promise<string> {
  const contents: OfficeChart[] = [];
  for (const c of charts) contents.push(await officeChart(c, stamp, format, transparent));
  const bytes =
    format === 'docx'
      ? await (await import('./office/docx')).chartsDocx(contents)
      : await (await import('./office/pptx')).chartsPptx(contents);
  const name = exportFileName(fileParts, format);
  const mime =
    format === 'docx'
      ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      : 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }), name);
  return name;
}

/** A small still of the chart (16:9 at 960 px, first image) as base64, for the embed snippet's fallback. */
export async function fallbackPngBase64(chart: ChartExport, stamp: ExportStamp): Promise<string> {
  const [first] = await imagePngs({ chart, stamp, preset: PRESETS.slide16x9, includeSummary: false }, 0.5);
  if (!first) return '';
  let binary = '';
  for (let i = 0; i < first.png.length; i += 0x8000) {
    binary += String.fromCharCode(...first.png.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
