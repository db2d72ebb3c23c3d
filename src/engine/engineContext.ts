import { createContext, useContext } from 'react';
import type { Connector } from './connector';
import type { DatasetManager } from '../storage/datasetManager';
import type { StorageNotice } from '../storage/storageNotice';

export type EngineState =
  | { status: 'loading' }
  | {
      status: 'ready';
      connector: Connector;
      /** Content hash of the data in the engine; part of every query key, so views refresh on change. */
      dataVersion: string;
      /** Commits, undo and reset; its changes flow back here as a new `dataVersion`. */
      dataset: DatasetManager;
      /** Why the page is on the bundled data or keeps uploads only for the session; null = all well. */
      storageNotice: StorageNotice | null;
    }
  | { status: 'failed'; error: Error };

export const EngineContext = createContext<EngineState>({ status: 'loading' });

export function useEngine(): EngineState {
  return useContext(EngineContext);
}
