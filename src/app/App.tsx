import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useEngine } from '../engine/engineContext';
import { LangContext } from '../i18n/i18nContext';
import { localized } from '../i18n/lang';
import { translate } from '../i18n/messages';
import { useCatalog } from '../queries/catalog';
import { QueryError } from '../views/QueryError';
import { RankingView } from '../views/ranking/RankingView';
import { StorageNoticeBanner } from '../views/data/StorageNoticeBanner';
import { CatalogSelect } from './controls/CatalogSelect';
import { IndicatorSelect } from './controls/IndicatorSelect';
import { JurisdictionPicker } from './controls/JurisdictionPicker';
import { MeasureSwitch } from './controls/MeasureSwitch';
import { YearSelect } from './controls/YearSelect';
import { EngineStatus } from './EngineStatus';
import { buildSelectionCatalog } from './selectionCatalog';
import { UrlNotice } from './UrlNotice';
import { resolveSelection, yearForView, type Measure, type ViewId, type YearChoice } from './urlState';
import { useUrlState } from './useUrlState';
import { panelId, tabId, ViewTabs } from './ViewTabs';
import { preloadableLazy } from './preloadableLazy';

// The analysts' data screen is loaded only when its tab is opened.
const DataView = lazy(() => import('../views/DataView'));
// Views other than the ranking load on demand, with their chart types, to keep the first load lean,
// and are fetched once the engine is ready so that opening their tab does not wait for the network.
const trend = preloadableLazy(() => import('../views/trend/TrendView').then((m) => m.TrendView));
const matrix = preloadableLazy(() => import('../views/matrix/MatrixView').then((m) => m.MatrixView));
const profile = preloadableLazy(() => import('../views/profile/ProfileView').then((m) => m.ProfileView));
const { Component: TrendView } = trend;
const { Component: MatrixView } = matrix;
const { Component: ProfileView } = profile;

/** After the first chart and the engine: idle time, nothing else waiting on the network. */
function usePreloadViews() {
  const engineReady = useEngine().status === 'ready';
  useEffect(() => {
    if (!engineReady) return;
    const preload = () => {
      for (const view of [trend, matrix, profile]) view.preload().catch(() => {});
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(preload, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(preload, 200);
    return () => clearTimeout(timer);
  }, [engineReady]);
}

export function App() {
  usePreloadViews();
  const { state, problems: syntaxProblems, update } = useUrlState();
  const { lang } = state;
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) =>
    translate(lang, k, v);
  const catalog = useCatalog();
  const selectionCatalog = useMemo(
    () => (catalog.data ? buildSelectionCatalog(catalog.data) : null),
    [catalog.data],
  );
  const selection = useMemo(
    () => (selectionCatalog ? resolveSelection(state, selectionCatalog) : null),
    [selectionCatalog, state],
  );
  const view: ViewId = selection?.view ?? (state.view === 'data' ? 'data' : state.view);

  const data = catalog.data;
  const indicatorById = useMemo(() => new Map((data?.indicators ?? []).map((i) => [i.id, i])), [data]);
  const yearsOf = (id: string) => selectionCatalog?.yearsByIndicator.get(id) ?? [];
  const allYears = selectionCatalog?.allYears ?? [];
  const keepYear = (v: ViewId, shown: string, year: YearChoice | null = state.year) =>
    yearForView(v, year, yearsOf(shown), allYears);

  const selectView = (v: ViewId) => update({ view: v, year: keepYear(v, selection?.shownIndicator ?? '') });
  const selectIndicator = (id: string) =>
    update({ indicator: id, measure: 'count', year: keepYear(view, id) });
  const selectMeasure = (measure: Measure) => {
    if (!selection || !selectionCatalog) return;
    const shown =
      measure === 'rate' ? (selectionCatalog.rateOf.get(selection.indicator) ?? '') : selection.indicator;
    update({ indicator: selection.indicator, measure, year: keepYear(view, shown) });
  };
  const selectJurisdictions = (ids: string[]) =>
    update({ jurisdictions: ids.length === (data?.jurisdictions.length ?? 0) ? null : ids });
  const openProfile = (id: string) => update({ view: 'profile', jurisdiction: id });

  const shown = selection ? indicatorById.get(selection.shownIndicator) : undefined;
  const rate = selection?.hasRatePair
    ? indicatorById.get(selectionCatalog!.rateOf.get(selection.indicator)!)
    : undefined;
  // Not gated on the engine: views may draw from the build-time query snapshot while it loads.
  const ready = data && selection && shown;

  const indicatorControls = ready && (
    <>
      <IndicatorSelect catalog={data} value={shown.id} onChange={selectIndicator} />
      {rate && (
        <MeasureSwitch
          value={selection.measure}
          rate={rate}
          numerator={indicatorById.get(rate.numerator_id ?? '')}
          denominator={indicatorById.get(rate.denominator_id ?? '')}
          onChange={selectMeasure}
        />
      )}
    </>
  );
  const picker = ready && (
    <JurisdictionPicker
      jurisdictions={data.jurisdictions}
      selected={selection.jurisdictions}
      onChange={selectJurisdictions}
    />
  );

  const panel = () => {
    if (view === 'data') {
      return <DataView />;
    }
    if (!ready) return null;
    switch (view) {
      case 'ranking':
        return (
          <>
            <div className="controls">
              {indicatorControls}
              <YearSelect
                value={selection.year}
                years={yearsOf(shown.id)}
                onChange={(year) => update({ year })}
              />
            </div>
            {selection.year !== null && (
              <RankingView
                catalog={data}
                indicator={shown}
                year={selection.year}
                onOpenProfile={openProfile}
              />
            )}
          </>
        );
      case 'trend':
        return (
          <>
            <div className="controls">
              {indicatorControls}
              {picker}
            </div>
            <TrendView catalog={data} indicator={shown} selected={selection.jurisdictions} />
          </>
        );
      case 'matrix':
        return (
          <>
            <div className="controls">
              <YearSelect
                value={selection.matrixYear}
                years={allYears}
                withLatest
                onChange={(year) => update({ year })}
              />
              <CatalogSelect
                label={t('matrixRows')}
                value={selection.category ?? ''}
                testId="category-select"
                options={[
                  { value: '', label: t('matrixRowsShared') },
                  ...data.categories.map((c) => ({ value: c.id, label: localized(c, 'name', lang) })),
                ]}
                onChange={(category) => update({ category: category || null })}
              />
              {picker}
            </div>
            <MatrixView
              catalog={data}
              year={selection.matrixYear}
              category={selection.category}
              selected={selection.jurisdictions}
            />
          </>
        );
      case 'profile':
        return (
          <>
            <div className="controls">
              <CatalogSelect
                label={t('profileJurisdiction')}
                value={selection.jurisdiction ?? ''}
                testId="profile-select"
                options={data.jurisdictions.map((j) => ({ value: j.id, label: localized(j, 'name', lang) }))}
                onChange={(jurisdiction) => update({ jurisdiction })}
              />
            </div>
            {selection.jurisdiction && <ProfileView catalog={data} jurisdictionId={selection.jurisdiction} />}
          </>
        );
    }
  };

  return (
    <LangContext.Provider value={lang}>
      <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        <header className="app-header">
          <div>
            <h1>{t('appTitle')}</h1>
            <p className="app-subtitle">{t('appSubtitle')}</p>
          </div>
          <div className="header-tools">
            <EngineStatus />
            <button
              type="button"
              className="lang-switch"
              data-testid="lang-switch"
              lang={lang === 'zh' ? 'en' : 'zh-CN'}
              onClick={() => update({ lang: lang === 'zh' ? 'en' : 'zh' })}
            >
              {t('switchLanguage')}
            </button>
          </div>
        </header>
        <ViewTabs view={view} onSelect={selectView} />
        <main role="tabpanel" id={panelId(view)} aria-labelledby={tabId(view)} data-testid={`panel-${view}`}>
          <UrlNotice problems={[...syntaxProblems, ...(selection?.problems ?? [])]} />
          {view !== 'data' && <StorageNoticeBanner />}
          {catalog.isError && <QueryError error={catalog.error} />}
          <Suspense
            fallback={
              <div className="chart-placeholder" role="status">
                {t('loadingView')}
              </div>
            }
          >
            {panel()}
          </Suspense>
        </main>
        <footer className="app-footer">{t('footerNote')}</footer>
      </div>
    </LangContext.Provider>
  );
}
