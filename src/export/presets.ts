// Export sizes for slides, Word documents and social posts. `zoom` draws the chart's on-screen sizes
// (14 px labels, 28 px bars) larger by that factor, so text stays readable on a projected slide or a
// printed page: the image is composed in a logical box of width/zoom × height/zoom.

export const PRESET_IDS = ['slide16x9', 'slide4x3', 'a4', 'square'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface ImagePreset {
  id: PresetId;
  /** Nominal size in CSS pixels (a PNG at pixel ratio r is width·r × height·r). */
  width: number;
  height: number;
  zoom: number;
  /** Short token for file names. */
  fileToken: string;
}

export const PRESETS: Record<PresetId, ImagePreset> = {
  slide16x9: { id: 'slide16x9', width: 1920, height: 1080, zoom: 1.5, fileToken: '16x9' },
  slide4x3: { id: 'slide4x3', width: 1600, height: 1200, zoom: 1.25, fileToken: '4x3' },
  // A4 portrait at 150 dpi (210 × 297 mm); at 2× it is 300 dpi print quality.
  a4: { id: 'a4', width: 1240, height: 1754, zoom: 1.55, fileToken: 'A4' },
  square: { id: 'square', width: 1080, height: 1080, zoom: 1.35, fileToken: '1x1' },
};

export const PIXEL_RATIOS = [2, 3] as const;
export type PixelRatio = (typeof PIXEL_RATIOS)[number];

/** The logical box the image is laid out in (fractional heights are fine: SVG viewBoxes accept them). */
export function logicalSize(preset: ImagePreset): { width: number; height: number } {
  return { width: preset.width / preset.zoom, height: preset.height / preset.zoom };
}
