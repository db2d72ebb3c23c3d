import { createContext, useContext } from 'react';
import type { Connector } from './connector';

export type EngineState =
  | { status: 'loading' }
  | { status: 'ready'; connector: Connector; dataVersion: string }
  | { status: 'failed'; error: Error };

export const EngineContext = createContext<EngineState>({ status: 'loading' });

export function useEngine(): EngineState {
  return useContext(EngineContext);
}
