import { unpackColumns, type ImportResponse } from './importWorkerProtocol';
import { toObservations, type ObservationColumns } from './observationColumns';
import type { ImportOptions, ImportOutcome, ImportProgress, ImportSource } from './types';

/** Why an import produced no outcome (a file with problems still has an outcome). */
export class ImportFailedError extends Error {
  constructor(
    readonly reason: 'cancelled' | 'memory' | 'worker' | 'internal',
    detail: string,
  ) {
    super(detail);
    this.name = 'ImportFailedError';
  }
}

export interface RunningImport {
  result: Promise<ImportOutcome>;
  /** Stops the worker at once; `result` rejects with reason 'cancelled'. Safe to call twice. */
  cancel(): void;
}

/**
 * The outcome the page sees: row objects are made on first access to `rows` (a million of them take
 * a few hundred milliseconds), and `columns` has the same rows in columnar form.
 */
export function outcomeWithRows(
  outcome: Omit<ImportOutcome, 'rows' | 'columns'>,
  columns: ObservationColumns,
): ImportOutcome {
  let rows: ImportOutcome['rows'] | null = null;
  const full = { ...outcome, columns } as ImportOutcome;
  Object.defineProperty(full, 'rows', {
    enumerable: true,
    get: () => (rows ??= toObservations(columns)),
  });
  return full;
}

const newWorker = () => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });

/** A worker started ahead of the next import, with the promise that it has loaded the importer. */
let spare: { worker: Worker; ready: Promise<void> } | null = null;

/**
 * Starts the next import's worker ahead of time: loading and compiling the importer (≈ 0.5 MB of JS,
 * tens of milliseconds, as long as reading a small file) then happens while the analyst picks a file.
 * The Data screen calls it when it opens and after each import; the promise says the worker is loaded.
 */
export function prewarmImportWorker(): Promise<void> {
  if (!spare) {
    const worker = newWorker();
    const ready = new Promise<void>((resolve) => {
      worker.addEventListener('message', () => resolve(), { once: true });
      // A worker that cannot load is dropped (its error has been spent): the import then starts a
      // fresh one, which reports why.
      worker.addEventListener(
        'error',
        () => {
          if (spare?.worker === worker) spare = null;
          worker.terminate();
          resolve();
        },
        { once: true },
      );
    });
    spare = { worker, ready };
  }
  return spare.ready;
}

/** Stops the worker started ahead (the Data screen closes): an idle worker still holds memory. */
export function releaseImportWorker(): void {
  spare?.worker.terminate();
  spare = null;
}

/**
 * Imports in a module worker, off the page's thread: progress through `onProgress`, cancel by
 * terminating the worker. One worker per import, so a cancelled one leaves nothing behind; it is the
 * one started ahead when there is one (prewarmImportWorker).
 */
export function startImport(
  source: ImportSource,
  options: ImportOptions,
  onProgress: (p: ImportProgress) => void = () => {},
): RunningImport {
  const worker = spare?.worker ?? newWorker();
  spare = null;
  let settle: { resolve: (o: ImportOutcome) => void; reject: (e: Error) => void } | null = null;
  const result = new Promise<ImportOutcome>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (f: (s: NonNullable<typeof settle>) => void) => {
    worker.terminate();
    if (settle) f(settle);
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const m = event.data;
    if (m.type === 'ready') return;
    if (m.type === 'progress') onProgress(m.progress);
    else if (m.type === 'done')
      finish((s) => s.resolve(outcomeWithRows(m.outcome, unpackColumns(m.columns))));
    else finish((s) => s.reject(new ImportFailedError(m.reason, m.detail)));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish((s) => s.reject(new ImportFailedError('worker', event.message || 'import worker failed')));
  };
  worker.onmessageerror = () =>
    finish((s) => s.reject(new ImportFailedError('internal', 'message could not be read')));
  worker.postMessage({ source, options });
  return {
    result,
    cancel: () => finish((s) => s.reject(new ImportFailedError('cancelled', 'cancelled'))),
  };
}
