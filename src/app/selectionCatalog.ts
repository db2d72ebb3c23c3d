import type { Catalog } from '../data/schema';
import { isPerCapitaCandidate } from '../data/perCapitaBases';
import type { IndicatorReporters, IndicatorYears } from '../queries/catalog';
import type { SelectionCatalog } from './urlState';

export const DEFAULT_INDICATOR = 'proposals_filed';

/** What URL validation needs to know about the loaded data. */
export function buildSelectionCatalog(
  catalog: Catalog & { years: readonly IndicatorYears[]; reporters: readonly IndicatorReporters[] },
): SelectionCatalog {
  const yearsByIndicator = new Map<string, number[]>();
  const allYears = new Set<number>();
  const reportersByYear = new Map<string, number>();
  for (const y of catalog.years) {
    reportersByYear.set(`${y.indicator_id}|${y.year}`, y.jurisdictions);
    yearsByIndicator.set(y.indicator_id, [...(yearsByIndicator.get(y.indicator_id) ?? []), y.year]);
    allYears.add(y.year);
  }
  for (const list of yearsByIndicator.values()) list.sort((a, b) => a - b);
  const ids = new Set(catalog.indicators.map((i) => i.id));
  const rateOf = new Map<string, string>();
  const countOf = new Map<string, string>();
  for (const i of catalog.indicators) {
    // A count is paired with the rate it is the numerator of (answered → answer rate).
    if (i.numerator_id && i.denominator_id && ids.has(i.numerator_id) && !rateOf.has(i.numerator_id)) {
      rateOf.set(i.numerator_id, i.id);
      countOf.set(i.id, i.numerator_id);
    }
  }
  return {
    indicatorIds: ids,
    yearsByIndicator,
    reportersByYear,
    reporters: new Map(catalog.reporters.map((r) => [r.indicator_id, r.jurisdictions])),
    allYears: [...allYears].sort((a, b) => a - b),
    rateOf,
    countOf,
    jurisdictionIds: catalog.jurisdictions.map((j) => j.id),
    categoryIds: new Set(catalog.categories.map((c) => c.id)),
    perCandidates: new Set(catalog.indicators.filter(isPerCapitaCandidate).map((i) => i.id)),
    defaultIndicator: ids.has(DEFAULT_INDICATOR) ? DEFAULT_INDICATOR : (catalog.indicators[0]?.id ?? ''),
  };
}
