import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/messages';
import type { ChartExport, ExportStamp, LegendItem } from './chartExport';

/** The texts an exported image carries around its chart. */
export interface ImageParts {
  title: string;
  subtitle: string;
  /** null: the summary is left out of the image. */
  summary: string | null;
  notes: string[];
  sourceLine: string;
  versionLine: string;
  /** Colour key drawn under the chart (the matrix's rank tiers). */
  legend?: LegendItem[] | undefined;
}

/** A content hash is shown by its first 12 characters; the bundled data by name. */
export function dataVersionLabel(dataVersion: string, lang: Lang): string {
  if (dataVersion === 'bundled') return translate(lang, 'exportBundledData');
  return dataVersion.length > 12 ? dataVersion.slice(0, 12) : dataVersion;
}

export function sourceLine(chart: Pick<ChartExport, 'sources' | 'lang'>): string {
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string>) => translate(chart.lang, k, v);
  return chart.sources.length > 0
    ? t('exportSourceLine', { sources: chart.sources.join(t('exportSourceSep')) })
    : t('exportSourceUnknown');
}

export function versionLine(lang: Lang, stamp: ExportStamp): string {
  return translate(lang, 'exportVersionLine', {
    version: dataVersionLabel(stamp.dataVersion, lang),
    date: stamp.date,
    app: translate(lang, 'appTitle'),
  });
}

/** The data version as a citation names it: bundled data or a version hash, with its date when known. */
export function citedVersion(lang: Lang, stamp: ExportStamp): string {
  const bundled = stamp.origin === 'bundled' || stamp.dataVersion === 'bundled';
  const version = dataVersionLabel(stamp.dataVersion, lang);
  const kind = bundled ? 'Bundled' : stamp.origin === 'published' ? 'Published' : 'Version';
  if (stamp.dataDate) {
    return translate(lang, `cite${kind}Dated`, { version, date: stamp.dataDate });
  }
  return translate(lang, `cite${kind}`, { version });
}

/** "Cite this chart": title, app, data version (and its date), export date. */
export function citeLine(chart: Pick<ChartExport, 'title' | 'lang'>, stamp: ExportStamp): string {
  return translate(chart.lang, 'citeLine', {
    title: chart.title.replace(/[。.]+$/u, ''),
    app: translate(chart.lang, 'appTitle'),
    version: citedVersion(chart.lang, stamp),
    date: stamp.date,
  });
}

export function imageParts(chart: ChartExport, stamp: ExportStamp, includeSummary: boolean): ImageParts {
  return {
    title: chart.title,
    subtitle: chart.subtitle,
    summary: includeSummary && chart.summary ? chart.summary : null,
    notes: chart.notes,
    sourceLine: sourceLine(chart),
    versionLine: versionLine(chart.lang, stamp),
    legend: chart.layout?.legend,
  };
}
