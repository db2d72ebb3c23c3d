import type { EChartsCoreOption } from 'echarts/core';
import type { Indicator } from '../../data/schema';
import { jurisdictionName, scopeOf } from '../../charts/names';
import { jurisdictionColor } from '../../charts/palette';
import { qualifierLabel } from '../../export/qualifierLabel';
import { sourcesOfFigures } from '../../export/sourcesOfFigures';
import { formatNumber, formatValue } from '../../i18n/formatValue';
import { localized, type Lang } from '../../i18n/lang';
import { translate, type MessageKey } from '../../i18n/messages';
import { joinNames } from '../ranking/rankingSummary';
import type { ModelCatalog, ViewModel } from '../viewModel';
import type { OverviewRow } from './overviewQuery';

/** One body's figure on a card, formatted. */
export interface OverviewFigure {
  jurisdictionId: string;
  name: string;
  year: number;
  /** "≥369件" — the qualifier travels with the number. */
  value: string;
  /** null: this figure is not comparable (listed, not ranked). */
  rank: number | null;
  /** The figure's own comparability when it differs from the indicator's, with its reason. */
  flag: { kind: 'partly' | 'no'; reason: string } | null;
}

/** One indicator that several bodies report. */
export interface OverviewCard {
  indicatorId: string;
  name: string;
  kind: 'count' | 'rate';
  /** 'leads' for higher/lower-is-better indicators; 'largest' where higher is not simply better. */
  leaderWord: string;
  /** Rank-1 figures (more than one when tied). */
  leaders: OverviewFigure[];
  /** Every reporting body, in rank order. */
  figures: OverviewFigure[];
  reporters: number;
  /** The figures come from different years. */
  yearsDiffer: boolean;
  /** What the card's ranking opens on: the one year compared, or each body's latest ('latest'). */
  rankingYear: number | 'latest';
  /** 'no': the figures are listed, no leader is named; 'partly': marked, with `comparability` as reason. */
  comparable: 'yes' | 'partly' | 'no';
  comparability: string;
}

export interface OverviewGroup {
  categoryId: string;
  name: string;
  cards: OverviewCard[];
}

export interface OverviewModel extends ViewModel {
  groups: OverviewGroup[];
}

export interface OverviewState {
  compact: boolean;
}

/** Leading means something only where higher (or lower) is better and the bodies count alike. */
const countsTowardLead = (i: Indicator | undefined) =>
  i !== undefined && i.better !== 'none' && i.comparable !== 'no';

/**
 * The landing view: one sentence on who leads where, then a card per indicator that two or more
 * bodies report (grouped by category, in catalog order), each with its leader, every body's figure and
 * year, and whether it is a count or a rate. The chart counts, per body, the indicators it leads.
 */
export function overviewModel(
  state: OverviewState,
  rows: readonly OverviewRow[] | null,
  { catalog, jurisdictions, indicators }: ModelCatalog,
  lang: Lang,
): OverviewModel {
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const name = (id: string) => jurisdictionName(id, jurisdictions, lang);
  const byIndicator = new Map<string, OverviewRow[]>();
  for (const r of rows ?? []) {
    const list = byIndicator.get(r.indicator_id);
    if (list) list.push(r);
    else byIndicator.set(r.indicator_id, [r]);
  }

  const cardOf = (ind: Indicator, list: OverviewRow[]): OverviewCard => {
    const unit = localized(ind, 'unit', lang);
    const comparable = ind.comparable ?? 'yes';
    const figures = list.map((r) => ({
      jurisdictionId: r.jurisdiction_id,
      name: name(r.jurisdiction_id),
      year: r.year,
      value: formatValue(r.value, r.qualifier, unit, lang),
      rank: r.rank,
      flag:
        r.comparable !== 'yes' && r.comparable !== comparable
          ? { kind: r.comparable, reason: localized(r, 'comparability', lang) }
          : null,
    }));
    return {
      indicatorId: ind.id,
      name: localized(ind, 'name', lang),
      kind: ind.numerator_id ? 'rate' : 'count',
      leaderWord: t(
        comparable === 'no'
          ? 'overviewNotRanked'
          : ind.better === 'none'
            ? 'overviewCardLargest'
            : ind.better === 'lower'
              ? 'overviewCardLowest'
              : 'overviewCardLeader',
      ),
      leaders: comparable === 'no' ? [] : figures.filter((f) => f.rank === 1),
      figures,
      // how many bodies report it: for a not-comparable indicator none is ranked (the query's count is 0),
      // but every body listed reports it
      reporters: comparable === 'no' ? list.length : (list[0]?.reporters ?? list.length),
      yearsDiffer: new Set(list.map((r) => r.year)).size > 1,
      rankingYear: list[0]?.basis === 'latest' ? 'latest' : (list[0]?.year ?? 'latest'),
      comparable,
      comparability: localized(ind, 'comparability', lang),
    };
  };

  // Catalog order: categories by their sort order, indicators as the catalog lists them.
  const groups: OverviewGroup[] = [];
  for (const c of catalog.categories) {
    const cards = catalog.indicators
      .filter((i) => i.category === c.id && byIndicator.has(i.id))
      .map((i) => cardOf(i, byIndicator.get(i.id)!));
    if (cards.length > 0) groups.push({ categoryId: c.id, name: localized(c, 'name', lang), cards });
  }
  const cards = groups.flatMap((g) => g.cards);

  // Indicators each body leads (ties count for each), where leading means something.
  const leads = new Map<string, number>();
  for (const card of cards) {
    if (!countsTowardLead(indicators.get(card.indicatorId))) continue;
    for (const f of card.leaders) leads.set(f.jurisdictionId, (leads.get(f.jurisdictionId) ?? 0) + 1);
  }
  const ranked = catalog.jurisdictions
    .map((j) => ({ id: j.id, n: leads.get(j.id) ?? 0 }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const leadCount = cards.filter((c) => countsTowardLead(indicators.get(c.indicatorId))).length;

  const summary = !rows
    ? ''
    : cards.length === 0
      ? t('overviewNoShared')
      : leadCount === 0
        ? t('overviewNoLeader', { n: cards.length })
        : t('overviewLead', {
            n: leadCount,
            leaders: joinNames(
              ranked.map((x) => t('overviewLeaderCount', { name: name(x.id), n: x.n })),
              lang,
            ),
          });

  const option: EChartsCoreOption | null =
    ranked.length > 0
      ? {
          animation: false,
          aria: { enabled: true, label: { description: summary } },
          grid: {
            left: 8,
            right: 48,
            top: 8,
            bottom: 8,
            outerBoundsMode: 'same',
            outerBoundsContain: 'axisLabel',
          },
          xAxis: {
            type: 'value',
            minInterval: 1,
            axisLabel: { formatter: (v: number) => formatNumber(v, lang) },
          },
          yAxis: {
            type: 'category',
            inverse: true,
            data: ranked.map((x) => name(x.id)),
            axisTick: { show: false },
            axisLabel: { fontSize: state.compact ? 12 : 14, color: '#222' },
          },
          series: [
            {
              type: 'bar',
              barMaxWidth: 24,
              name: t('overviewColLeader'),
              data: ranked.map((x) => ({ value: x.n, itemStyle: { color: jurisdictionColor(x.id) } })),
              label: {
                show: true,
                position: 'right',
                fontSize: 13,
                color: '#222',
                formatter: (p: { value: number }) => formatNumber(p.value, lang),
              },
            },
          ],
        }
      : null;

  const title = t('overviewTitle');
  const note = t('overviewNote');
  const exportRows = groups.flatMap((g) =>
    g.cards.flatMap((card) => {
      const ind = indicators.get(card.indicatorId)!;
      return byIndicator
        .get(card.indicatorId)!
        .map((r) => [
          g.name,
          card.name,
          t(card.kind === 'rate' ? 'overviewKindRate' : 'overviewKindCount'),
          name(r.jurisdiction_id),
          scopeOf(r.jurisdiction_id, jurisdictions, lang),
          r.year,
          r.value,
          qualifierLabel(r.qualifier, true, lang),
          localized(ind, 'unit', lang),
          card.comparable === 'no' ? null : r.rank,
          r.reporters,
        ]);
    }),
  );

  return {
    id: 'overview',
    title,
    subtitle: rows ? t('overviewSubtitle', { n: cards.length }) : '',
    scopeNote: '',
    summary,
    notes: rows && cards.length > 0 ? [note] : [],
    chart: option ? { option, height: ranked.length * 40 + 24, testId: 'overview-chart' } : null,
    export: {
      table: {
        header: [
          t('overviewColCategory'),
          t('overviewColIndicator'),
          t('overviewColKind'),
          t('exportColJurisdiction'),
          t('exportColScope'),
          t('profileColYear'),
          t('value'),
          t('exportColQualifier'),
          t('exportColUnit'),
          t('rank'),
          t('exportColReporters'),
        ],
        rows: exportRows,
      },
      sources: sourcesOfFigures(rows ?? [], catalog.sources, lang),
      fileParts: [title],
      notes: [note],
    },
    groups,
  };
}
