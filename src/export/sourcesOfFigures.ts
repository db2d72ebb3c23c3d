import type { Source } from '../data/schema';
import type { Lang } from '../i18n/lang';
import { sourceTitles } from './sourceTitles';

/**
 * Source titles of figures whose query rows carry no file name (trend, matrix): the reports of the
 * same jurisdiction and year, in the order the figures are shown.
 */
export function sourcesOfFigures(
  figures: readonly { jurisdiction_id: string; year: number }[],
  sources: readonly Source[],
  lang: Lang,
): string[] {
  const files = figures.flatMap((f) =>
    sources.filter((s) => s.jurisdiction_id === f.jurisdiction_id && s.year === f.year).map((s) => s.file),
  );
  return sourceTitles(files, sources, lang);
}

/** The source of one figure (a table row): its jurisdiction's reports of that year, '' when none. */
export function sourceOfFigure(
  figure: { jurisdiction_id: string; year: number } | null,
  sources: readonly Source[],
  lang: Lang,
): string {
  return figure ? sourcesOfFigures([figure], sources, lang).join(lang === 'zh' ? '；' : '; ') : '';
}
