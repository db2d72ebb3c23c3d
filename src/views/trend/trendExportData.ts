import { jurisdictionName } from '../../charts/names';
import { trendYears } from './trendOption';
import { pointsBySelected, type TrendTextInput } from './trendSummary';
import type { Source } from '../../data/schema';
import { jurisdictionScope } from '../../i18n/jurisdictionScope';
import { localized } from '../../i18n/lang';
import { translate } from '../../i18n/messages';
import type { TrendPoint } from './trendQuery';
import type { TrendMode } from '../../app/urlState';
import { FULL_RANGE, trendSeries, type TrendRange } from './trendMeasure';
import type { ChartExportData, PinnedRows } from '../../export/chartExport';
import { qualifierLabel } from '../../export/qualifierLabel';
import { sourceOfFigure, sourcesOfFigures } from '../../export/sourcesOfFigures';

/** The points the trend chart draws, per selected jurisdiction in display order, years ascending. */
export function trendShownPoints(input: Pick<TrendTextInput, 'points' | 'selected'>): TrendPoint[] {
  return [...pointsBySelected(input).values()].flat();
}

/**
 * What a trend embed pins: the indicator, the jurisdictions in order, the mode and range when not the
 * default, and the reported figures the drawn points are computed from (in a change, the previous
 * year's too).
 */
export function trendPin(input: {
  points: readonly TrendPoint[];
  selected: readonly string[];
  indicator: { id: string };
  mode?: TrendMode;
  range?: TrendRange;
}): PinnedRows & { rows: TrendPoint[] } {
  const mode = input.mode ?? 'value';
  const range = input.range ?? FULL_RANGE;
  const used = trendSeries(input.points, input.selected, mode, range).used;
  const rows = trendShownPoints({ points: used, selected: input.selected }).map(
    ({ jurisdiction_id, year, value, qualifier, numerator, denominator, quote }) => ({
      jurisdiction_id,
      year,
      value,
      qualifier,
      numerator,
      denominator,
      quote,
    }),
  );
  return {
    view: 'trend',
    params: {
      indicator: input.indicator.id,
      jurisdictions: input.selected.join(','),
      ...(mode !== 'value' ? { mode } : {}),
      ...(range.from !== null ? { from: range.from } : {}),
      ...(range.to !== null ? { to: range.to } : {}),
    },
    rows,
  };
}

/**
 * The trend's data for export in the chart's shape: one row per line and year, from the first to the
 * last year drawn, a year without a figure as an empty value marked 无数据 (a gap, never 0).
 */
export function trendExportData(
  input: TrendTextInput,
  sources: readonly Source[],
  pin: PinnedRows = trendPin(input),
): ChartExportData {
  const { indicator, lang, jurisdictions } = input;
  const mode = input.mode ?? 'value';
  const relative = mode !== 'value';
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const unit = localized(indicator, 'unit', lang);
  const comparability = localized(indicator, 'comparability', lang);
  // Every selected body is listed, those without any figure too (their rows say 无数据), as the
  // summary names them.
  const drawn = [...pointsBySelected(input)];
  const shown = drawn.flatMap(([, list]) => list);
  // The reported figures behind the table are the pinned rows: in a change or index, a year drawn
  // without a computed value (the first year, the year after a gap) still lists its figure.
  const reported = new Map(
    (pin.rows as TrendPoint[]).map((r) => [`${r.jurisdiction_id}|${r.year}`, r] as const),
  );
  const years = input.years ? [...input.years] : trendYears(shown);

  return {
    sources: sourcesOfFigures([...reported.values()], sources, lang),
    fileParts: [localized(indicator, 'name', lang), t('exportViewTrend')],
    notes: [
      ...(comparability ? [`⚠ ${comparability}`] : []),
      ...([...reported.values()].some((p) => p.qualifier !== 'exact') ? [t('atLeastNote')] : []),
    ],
    pin,
    table: {
      header: [
        t('exportColJurisdiction'),
        t('exportColScope'),
        t('year'),
        t('value'),
        t('exportColQualifier'),
        // A change or an index: what the chart shows beside the reported figure, and what it compares.
        ...(relative
          ? [
              mode === 'change' ? t('trendModeChange') : t('trendModeIndex'),
              t('exportColShownQualifier'),
              t('exportColBaseYear'),
              t('exportColBaseValue'),
            ]
          : []),
        t('exportColUnit'),
        t('exportColNumerator'),
        t('exportColDenominator'),
        t('source'),
        t('exportColQuote'),
      ],
      rows: drawn.flatMap(([id, list]) => {
        const j = jurisdictions.get(id);
        const byYear = new Map(list.map((p) => [p.year, p]));
        return years.map((year) => {
          const p = byYear.get(year);
          const r = reported.get(`${id}|${year}`);
          return [
            jurisdictionName(id, jurisdictions, lang),
            j ? jurisdictionScope(j, lang) : '',
            year,
            r?.value ?? null,
            qualifierLabel(r?.qualifier ?? null, r !== undefined, lang),
            ...(relative
              ? [
                  p ? Number(p.value.toFixed(2)) : null,
                  p ? qualifierLabel(p.qualifier, true, lang) : '',
                  p?.base?.year ?? null,
                  p?.base?.value ?? null,
                ]
              : []),
            unit,
            r?.numerator ?? null,
            r?.denominator ?? null,
            r ? sourceOfFigure(r, sources, lang) : '',
            r?.quote ?? null,
          ];
        });
      }),
    },
  };
}
