/// <reference lib="webworker" />
import { columnBuffers } from './observationColumns';
import { packColumns, type ImportRequest, type ImportResponse } from './importWorkerProtocol';
import { importToColumns } from './runImport';
import { stagingIpc } from '../storage/stagingTable';

// Runs one import off the page's thread. The page starts a fresh worker per import (often ahead of it,
// see prewarmImportWorker) and cancels by terminating it, so nothing here needs to be interruptible.

const post = (message: ImportResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { source, options } = event.data;
  let lastPosted = 0;
  try {
    const { outcome, columns } = await importToColumns(source, options, (progress) => {
      const now = performance.now();
      if (progress.phase !== 'validate' || now - lastPosted > 50) {
        lastPosted = now;
        post({ type: 'progress', progress });
      }
    });
    // The staging table's Arrow stream is built here, off the page's thread, and handed over with
    // the columns: staging then only passes it on to the engine's worker.
    const ipc = stagingIpc(columns);
    const posted = packColumns({ ...columns, stagingIpc: ipc });
    post({ type: 'done', outcome, columns: posted }, [
      ...columnBuffers(columns),
      ...(posted.quoteOffsets ? [posted.quoteOffsets.buffer as ArrayBuffer] : []),
      ...(ipc ? [ipc.buffer as ArrayBuffer] : []),
    ]);
  } catch (e) {
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    post({ type: 'failed', reason: e instanceof RangeError ? 'memory' : 'internal', detail });
  }
};

// Loaded: the page may now hand over an import without waiting for this module to load.
post({ type: 'ready' });
