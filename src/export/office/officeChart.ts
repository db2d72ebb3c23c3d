import type { Lang } from '../../i18n/lang';

/** One picture of a chart: PNG bytes with the resolution they were drawn at (their pHYs). */
export interface OfficeImage {
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
  dpi: number;
}

/**
 * What a Word page or PowerPoint slide shows for one chart: plain texts and images, independent of how
 * the view computed them. A chart that continues ("续") over several images has one per page/slide.
 */
export interface OfficeChart {
  lang: Lang;
  title: string;
  subtitle: string;
  /** The generated summary: the image's alt text and its caption. */
  summary: string;
  notes: string[];
  sourceLine: string;
  versionLine: string;
  citeLine: string;
  images: OfficeImage[];
  /** Titles of the second and later images ("…（续，2/3）"), one per image after the first. */
  continuedTitles: string[];
}

/** Physical size of an image in inches, from its pixels and DPI. */
export function inchesOf(image: OfficeImage): { width: number; height: number } {
  return { width: image.widthPx / image.dpi, height: image.heightPx / image.dpi };
}

/** Scales (w, h) down to fit (maxW, maxH), never up. */
export function fitInside(
  size: { width: number; height: number },
  maxWidth: number,
  maxHeight: number,
): { width: number; height: number } {
  const k = Math.min(1, maxWidth / size.width, maxHeight / size.height);
  return { width: size.width * k, height: size.height * k };
}

/** Title of image `i` of a chart. */
export function titleOfImage(chart: OfficeChart, i: number): string {
  return i === 0 ? chart.title : (chart.continuedTitles[i - 1] ?? chart.title);
}
