import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from './urlState';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const getSearch = () => window.location.search;

/** The URL is the single source of truth for what is shown: reload, back/forward and shared links restore it. */
export function useUrlState() {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  // One parse per URL, so derived arrays keep their identity between renders.
  const { state, problems } = useMemo(() => parseUrlState(search), [search]);
  /** `push`: a new history entry (a new view); otherwise the current entry is replaced. */
  const update = useCallback((patch: Partial<UrlState>, { push = false }: { push?: boolean } = {}) => {
    const next = { ...parseUrlState(window.location.search).state, ...patch };
    const url = `${window.location.pathname}${serializeUrlState(next)}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return { state, problems, update };
}
