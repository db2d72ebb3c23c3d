// Browser side of the exports, loaded with import() when a button is used: the SVG renderer, the
// composer and the HTML writer stay out of the first load.
import { chartCsv } from './chartCsv';
import type { ChartExport, ExportStamp } from './chartExport';
import { cleanChartSvg, composeChartSvg, EXPORT_FONT_STACK } from './composeChartSvg';
import { exportFileName } from './fileName';
import { imageParts } from './imageParts';
import type { ImagePreset, PixelRatio } from './presets';
import { renderChartSvg } from './renderChartSvg';
import { selfContainedHtml } from './selfContainedHtml';
import { CSV_MIME } from './spreadsheetSafe';
import type { MeasureText } from './textLayout';

let context: CanvasRenderingContext2D | null | undefined;

/** Real text widths from the browser's fonts, so wrapped lines fit the image exactly. */
const measureWithCanvas: MeasureText = (text, fontSize, bold) => {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontSize;
  context.font = `${bold ? 'bold ' : ''}${fontSize}px ${EXPORT_FONT_STACK}`;
  return context.measureText(text).width;
};

export interface ImageRequest {
  chart: ChartExport;
  stamp: ExportStamp;
  preset: ImagePreset;
  includeSummary: boolean;
}

export function imageSvg({ chart, stamp, preset, includeSummary }: ImageRequest, pixelRatio = 1): string {
  return composeChartSvg(
    imageParts(chart, stamp, includeSummary),
    preset,
    (w, h) => renderChartSvg(chart.option, w, h),
    {
      pixelWidth: preset.width * pixelRatio,
      pixelHeight: preset.height * pixelRatio,
      measure: measureWithCanvas,
    },
  );
}

export function imageFileName(request: ImageRequest, extension: 'png' | 'svg', ratio?: PixelRatio): string {
  const parts = [
    ...request.chart.fileParts,
    request.preset.fileToken,
    ratio && ratio !== 2 ? `${ratio}x` : null,
  ];
  return exportFileName(parts, extension);
}

const svgBlob = (svg: string) => new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });

/** The SVG drawn at preset × ratio pixels onto a white canvas: one code path for SVG and PNG. */
export async function imagePng(request: ImageRequest, ratio: PixelRatio): Promise<Blob> {
  const width = request.preset.width * ratio;
  const height = request.preset.height * ratio;
  const url = URL.createObjectURL(svgBlob(imageSvg(request, ratio)));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas 2d unavailable');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

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

export async function downloadPng(request: ImageRequest, ratio: PixelRatio): Promise<string> {
  const name = imageFileName(request, 'png', ratio);
  downloadBlob(await imagePng(request, ratio), name);
  return name;
}

export function downloadSvg(request: ImageRequest): string {
  const name = imageFileName(request, 'svg');
  downloadBlob(svgBlob(`<?xml version="1.0" encoding="UTF-8"?>\n${imageSvg(request)}`), name);
  return name;
}

/** A preview of the image as an object URL (the caller revokes it). */
export function previewUrl(request: ImageRequest): string {
  return URL.createObjectURL(svgBlob(imageSvg(request)));
}

export type ClipboardResult = 'copied' | 'unsupported' | 'denied';

/**
 * Copies the PNG where the browser allows it: secure context, async clipboard and ClipboardItem with
 * image/png. The blob is passed as a promise so the write starts within the click's user activation.
 */
export async function copyPng(request: ImageRequest, ratio: PixelRatio): Promise<ClipboardResult> {
  const Item = (globalThis as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (!window.isSecureContext || !navigator.clipboard?.write || !Item) return 'unsupported';
  if (typeof Item.supports === 'function' && !Item.supports('image/png')) return 'unsupported';
  try {
    await navigator.clipboard.write([new Item({ 'image/png': imagePng(request, ratio) })]);
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
  const svg = renderChartSvg(chart.option, 960, Math.max(240, Math.round(chart.preferredHeight)));
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
