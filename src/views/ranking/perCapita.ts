import type { Better, Indicator, Qualifier } from '../../data/schema';
import { perCapitaBase, type PerBase } from '../../data/perCapitaBases';
import type { Connector } from '../../engine/connector';
import { ratioQualifier } from '../../charts/ratioQualifier';
import { localized, type Lang } from '../../i18n/lang';
import { translate } from '../../i18n/messages';
import { useEngineQuery } from '../../queries/useEngineQuery';
import type { RankingRow } from './rankingQuery';

/** One body's denominator (members, residents) in one year, as uploaded. */
export interface DenominatorRow {
  jurisdiction_id: string;
  year: number;
  value: number;
  qualifier: Qualifier;
}

export const DENOMINATORS_SQL = `
SELECT jurisdiction_id, year, value, qualifier FROM observations WHERE indicator_id = $1
ORDER BY jurisdiction_id, year`;

export function fetchDenominators(connector: Connector, indicatorId: string) {
  return connector.query<DenominatorRow>(DENOMINATORS_SQL, [indicatorId]);
}

export function useDenominators(base: PerBase | null) {
  const id = base ? perCapitaBase(base).indicator : '';
  return useEngineQuery('denominators', [id], (c) => (id ? fetchDenominators(c, id) : Promise.resolve([])));
}

/** Two figures are one rank when equal to 12 significant digits (a division may differ in the last bit). */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

export interface PerCapitaResult {
  /** The rows re-ranked on the figure per member / resident; a body without a same-year base has none. */
  rows: RankingRow[];
  /** Bodies with a figure but no denominator in its year (or a zero one): listed, not ranked. */
  withoutBase: string[];
}

/**
 * Divides each body's figure by its denominator of the same year (× the base's scale) and ranks the
 * results with the ranking's rule (standard competition rank, ties share a rank; `better = 'lower'`
 * ranks the smallest first). ≥ figure ÷ exact base stays ≥; a ≥ base or ≈ anywhere gives ≈ (see
 * ratioQualifier). Rank changes are not carried over: the earlier ranks were of the totals.
 */
export function perCapitaRows(
  rows: readonly RankingRow[],
  denominators: readonly DenominatorRow[],
  base: PerBase,
  better: Better,
): PerCapitaResult {
  const { scale } = perCapitaBase(base);
  const at = new Map(denominators.map((d) => [`${d.jurisdiction_id}|${d.year}`, d]));
  const withoutBase: string[] = [];
  const computed = rows.map((r): RankingRow => {
    const none = { ...r, value: null, qualifier: null, rank: null, numerator: null, denominator: null };
    const cleared = { prev_year: null, prev_rank: null, prev_value: null };
    if (r.value === null || r.year === null || r.qualifier === null) return { ...none, ...cleared };
    const d = at.get(`${r.jurisdiction_id}|${r.year}`);
    if (!d || d.value <= 0) {
      withoutBase.push(r.jurisdiction_id);
      return { ...none, ...cleared };
    }
    return {
      ...r,
      ...cleared,
      value: (r.value / d.value) * scale,
      qualifier: ratioQualifier(r.qualifier, d.qualifier),
      numerator: r.value,
      denominator: d.value,
    };
  });
  const sign = better === 'lower' ? 1 : -1;
  const ranked = computed.filter((r) => r.value !== null).sort((a, b) => sign * (a.value! - b.value!));
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    r.rank = prev && same(prev.value!, r.value!) ? prev.rank : i + 1;
  });
  return {
    rows: [...ranked, ...computed.filter((r) => r.value === null)],
    withoutBase,
  };
}

/** The indicator as the per-capita ranking names it: "立案提案（每百名委员）", unit "件/百名委员". */
export function perCapitaIndicator(indicator: Indicator, base: PerBase): Indicator {
  const k = base === 'members' ? 'Members' : 'Residents';
  const text = (lang: Lang) => ({
    name: translate(lang, `perName${k}`, { indicator: localized(indicator, 'name', lang) }),
    unit: translate(lang, `perUnit${k}`, { unit: localized(indicator, 'unit', lang) }),
  });
  const [zh, en] = [text('zh'), text('en')];
  return { ...indicator, name_zh: zh.name, name_en: en.name, unit_zh: zh.unit, unit_en: en.unit };
}
