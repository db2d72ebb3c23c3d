import type { ExtractRequest, ExtractResponse } from './extractWorkerProtocol';
import type { ExtractProgress, ExtractResult } from './types';

export class ExtractFailedError extends Error {
  constructor(
    readonly reason: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'ExtractFailedError';
  }
}

export interface RunningExtract {
  result: Promise<ExtractResult>;
  /** Stops the worker at once; `result` rejects with reason 'cancelled'. */
  cancel(): void;
}

/** One worker per report, so a cancelled one leaves nothing behind. */
export function startExtract(
  request: ExtractRequest,
  onProgress: (p: ExtractProgress) => void,
): RunningExtract {
  const worker = new Worker(new URL('./extractWorker.ts', import.meta.url), { type: 'module' });
  let settle: {
    resolve: (r: ExtractResult) => void;
    reject: (e: Error) => void;
  } | null = null;
  const result = new Promise<ExtractResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (f: (s: NonNullable<typeof settle>) => void) => {
    worker.terminate();
    if (settle) f(settle);
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
    const m = event.data;
    if (m.type === 'progress') onProgress(m.progress);
    else if (m.type === 'done') finish((s) => s.resolve(m.result));
    else finish((s) => s.reject(new ExtractFailedError(m.reason, m.detail)));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish((s) => s.reject(new ExtractFailedError('internal', event.message || 'worker failed')));
  };
  worker.postMessage(request);
  return { result, cancel: () => finish((s) => s.reject(new ExtractFailedError('cancelled', 'cancelled'))) };
}
