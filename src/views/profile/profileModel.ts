import { jurisdictionName, scopeOf } from '../../charts/names';
import { localized, type Lang } from '../../i18n/lang';
import { translate, type MessageKey } from '../../i18n/messages';
import { qualifierLabel } from '../../export/qualifierLabel';
import { sourcesOfFigures } from '../../export/sourcesOfFigures';
import type { ModelCatalog, ViewModel } from '../viewModel';
import type { ProfileRow } from './profileQuery';
import { profileSummary } from './profileSummary';

export interface ProfileState {
  jurisdictionId: string;
}

/**
 * One jurisdiction's profile as one object: texts, and its figures as the export table (indicator,
 * year, value, qualifier, unit, rank among the bodies reporting that year, source, quote). It draws
 * no chart: the card shows the table. `rows` null while loading.
 */
export function profileModel(
  { jurisdictionId }: ProfileState,
  rows: readonly ProfileRow[] | null,
  { catalog, jurisdictions, indicators }: ModelCatalog,
  lang: Lang,
): ViewModel {
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const j = jurisdictions.get(jurisdictionId);
  const name = jurisdictionName(jurisdictionId, jurisdictions, lang);
  const categoryName = new Map(catalog.categories.map((c) => [c.id, localized(c, 'name', lang)]));
  const list = rows ?? [];
  return {
    id: 'profile',
    title: t('profileTitle', { name }),
    // Parts a body lacks (a party committee has no parent area, some no province) are left out, so the
    // line never ends in a bare separator.
    subtitle: j
      ? [
          localized(j, 'body_name', lang),
          scopeOf(jurisdictionId, jurisdictions, lang),
          localized(j, 'province', lang),
          localized(j, 'parent', lang),
        ]
          .filter(Boolean)
          .join(' · ')
      : '',
    scopeNote: '',
    summary: rows ? profileSummary({ jurisdictionId, rows, jurisdictions, indicators, lang }) : '',
    notes: list.some((r) => r.qualifier !== 'exact') ? [t('atLeastNote')] : [],
    chart: null,
    export: {
      sources: sourcesOfFigures(
        list.map((r) => ({ jurisdiction_id: jurisdictionId, year: r.year })),
        catalog.sources,
        lang,
      ),
      fileParts: [name, t('tabProfile')],
      table: {
        header: [
          t('overviewColCategory'),
          t('profileColIndicator'),
          t('profileColYear'),
          t('value'),
          t('exportColQualifier'),
          t('exportColUnit'),
          t('profileColRank'),
          t('exportColNumerator'),
          t('exportColDenominator'),
          t('source'),
          t('exportColQuote'),
        ],
        rows: list.map((r) => {
          const ind = indicators.get(r.indicator_id);
          return [
            ind ? (categoryName.get(ind.category) ?? ind.category) : '',
            ind ? localized(ind, 'name', lang) : r.indicator_id,
            r.year,
            r.value,
            qualifierLabel(r.qualifier, true, lang),
            ind ? localized(ind, 'unit', lang) : '',
            profileRankText(r, lang),
            r.numerator,
            r.denominator,
            (lang === 'zh' ? r.title_zh : r.title_en) ?? r.source_file ?? '',
            r.quote,
          ];
        }),
      },
    },
  };
}

/**
 * The rank a profile row states, by the one comparison rule: ⊘ for a figure not comparable, "sole"
 * when nobody else was compared, and the basis when the ranking compares each body's latest year.
 */
export function profileRankText(
  r: Pick<ProfileRow, 'rank' | 'peers' | 'basis' | 'comparable'>,
  lang: Lang,
): string {
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  if (r.rank === null) return `⊘ ${t('notComparableNotRanked')}`;
  if (r.peers <= 1) return t('soleShort');
  const rank = t('rankShort', { rank: r.rank, reporters: r.peers });
  const marked = r.comparable === 'partly' ? `${rank} ◐` : rank;
  return r.basis === 'latest' ? marked + t('profileLatestBasis') : marked;
}
