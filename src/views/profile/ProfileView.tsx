import { Fragment, useEffect, useMemo, useState } from 'react';
import { jurisdictionName } from '../../charts/names';
import { profileModel, profileRankText } from './profileModel';
import { isSmallDenominator, rateFormula, ratePartsOf } from '../../charts/rateParts';
import type { Catalog, Qualifier } from '../../data/schema';
import { formatValue } from '../../i18n/formatValue';
import { useI18n } from '../../i18n/i18nContext';
import { localized } from '../../i18n/lang';
import type { MessageKey } from '../../i18n/messages';
import { useProfile, type ProfileRow } from './profileQuery';
import { ChartCard } from '../ChartCard';
import { useCatalogMaps } from '../catalogMaps';
import { QueryError } from '../QueryError';

interface Props {
  catalog: Catalog;
  jurisdictionId: string;
}

/** Rows rendered at a time. */
const PAGE = 300;

const QUALIFIER_WORD: Record<Qualifier, MessageKey> = {
  exact: 'qualifierExact',
  at_least: 'qualifierAtLeast',
  approx: 'qualifierApprox',
};

/** Every indicator of one jurisdiction, by category, with rank among peers, qualifier and source. */
export function ProfileView({ catalog, jurisdictionId }: Props) {
  const { lang, t } = useI18n();
  const maps = useCatalogMaps(catalog);
  const profile = useProfile({ jurisdictionId });
  const rows = profile.data;
  const name = jurisdictionName(jurisdictionId, maps.jurisdictions, lang);
  const model = useMemo(
    () => profileModel({ jurisdictionId }, rows ?? null, maps, lang),
    [jurisdictionId, rows, maps, lang],
  );
  // Uploads can give one jurisdiction tens of thousands of figures: render them in pages so the
  // table never freezes the page, and say how many are shown.
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [jurisdictionId]);
  const groups = useMemo(() => {
    const byCategory = new Map<string, ProfileRow[]>();
    for (const r of (rows ?? []).slice(0, limit)) {
      const cat = maps.indicators.get(r.indicator_id)?.category ?? '';
      const list = byCategory.get(cat);
      if (list) list.push(r);
      else byCategory.set(cat, [r]);
    }
    return [...byCategory];
  }, [rows, maps, limit]);
  const hidden = Math.max(0, (rows?.length ?? 0) - limit);
  const categoryName = (id: string) => {
    const c = catalog.categories.find((x) => x.id === id);
    return c ? localized(c, 'name', lang) : id;
  };

  return (
    <ChartCard
      model={model}
      summaryTestId="profile-summary"
      loading={!rows}
      error={profile.isError ? <QueryError error={profile.error} /> : undefined}
    >
      {rows && rows.length > 0 && (
        <div className="table-scroll profile-scroll">
          <table className="data-table profile-table" data-testid="profile-table">
            <caption className="visually-hidden">{t('profileTitle', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('profileColIndicator')}</th>
                <th scope="col">{t('profileColYear')}</th>
                <th scope="col">{t('profileColValue')}</th>
                <th scope="col">{t('profileColRank')}</th>
                <th scope="col">{t('profileColSource')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map(([category, list]) => (
                <Fragment key={category}>
                  <tr className="group-row">
                    <th scope="colgroup" colSpan={5}>
                      {categoryName(category)}
                    </th>
                  </tr>
                  {list.map((r) => {
                    const ind = maps.indicators.get(r.indicator_id);
                    const unit = ind ? localized(ind, 'unit', lang) : '';
                    const parts = ind ? ratePartsOf(ind, maps.indicators) : null;
                    const title = lang === 'zh' ? r.title_zh : r.title_en;
                    return (
                      <tr key={`${r.indicator_id}-${r.year}`}>
                        <th scope="row" data-label={t('profileColIndicator')}>
                          {ind ? localized(ind, 'name', lang) : r.indicator_id}
                        </th>
                        <td data-label={t('profileColYear')}>{r.year}</td>
                        <td data-label={t('profileColValue')}>
                          <strong>{formatValue(r.value, r.qualifier, unit, lang)}</strong>
                          {r.qualifier !== 'exact' && (
                            <span className="qualifier"> {t(QUALIFIER_WORD[r.qualifier])}</span>
                          )}
                        </td>
                        <td data-label={t('profileColRank')}>
                          {profileRankText(r, lang)}
                          {r.comparable !== 'yes' && localized(r, 'comparability', lang) && (
                            <span className="cell-reason">{localized(r, 'comparability', lang)}</span>
                          )}
                        </td>
                        <td data-label={t('profileColSource')} className="source-cell">
                          {r.numerator !== null && r.denominator !== null ? (
                            <>
                              {t('derivedFrom')} {rateFormula(r.numerator, r.denominator, parts, lang)}
                              {isSmallDenominator(r.denominator) && (
                                <span className="warn"> ⚠ {t('smallDenominator')}</span>
                              )}
                            </>
                          ) : (
                            r.quote && <q>{r.quote}</q>
                          )}
                          {(title || r.source_file) && (
                            <span className="report-title">
                              {title
                                ? t('reportTitle', { title })
                                : t('unknownReport', { file: r.source_file ?? '' })}
                            </span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </Fragment>
              ))}
            </tbody>
          </table>
          {hidden > 0 && (
            <p className="table-more">
              {t('profileShown', { shown: limit, total: rows.length })}{' '}
              <button type="button" data-testid="profile-more" onClick={() => setLimit((n) => n + PAGE)}>
                {t('profileShowMore', { n: Math.min(PAGE, hidden) })}
              </button>
            </p>
          )}
        </div>
      )}
    </ChartCard>
  );
}
