import Papa from 'papaparse';
import type { Indicator, Jurisdiction, Observation, Source } from '../../src/data/schema';
import { readBundledTexts } from '../../src/data/bundledFilesNode';

/** The bundled CSVs parsed in the test process, so end-to-end tests check the page against the files. */
export function bundledRows() {
  const texts = readBundledTexts();
  const parse = <T>(text: string) =>
    Papa.parse<T>(text, { header: true, skipEmptyLines: true, dynamicTyping: false }).data;
  const observations = parse<Record<keyof Observation, string>>(texts.observations).map((o) => ({
    ...o,
    year: Number(o.year),
    value: Number(o.value),
  }));
  const indicators = parse<Record<keyof Indicator, string>>(texts.indicators).map(
    (i) =>
      ({
        ...i,
        numerator_id: i.numerator_id || null,
        denominator_id: i.denominator_id || null,
        comparability_zh: i.comparability_zh || null,
        comparability_en: i.comparability_en || null,
        comparable: i.comparable || null,
        sort_order: i.sort_order ? Number(i.sort_order) : null,
      }) as unknown as Indicator,
  );
  return {
    texts,
    observations,
    jurisdictions: parse<Jurisdiction>(texts.jurisdictions),
    indicators,
    sources: parse<Record<keyof Source, string>>(texts.sources).map((s) => ({ ...s, year: Number(s.year) })),
  };
}

export type BundledRows = ReturnType<typeof bundledRows>;

/**
 * Every derived rate the bundled figures allow, computed here independently of the app's SQL:
 * numerator ÷ denominator for the same jurisdiction and year, skipped when the denominator is 0.
 */
export function derivedRates(data: BundledRows) {
  const rates: { jurisdiction_id: string; year: number; indicator_id: string; value: number }[] = [];
  for (const rate of data.indicators.filter((i) => i.numerator_id && i.denominator_id)) {
    for (const n of data.observations.filter((o) => o.indicator_id === rate.numerator_id)) {
      const d = data.observations.find(
        (o) =>
          o.indicator_id === rate.denominator_id &&
          o.jurisdiction_id === n.jurisdiction_id &&
          o.year === n.year,
      );
      if (d && d.value > 0) {
        rates.push({
          jurisdiction_id: n.jurisdiction_id,
          year: n.year,
          indicator_id: rate.id,
          value: (100 * n.value) / d.value,
        });
      }
    }
  }
  return rates;
}
