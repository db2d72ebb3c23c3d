import { useEffect, useState, type ReactNode } from 'react';
import { EngineContext, type EngineState } from '../engine/engineContext';
import { startBrowserEngine } from './startBrowserEngine';

export function EngineProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<EngineState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    startBrowserEngine().then(
      ({ connector, dataVersion }) => live && setState({ status: 'ready', connector, dataVersion }),
      (error: unknown) =>
        live &&
        setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return <EngineContext.Provider value={state}>{children}</EngineContext.Provider>;
}
