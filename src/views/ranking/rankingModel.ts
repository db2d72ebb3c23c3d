import type { Indicator } from '../../data/schema';
import { localized, type Lang } from '../../i18n/lang';
import { translate, type MessageKey } from '../../i18n/messages';
import { jurisdictionName, scopesDiffer } from '../../charts/names';
import { jurisdictionRank, LEVEL_GROUPS, levelGroup } from '../../charts/palette';
import { levelGroupName } from '../../i18n/jurisdictionScope';
import { isPerCapitaCandidate, type PerBase } from '../../data/perCapitaBases';
import { perCapitaIndicator, perCapitaRows, type DenominatorRow } from './perCapita';
import { isSmallDenominator, ratePartsOf } from '../../charts/rateParts';
import { formatValue } from '../../i18n/formatValue';
import { comparabilityFlag } from '../comparabilityFlag';
import { definitionPhrase } from '../definitionPhrase';
import { scopeNote } from '../scopeNote';
import type { ModelCatalog, ViewModel } from '../viewModel';
import { hasEarlierYears } from './rankChange';
import { rankingExportData } from './rankingExportData';
import { rankingOption } from './rankingOption';
import type { RankingRow } from './rankingQuery';
import { joinNames, rankingSummary, type RankingTextInput } from './rankingSummary';

export interface RankingState {
  indicator: Indicator;
  /** One year, or 'latest': each body's own latest year. */
  year: number | 'latest';
  /**
   * Why 'latest' is shown: 'fallback' when the year the user would have seen has fewer than two
   * bodies (the default), 'chosen' when the user picked it.
   */
  latestReason?: 'fallback' | 'chosen' | undefined;
  /** Phone layout: rate parts under the value instead of beside it. */
  compact: boolean;
  /** Figures per 100 members / per 10,000 residents (the denominators passed to the model). */
  per?: PerBase | null | undefined;
}

/**
 * The rows the ranking shows, in order: the query's rows, or their per-capita figures re-ranked; ties
 * and bodies without a figure in the one jurisdiction order (palette.ts), not by id. What an embed
 * hashes to check its pin, so it is computed the same way there.
 */
export function rankingRowsShown(
  queryRows: readonly RankingRow[],
  jurisdictions: ModelCatalog['jurisdictions'],
  per: PerBase | null,
  denominators: readonly DenominatorRow[],
  better: Indicator['better'],
) {
  const perCapita = per ? perCapitaRows(queryRows, denominators, per, better) : null;
  const position = jurisdictionRank(jurisdictions);
  // A body lacking only the base is named in a note, not drawn or summed up as "no data".
  const withoutBase = new Set(perCapita?.withoutBase ?? []);
  const rows = [...(perCapita?.rows ?? queryRows)]
    .filter((r) => !withoutBase.has(r.jurisdiction_id))
    .sort(
      (a, b) =>
        (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
        position(a.jurisdiction_id) - position(b.jurisdiction_id),
    );
  return { rows, perCapita };
}

/** Bar height per drawn row, plus the axis margin. */
export const RANKING_ROW_HEIGHT = 52;

/**
 * The ranking as one object: title, notes, option, summary, table and pin, from the query's rows.
 * `rows` null: still loading (texts only, no chart).
 */
export function rankingModel(
  state: RankingState,
  queryRows: readonly RankingRow[] | null,
  { catalog, jurisdictions, indicators }: ModelCatalog,
  lang: Lang,
  /** The per-capita base's figures (members, residents) when `state.per` is set; null while loading. */
  denominators: readonly DenominatorRow[] | null = null,
): ViewModel {
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const per = state.per && denominators ? state.per : null;
  const shown = queryRows
    ? rankingRowsShown(queryRows, jurisdictions, per, denominators ?? [], state.indicator.better)
    : null;
  const perCapita = shown?.perCapita ?? null;
  const rows = shown?.rows ?? null;
  const { year } = state;
  const indicator = per ? perCapitaIndicator(state.indicator, per) : state.indicator;
  const name = localized(indicator, 'name', lang);
  const unit = localized(indicator, 'unit', lang);
  const rateParts = ratePartsOf(indicator, indicators);
  const latest = year === 'latest';
  const title = latest
    ? t('rankingTitleLatest', { indicator: name })
    : t('rankingTitle', { year, indicator: name });
  const definition = definitionPhrase(localized(indicator, 'definition', lang));
  const subtitle = latest
    ? t('rankingSubtitleLatest', { indicator: definition, unit })
    : t('rankingSubtitle', { indicator: definition, unit, year });
  // Unlike things are not ranked: their figures are listed beside the card, in catalog order, unranked.
  const notComparable = indicator.comparable === 'no';
  // A figure flagged not comparable on its own (the indicator being comparable) is listed apart.
  const apart = notComparable ? [] : (rows ?? []).filter((r) => r.value !== null && r.rank === null);
  const kept = rows && apart.length > 0 ? rows.filter((r) => !apart.includes(r)) : rows;
  const shownRows = kept && notComparable ? kept.map((r) => ({ ...r, rank: null, prev_rank: null })) : kept;
  const input: RankingTextInput | null = shownRows
    ? { rows: shownRows, jurisdictions, indicator, year, lang, rateParts }
    : null;
  const all = kept ?? [];
  const drawn = all.filter((r) => r.value !== null);
  // Figures whose own scope differs from the indicator's: each carries its reason.
  const ownFlags = all.filter(
    (r) => r.value !== null && r.comparable === 'partly' && indicator.comparable !== 'partly',
  );
  const names = (list: readonly RankingRow[]) =>
    joinNames(
      list.map((r) => jurisdictionName(r.jurisdiction_id, jurisdictions, lang)),
      lang,
    );
  const missing = all.filter((r) => r.value === null);
  // Bodies lacking only the per-capita base have their own note.
  const missingPlain = missing.filter((r) => !perCapita?.withoutBase.includes(r.jurisdiction_id));
  // A per-capita denominator (hundreds of members, a population) is not a rate's small base.
  const small = per ? [] : drawn.filter((r) => isSmallDenominator(r.denominator));
  const comparability = localized(indicator, 'comparability', lang);

  const yearNote = (): string | false => {
    if (!rows) return false;
    if (notComparable) return latest && state.latestReason === 'fallback' ? t('latestNote') : false;
    if (latest) return state.latestReason === 'fallback' ? t('latestNote') : t('latestChosenNote');
    if (per) return t('perNoRankChange');
    if (drawn.length === 1) return t('rankingOneBodyNote', { year });
    if (hasEarlierYears(rows)) return t('changeNote');
    // Only true when no body, listed or not, has an earlier year of this indicator.
    return all.some((r) => r.prev_year !== null) ? t('noRankChangeYet') : t('noEarlierYears');
  };
  // "◐ 嵊州：reason" — the key to the ◐ drawn on that body's bar, on screen and in every export.
  const ownFlagNotes = ownFlags.map((r) =>
    t('labelled', {
      label: `◐ ${jurisdictionName(r.jurisdiction_id, jurisdictions, lang)}`,
      text: localized(r, 'comparability', lang),
    }),
  );
  const notes = [
    comparability && `⚠ ${comparability}`,
    ...ownFlagNotes,
    ...apart.map((r) =>
      t('labelled', {
        label: `⊘ ${figureLine(r)}`,
        text: `${t('notComparableNotRanked')}${t('partSep')}${localized(r, 'comparability', lang)}`,
      }),
    ),
    yearNote(),
    rateParts &&
      t('rateNote', {
        numerator: localized(rateParts.numerator, 'name', lang),
        denominator: localized(rateParts.denominator, 'name', lang),
      }),
    small.length > 0 && t('smallDenominatorNote', { names: names(small) }),
    per &&
      t(per === 'members' ? 'perNoteMembers' : 'perNoteResidents', {
        indicator: localized(state.indicator, 'name', lang),
      }),
    perCapita &&
      perCapita.withoutBase.length > 0 &&
      t(per === 'members' ? 'perWithoutBaseMembers' : 'perWithoutBaseResidents', {
        names: joinNames(
          perCapita.withoutBase.map((id) => jurisdictionName(id, jurisdictions, lang)),
          lang,
        ),
      }),
    // Totals of bodies of different levels mostly say how big each is: said where no base divides them.
    !per &&
      !notComparable &&
      isPerCapitaCandidate(indicator) &&
      scopesDiffer(
        drawn.map((r) => r.jurisdiction_id),
        jurisdictions,
      ) &&
      t('sizeNote'),
    indicator.better === 'none' && t('betterNone'),
    indicator.better === 'lower' && t('betterLower'),
    drawn.some((r) => r.qualifier && r.qualifier !== 'exact') && t('atLeastNote'),
    missingPlain.length > 0 && drawn.length > 0 && t('noDataLine', { names: names(missingPlain) }),
    drawn.length > 0 && !notComparable && t('openProfileHint'),
  ].filter((n): n is string => typeof n === 'string' && n !== '');

  function figureLine(r: RankingRow): string {
    const value = formatValue(r.value!, r.qualifier, unit, lang);
    const withYear = r.year !== null ? t('summaryValueYear', { value, year: r.year }) : value;
    const who = jurisdictionName(r.jurisdiction_id, jurisdictions, lang);
    return lang === 'zh' ? `${who}${withYear}` : `${who} ${withYear}`;
  }
  function notRankedSummary(): string {
    const lead = latest
      ? t('summaryLeadLatest', { indicator: name })
      : t('summaryLead', { year, indicator: name });
    return t('notRankedSummary', { lead, list: drawn.map(figureLine).join(t('listSep')) }) + t('end');
  }

  const exported = input ? rankingExportData(input, catalog.sources) : null;
  // The embed recomputes the same per-capita figures: the base is one of the pinned parameters.
  const withPin =
    exported && exported.pin && per
      ? { ...exported, pin: { ...exported.pin, params: { ...exported.pin.params, per } } }
      : exported;
  // An image or a print draws the ◐ on a bar: it carries the key to it, right after the indicator's note.
  const exportData = withPin
    ? ownFlagNotes.length > 0
      ? {
          ...withPin,
          notes: [
            ...(withPin.notes ?? []).filter((n) => n.startsWith('⚠')),
            ...ownFlagNotes,
            ...(withPin.notes ?? []).filter((n) => !n.startsWith('⚠')),
          ],
        }
      : withPin
    : { table: { header: [], rows: [] }, sources: [], fileParts: [name] };
  // Bodies of several levels: the note above the chart groups them by level (the bars carry the same
  // tinted level badge), and says the one rank runs across levels; else the plain level/body note.
  const byLevel = LEVEL_GROUPS.map((g) =>
    drawn.filter((r) => {
      const j = jurisdictions.get(r.jurisdiction_id);
      return j !== undefined && levelGroup(j) === g;
    }),
  ).filter((list) => list.length > 0);
  const levelNote =
    byLevel.length > 1 &&
    t('levelGroupsNote', {
      groups: byLevel
        .map((list) =>
          t('labelled', {
            label: levelGroupName(jurisdictions.get(list[0]!.jurisdiction_id)!, lang),
            text: names(list),
          }),
        )
        .join(t('levelGroupSep')),
    });
  return {
    id: 'ranking',
    title,
    subtitle,
    scopeNote:
      (notComparable ? undefined : levelNote) ||
      (scopeNote(
        drawn.map((r) => r.jurisdiction_id),
        jurisdictions,
        lang,
      ) ??
        ''),
    summary: !input ? '' : notComparable ? notRankedSummary() : rankingSummary(input),
    flag: comparabilityFlag(indicator, lang),
    list:
      notComparable && drawn.length > 0
        ? { label: t('notRankedList'), items: drawn.map(figureLine) }
        : undefined,
    notes,
    chart:
      input && drawn.length > 0 && !notComparable
        ? {
            option: rankingOption(input, { compact: state.compact }),
            height: drawn.length * RANKING_ROW_HEIGHT + 24,
            testId: 'ranking-chart',
            // Images use the desktop layout whatever the window (the phone layout stacks labels for 360 px).
            exportLayout: { option: () => rankingOption(input, { compact: false }) },
          }
        : null,
    export: exportData,
  };
}
