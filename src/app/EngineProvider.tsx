import { useEffect, useState, type ReactNode } from 'react';
import { EngineContext, type EngineState } from '../engine/engineContext';
import { startBrowserEngine } from './startBrowserEngine';

export function EngineProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<EngineState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    startBrowserEngine().then(
      ({ connector, dataset, dataVersion, notice }) => {
        if (!live) return;
        let storageNotice = notice;
        const ready = (version: string): EngineState => ({
          status: 'ready',
          connector,
          dataVersion: version,
          dataset,
          storageNotice,
        });
        setState(ready(dataVersion));
        // A commit, undo or reset: a new data version re-keys every query, so every view refreshes.
        unsubscribe = dataset.subscribe((s) => {
          // Choosing other data answers "the stored version could not be loaded"; no storage stays no storage.
          if (storageNotice?.kind === 'stored_version_unreadable') storageNotice = null;
          setState(ready(s.dataVersion));
        });
      },
      (error: unknown) =>
        live &&
        setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return <EngineContext.Provider value={state}>{children}</EngineContext.Provider>;
}
