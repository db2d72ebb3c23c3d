// Export sizes for slides, Word documents and social posts. `zoom` draws the chart's on-screen sizes
// (14 px labels, 28 px bars) larger by that factor, so text stays readable on a projected slide or a
// printed page: the image is composed in a logical box of width/zoom × height/zoom.

export const PRESET_IDS = ['slide16x9', 'slide4x3', 'a4', 'square'] as const;
export type PresetId = (typeof PRESET_IDS)[number] | 'custom';

export interface ImagePreset {
  id: PresetId;
  /** Nominal size in pixels at ratio 1 (a PNG at pixel ratio r is width·r × height·r). */
  width: number;
  height: number;
  zoom: number;
  /** Printed/placed width in inches: gives the PNG's DPI (pHYs) so Word and PowerPoint place it at size. */
  widthInches: number;
  /** Short token for file names. */
  fileToken: string;
}

export const PRESETS: Record<Exclude<PresetId, 'custom'>, ImagePreset> = {
  // A 16:9 slide is 13.333 × 7.5 in, a 4:3 slide 10 × 7.5 in (PowerPoint's defaults).
  slide16x9: {
    id: 'slide16x9',
    width: 1920,
    height: 1080,
    zoom: 1.5,
    widthInches: 13.333,
    fileToken: '16x9',
  },
  slide4x3: { id: 'slide4x3', width: 1600, height: 1200, zoom: 1.25, widthInches: 10, fileToken: '4x3' },
  // A4 portrait at 150 dpi (210 × 297 mm); at 2× it is 300 dpi print quality.
  a4: { id: 'a4', width: 1240, height: 1754, zoom: 1.55, widthInches: 210 / 25.4, fileToken: 'A4' },
  square: { id: 'square', width: 1080, height: 1080, zoom: 1.35, widthInches: 7.5, fileToken: '1x1' },
};

export const PIXEL_RATIOS = [2, 3] as const;
export type PixelRatio = number;

export const CM_PER_INCH = 2.54;
/** CSS pixels per inch: text drawn at 14 logical px prints at 14/96 in (10.5 pt). */
const CSS_PX_PER_INCH = 96;

export type SizeUnit = 'px' | 'cm';

export interface CustomSize {
  width: number;
  height: number;
  unit: SizeUnit;
  dpi: number;
}

export const CUSTOM_LIMITS = { minPx: 200, maxPx: 8000, minDpi: 72, maxDpi: 600 } as const;

/** Why a custom size cannot be used (message key and values), or null when it can. */
export function customSizeProblem(size: CustomSize): { key: 'customSizeInvalid'; max: number } | null {
  const px = customPixels(size);
  const ok =
    Number.isFinite(size.width) &&
    Number.isFinite(size.height) &&
    size.dpi >= CUSTOM_LIMITS.minDpi &&
    size.dpi <= CUSTOM_LIMITS.maxDpi &&
    px.width >= CUSTOM_LIMITS.minPx &&
    px.height >= CUSTOM_LIMITS.minPx &&
    px.width <= CUSTOM_LIMITS.maxPx &&
    px.height <= CUSTOM_LIMITS.maxPx;
  return ok ? null : { key: 'customSizeInvalid', max: CUSTOM_LIMITS.maxPx };
}

export function customPixels(size: CustomSize): { width: number; height: number } {
  const toPx = (v: number) => Math.round(size.unit === 'cm' ? (v / CM_PER_INCH) * size.dpi : v);
  return { width: toPx(size.width), height: toPx(size.height) };
}

/**
 * A preset for a size the user typed: pixels at ratio 1 are the final pixels; the layout box is the
 * physical size in CSS pixels, so its text prints at the same point size as on a 100% screen.
 */
export function customPreset(size: CustomSize): ImagePreset {
  const { width, height } = customPixels(size);
  const widthInches = width / size.dpi;
  // Never below 1: a small logical box would crowd the chart; at low DPI the text stays screen-sized.
  const zoom = Math.max(1, width / (widthInches * CSS_PX_PER_INCH));
  return { id: 'custom', width, height, zoom, widthInches, fileToken: `${width}x${height}` };
}

/** Dots per inch of a PNG drawn from `preset` at `ratio` (what its pHYs chunk says). */
export function presetDpi(preset: ImagePreset, ratio: number): number {
  return Math.round((preset.width * ratio) / preset.widthInches);
}

/** The logical box the image is laid out in (fractional heights are fine: SVG viewBoxes accept them). */
export function logicalSize(preset: ImagePreset): { width: number; height: number } {
  return { width: preset.width / preset.zoom, height: preset.height / preset.zoom };
}
