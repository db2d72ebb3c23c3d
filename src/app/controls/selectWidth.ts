import type { CSSProperties } from 'react';

/**
 * A select's width from its longest option, estimated from the text rather than measured. A select
 * left to size itself measures every option's text at each layout of the page: with a large upload's
 * 540 indicators that was 18 ms per change of value, several times per indicator switch (Chromium,
 * measured). Wide characters (CJK, full-width forms) take about 1 em, the rest about 0.6 em; the arrow
 * and padding about 2.5 em. The CSS keeps it within the row (max-width) and full-width on a phone.
 */
export const MIN_SELECT_EM = 10;
export const MAX_SELECT_EM = 36;
const CHROME_EM = 2.5;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
  return em;
}

export function selectWidthEm(labels: Iterable<string>): number {
  let widest = 0;
  for (const label of labels) widest = Math.max(widest, textEm(label));
  return Math.min(MAX_SELECT_EM, Math.max(MIN_SELECT_EM, Math.ceil(widest + CHROME_EM)));
}

/** The style for a sized select (see `.sized-select` in styles.css). */
export function selectWidthStyle(labels: Iterable<string>): CSSProperties {
  return { ['--select-width' as string]: `${selectWidthEm(labels)}em` };
}
