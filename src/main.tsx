import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { EngineProvider } from './app/EngineProvider';
import { isEmbedMode } from './embed/embedMode';
import { useAfterFirstPaint } from './snapshot/useAfterFirstPaint';
import { ChartActionsContext, type ChartExportInfo } from './views/chartActions';
import './app/styles.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity } },
});

// Export/share/embed code and the embed page load on demand: the first load carries neither.
const ChartActions = lazy(() => import('./export/ChartActions').then((m) => ({ default: m.ChartActions })));
const EmbedApp = lazy(() => import('./embed/EmbedApp'));

/** The chart's buttons are fetched once the first chart is on screen (see engineGate), never beside it. */
function DeferredChartActions({ info }: { info: ChartExportInfo }) {
  if (!useAfterFirstPaint()) return null;
  return (
    <Suspense fallback={null}>
      <ChartActions info={info} />
    </Suspense>
  );
}

function renderChartActions(info: ChartExportInfo) {
  return <DeferredChartActions info={info} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <EngineProvider>
        {isEmbedMode(window.location.search) ? (
          <Suspense fallback={null}>
            <EmbedApp />
          </Suspense>
        ) : (
          <ChartActionsContext.Provider value={renderChartActions}>
            <App />
          </ChartActionsContext.Provider>
        )}
      </EngineProvider>
    </QueryClientProvider>
  </StrictMode>,
);
