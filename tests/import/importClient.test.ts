import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ImportFailedError,
  prewarmImportWorker,
  releaseImportWorker,
  startImport,
} from '../../src/import/importClient';
import { packColumns, type ImportResponse } from '../../src/import/importWorkerProtocol';
import type { ObservationColumns } from '../../src/import/observationColumns';
import type { ColumnarOutcome } from '../../src/import/runImport';
import type { ImportOptions, ImportSource } from '../../src/import/types';

/**
 * The page's side of the import worker: a worker started ahead of an import (while the analyst picks a
 * file) is the one the import uses, never a second; one that could not load is dropped, so an import
 * never waits on a worker whose error has already been spent. Node has no Worker: a stand-in records
 * what the page does and lets each test speak as the worker.
 */
class FakeWorker extends EventTarget {
  static created: FakeWorker[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.created.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** The worker sends the page a message (listeners first, then onmessage, as a browser does). */
  send(data: ImportResponse) {
    const event = new MessageEvent('message', { data });
    this.dispatchEvent(event);
    this.onmessage?.(event);
  }
  /** The worker fails to load or throws. */
  fail(message: string) {
    const event = Object.assign(new Event('error'), { message, preventDefault: () => {} });
    this.dispatchEvent(event);
    this.onerror?.(event as unknown as ErrorEvent);
  }
}

const SOURCE: ImportSource = { kind: 'paste', text: 'a\tb' };
const OPTIONS: ImportOptions = { catalog: { jurisdictions: [], indicators: [] } };
const FAILED: ImportResponse = { type: 'failed', reason: 'internal', detail: 'no rows' };
const workers = () => FakeWorker.created;
const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setTimeout(r, 0));
  return done;
};

beforeEach(() => {
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  releaseImportWorker();
  vi.unstubAllGlobals();
});

describe('the import worker started ahead of an import', () => {
  it('is the worker the next import uses: no second worker is started', () => {
    void prewarmImportWorker();
    expect(workers()).toHaveLength(1);
    startImport(SOURCE, OPTIONS);
    expect(workers()).toHaveLength(1);
    expect(workers()[0]!.posted).toEqual([{ source: SOURCE, options: OPTIONS }]);
    // it is a module worker of the importer, like one started on demand
    expect(workers()[0]!.options).toEqual({ type: 'module' });
    expect(workers()[0]!.url.pathname).toMatch(/importWorker\.ts$/);
  });

  it('asking twice before an import starts one worker', () => {
    void prewarmImportWorker();
    void prewarmImportWorker();
    expect(workers()).toHaveLength(1);
  });

  it('says it is ready once the worker has loaded the importer, not before', async () => {
    const ready = prewarmImportWorker();
    expect(await settled(ready)).toBe(false);
    workers()[0]!.send({ type: 'ready' });
    expect(await settled(ready)).toBe(true);
  });

  it('its "ready" is not taken for the import’s answer: the import settles on its own message', async () => {
    void prewarmImportWorker();
    const run = startImport(SOURCE, OPTIONS);
    workers()[0]!.send({ type: 'ready' });
    expect(await settled(run.result)).toBe(false);
    workers()[0]!.send(FAILED);
    await expect(run.result).rejects.toThrow(new ImportFailedError('internal', 'no rows'));
    expect(workers()[0]!.terminated).toBe(true);
  });

  it('could not load: it is dropped, and the import starts a fresh worker whose error it reports', async () => {
    const ready = prewarmImportWorker();
    workers()[0]!.fail('module failed to load');
    await ready;
    expect(workers()[0]!.terminated).toBe(true);
    const run = startImport(SOURCE, OPTIONS);
    expect(workers()).toHaveLength(2);
    workers()[1]!.fail('module failed to load');
    await expect(run.result).rejects.toMatchObject({ reason: 'worker', message: 'module failed to load' });
  });

  it('cancelling the import stops the worker started ahead', async () => {
    void prewarmImportWorker();
    const run = startImport(SOURCE, OPTIONS);
    run.cancel();
    await expect(run.result).rejects.toMatchObject({ reason: 'cancelled' });
    expect(workers()[0]!.terminated).toBe(true);
  });

  it('released when the Data screen closes: stopped, and a later import starts its own', () => {
    void prewarmImportWorker();
    releaseImportWorker();
    expect(workers()[0]!.terminated).toBe(true);
    startImport(SOURCE, OPTIONS);
    expect(workers()).toHaveLength(2);
    expect(workers()[1]!.terminated).toBe(false);
  });

  it('without one, each import starts its own worker, and each is used once', () => {
    startImport(SOURCE, OPTIONS);
    startImport(SOURCE, OPTIONS);
    expect(workers()).toHaveLength(2);
    expect(workers().map((w) => w.posted.length)).toEqual([1, 1]);
  });
});

// What the page makes of the worker's answers (the plumbing around the warm worker).
const COLUMNS: ObservationColumns = {
  length: 2,
  jurisdictionIds: ['jiaxing', 'wuxing'],
  indicatorIds: ['proposals_filed'],
  indicatorUnits: ['件'],
  jurisdiction: Int32Array.of(0, 1),
  year: Int32Array.of(2023, 2022),
  indicator: Int32Array.of(0, 0),
  value: Float64Array.of(400, 98),
  qualifier: Uint8Array.of(0, 1),
  sourceFile: 'a.csv',
  quote: ['立案400件', '98件以上'],
};
// passed through as it is: its contents are the importer's business
const OUTCOME = { problemTotal: 0 } as unknown as ColumnarOutcome['outcome'];

describe('the import worker’s answers, as the page reads them', () => {
  it('done: the outcome with its columns, and its rows made from them (enumerable, made once)', async () => {
    const run = startImport(SOURCE, OPTIONS);
    workers()[0]!.send({ type: 'done', outcome: OUTCOME, columns: packColumns(COLUMNS) });
    const outcome = await run.result;
    expect(outcome).toMatchObject({ problemTotal: 0 });
    expect(outcome.columns.quote).toEqual(COLUMNS.quote);
    expect(outcome.rows.map((r) => [r.jurisdiction_id, r.year, r.value, r.qualifier, r.quote])).toEqual([
      ['jiaxing', 2023, 400, 'exact', '立案400件'],
      ['wuxing', 2022, 98, 'at_least', '98件以上'],
    ]);
    expect(outcome.rows).toBe(outcome.rows);
    expect(Object.keys(outcome)).toContain('rows');
    expect(workers()[0]!.terminated).toBe(true);
  });

  it.each([
    ['the worker fails with a message', 'out of stack', 'out of stack'],
    ['the worker fails without one', '', 'import worker failed'],
  ])('%s: an ImportFailedError that says so', async (_name, message, detail) => {
    const run = startImport(SOURCE, OPTIONS);
    workers()[0]!.fail(message);
    const error = await run.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFailedError);
    expect(error).toMatchObject({ name: 'ImportFailedError', reason: 'worker', message: detail });
  });

  it('an answer that cannot be read: an internal failure, and the worker stopped', async () => {
    const run = startImport(SOURCE, OPTIONS);
    workers()[0]!.onmessageerror?.();
    await expect(run.result).rejects.toMatchObject({
      reason: 'internal',
      message: 'message could not be read',
    });
    expect(workers()[0]!.terminated).toBe(true);
  });

  it('cancelled: the error says so in its detail too', async () => {
    const run = startImport(SOURCE, OPTIONS);
    run.cancel();
    await expect(run.result).rejects.toMatchObject({ reason: 'cancelled', message: 'cancelled' });
  });

  it('a warm worker that fails during its import does not drop the next one started ahead', async () => {
    void prewarmImportWorker();
    const run = startImport(SOURCE, OPTIONS);
    void prewarmImportWorker();
    expect(workers()).toHaveLength(2);
    workers()[0]!.fail('boom');
    await expect(run.result).rejects.toMatchObject({ reason: 'worker' });
    // the next import takes the worker started ahead, which is still running
    startImport(SOURCE, OPTIONS);
    expect(workers()).toHaveLength(2);
    expect(workers()[1]!.terminated).toBe(false);
    expect(workers()[1]!.posted).toHaveLength(1);
  });
});
