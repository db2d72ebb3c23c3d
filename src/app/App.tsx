import { useMemo } from 'react';
import { useEngine } from '../engine/engineContext';
import { LangContext } from '../i18n/i18nContext';
import { translate } from '../i18n/messages';
import { useCatalog } from '../queries/catalog';
import { RankingView } from '../views/RankingView';
import { QueryError } from '../views/QueryError';
import { Controls } from './Controls';
import { EngineStatus } from './EngineStatus';
import { UrlNotice } from './UrlNotice';
import { resolveSelection, type SelectionCatalog } from './urlState';
import { useUrlState } from './useUrlState';

const DEFAULT_INDICATOR = 'proposals_filed';

export function App() {
  const { state, problems: syntaxProblems, update } = useUrlState();
  const { lang } = state;
  const engine = useEngine();
  const catalog = useCatalog();

  const selection = useMemo(() => {
    if (!catalog.data) return null;
    const yearsByIndicator = new Map<string, number[]>();
    for (const y of catalog.data.years) {
      const list = yearsByIndicator.get(y.indicator_id) ?? [];
      list.push(y.year);
      yearsByIndicator.set(y.indicator_id, list);
    }
    const ids = new Set(catalog.data.indicators.map((i) => i.id));
    const sel: SelectionCatalog = {
      indicatorIds: ids,
      yearsByIndicator,
      defaultIndicator: ids.has(DEFAULT_INDICATOR)
        ? DEFAULT_INDICATOR
        : (catalog.data.indicators[0]?.id ?? ''),
    };
    return { ...resolveSelection(state, sel), years: yearsByIndicator };
  }, [catalog.data, state]);

  const indicator = catalog.data?.indicators.find((i) => i.id === selection?.indicator);
  const years = selection?.years.get(selection.indicator) ?? [];

  return (
    <LangContext.Provider value={lang}>
      <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        <header className="app-header">
          <div>
            <h1>{translate(lang, 'appTitle')}</h1>
            <p className="app-subtitle">{translate(lang, 'appSubtitle')}</p>
          </div>
          <div className="header-tools">
            <EngineStatus />
            <button
              type="button"
              className="lang-switch"
              data-testid="lang-switch"
              onClick={() => update({ lang: lang === 'zh' ? 'en' : 'zh' })}
            >
              {translate(lang, 'switchLanguage')}
            </button>
          </div>
        </header>
        <main>
          <UrlNotice problems={[...syntaxProblems, ...(selection?.problems ?? [])]} />
          {catalog.isError && <QueryError error={catalog.error} />}
          {engine.status === 'ready' && catalog.data && indicator && selection && (
            <>
              <Controls
                catalog={catalog.data}
                indicatorId={indicator.id}
                year={selection.year}
                years={years}
                onChange={update}
              />
              {selection.year !== null && (
                <RankingView catalog={catalog.data} indicator={indicator} year={selection.year} />
              )}
            </>
          )}
        </main>
        <footer className="app-footer">{translate(lang, 'footerNote')}</footer>
      </div>
    </LangContext.Provider>
  );
}
