import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useEngine } from '../engine/engineContext';
import { LangContext } from '../i18n/i18nContext';
import { translate } from '../i18n/messages';
import { useCatalog } from '../queries/catalog';
import { chartDrawing, requestEngine } from '../snapshot/engineGate';
import { QueryError } from '../views/QueryError';
import { OtherTabNotice } from '../views/data/OtherTabNotice';
import { StorageNoticeBanner } from '../views/data/StorageNoticeBanner';
import { VIEW_REGISTRY } from '../views/registry';
import type { ViewActions } from '../views/viewPanel';
import { DataSourceBadge, PublishedNotice } from '../published/DataSourceBadge';
import { EngineStatus } from './EngineStatus';
import { buildSelectionCatalog } from './selectionCatalog';
import { UrlNotice } from './UrlNotice';
import { resolveSelection, yearForView, type Measure, type ViewId, type YearChoice } from './urlState';
import { useUrlState } from './useUrlState';
import { panelId, tabId, ViewTabs } from './ViewTabs';

// The analysts' data screen is loaded only when its tab is opened.
const DataView = lazy(() => import('../views/DataView'));

/** After the first chart and the engine: idle time, nothing else waiting on the network. */
function usePreloadViews() {
  const engineReady = useEngine().status === 'ready';
  useEffect(() => {
    if (!engineReady) return;
    const preload = () => {
      for (const view of VIEW_REGISTRY) view.preload?.().catch(() => {});
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(preload, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(preload, 200);
    return () => clearTimeout(timer);
  }, [engineReady]);
}

/**
 * A view's code on its way (a link to the trend, matrix or profile): its chart is the first one, so
 * the first-paint gate waits for it as for a chart being drawn.
 */
function ViewLoading({ text }: { text: string }) {
  useEffect(() => {
    const gone = chartDrawing();
    return () => gone(false);
  }, []);
  return (
    <div className="chart-placeholder" role="status">
      {text}
    </div>
  );
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
  const view: ViewId = selection?.view ?? state.view;
  // The data screen works on the engine and draws no chart from the snapshot: no reason to wait.
  useEffect(() => {
    if (view === 'data') requestEngine();
  }, [view]);

  const data = catalog.data;
  const indicatorById = useMemo(() => new Map((data?.indicators ?? []).map((i) => [i.id, i])), [data]);
  const yearsOf = (id: string) => selectionCatalog?.yearsByIndicator.get(id) ?? [];
  const allYears = selectionCatalog?.allYears ?? [];
  const keepYear = (v: ViewId, shown: string, year: YearChoice | null = state.year) =>
    yearForView(v, year, yearsOf(shown), allYears);

  // A year range the next indicator cannot show is dropped rather than reported: the user did not type it.
  const keepRange = (shown: string) => {
    const ys = yearsOf(shown);
    const ok = (y: number | null) => y === null || (ys.length > 0 && y >= ys[0]! && y <= ys[ys.length - 1]!);
    return { from: ok(state.from) ? state.from : null, to: ok(state.to) ? state.to : null };
  };

  // A new view is a new history entry (Back returns to the previous view); control changes within a
  // view replace the entry, so Back does not step through every dropdown change.
  const selectView = (v: ViewId) =>
    update({ view: v, year: keepYear(v, selection?.shownIndicator ?? '') }, { push: true });
  const actions: ViewActions = {
    update,
    selectIndicator: (id) =>
      update({ indicator: id, measure: 'count', year: keepYear(view, id), per: null, ...keepRange(id) }),
    selectMeasure: (measure: Measure) => {
      if (!selection || !selectionCatalog) return;
      const shown =
        measure === 'rate' ? (selectionCatalog.rateOf.get(selection.indicator) ?? '') : selection.indicator;
      update({ indicator: selection.indicator, measure, year: keepYear(view, shown), ...keepRange(shown) });
    },
    selectJurisdictions: (ids) =>
      update({ jurisdictions: ids.length === (data?.jurisdictions.length ?? 0) ? null : ids }),
    // Drill-through opens a new view: a new history entry, so Back returns to where the user was.
    openProfile: (id) => update({ view: 'profile', jurisdiction: id }, { push: true }),
    openRanking: (id) =>
      update({ view: 'ranking', indicator: id, measure: 'count', year: null }, { push: true }),
  };

  const shown = selection ? indicatorById.get(selection.shownIndicator) : undefined;
  // Not gated on the engine: views may draw from the build-time query snapshot while it loads.
  const entry = VIEW_REGISTRY.find((v) => v.id === view);

  const panel = () => {
    if (view === 'data') return <DataView />;
    if (!data || !selection || !selectionCatalog || !shown || !entry) return null;
    return (
      <entry.Panel
        catalog={data}
        selectionCatalog={selectionCatalog}
        selection={selection}
        shown={shown}
        actions={actions}
      />
    );
  };

  return (
    <LangContext.Provider value={lang}>
      <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        <a
          className="skip-link"
          href="#main-content"
          onClick={(e) => {
            // Focus moves without touching the URL: the link's hash would add a history entry.
            e.preventDefault();
            document.getElementById('main-content')?.focus();
          }}
        >
          {t('skipToContent')}
        </a>
        <header className="app-header">
          <div>
            <h1>{t('appTitle')}</h1>
            <p className="app-subtitle">{t('appSubtitle')}</p>
          </div>
          <div className="header-tools">
            <DataSourceBadge />
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
        <div id="main-content" tabIndex={-1} className="main-content">
          <ViewTabs view={view} onSelect={selectView} />
          <main
            role="tabpanel"
            id={panelId(view)}
            aria-labelledby={tabId(view)}
            data-testid={`panel-${view}`}
          >
            <UrlNotice problems={[...syntaxProblems, ...(selection?.problems ?? [])]} />
            <PublishedNotice />
            {view !== 'data' && <StorageNoticeBanner />}
            <OtherTabNotice />
            {catalog.isError && <QueryError error={catalog.error} />}
            <Suspense fallback={<ViewLoading text={t('loadingView')} />}>{panel()}</Suspense>
          </main>
        </div>
        <footer className="app-footer">{t('footerNote')}</footer>
      </div>
    </LangContext.Provider>
  );
}
