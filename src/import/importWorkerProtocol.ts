import type { ObservationColumns } from './observationColumns';
import type { ColumnarOutcome } from './runImport';
import type { ImportOptions, ImportProgress, ImportSource } from './types';

// Messages between the page and the import worker.

export interface ImportRequest {
  source: ImportSource;
  options: ImportOptions;
}

/**
 * The columns as posted: quotes travel as one joined string with offsets, because cloning a million
 * small strings costs more than the slicing that rebuilds them, and blocks the page while it runs.
 */
export type PostedColumns = Omit<ObservationColumns, 'quote'> & {
  quoteJoined: string | null;
  quoteOffsets: Int32Array | null;
};

export type ImportResponse =
  /** Sent once the worker has loaded the importer (see prewarmImportWorker). */
  | { type: 'ready' }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; outcome: ColumnarOutcome['outcome']; columns: PostedColumns }
  | { type: 'failed'; reason: 'memory' | 'internal'; detail: string };

export function packColumns(c: ObservationColumns): PostedColumns {
  const { quote, ...rest } = c;
  if (!quote) return { ...rest, quoteJoined: null, quoteOffsets: null };
  const offsets = new Int32Array(quote.length + 1);
  let at = 0;
  for (let i = 0; i < quote.length; i++) {
    offsets[i] = at;
    at += quote[i]!.length;
  }
  offsets[quote.length] = at;
  return { ...rest, quoteJoined: quote.join(''), quoteOffsets: offsets };
}

/** The columns back, with `quote` sliced out of the joined text on first access. */
export function unpackColumns(p: PostedColumns): ObservationColumns {
  const { quoteJoined, quoteOffsets, ...rest } = p;
  const columns = { ...rest, quote: null } as ObservationColumns;
  if (quoteJoined === null || quoteOffsets === null) return columns;
  let quote: string[] | null = null;
  Object.defineProperty(columns, 'quote', {
    enumerable: true,
    get: () => {
      if (!quote) {
        quote = new Array<string>(rest.length);
        for (let i = 0; i < rest.length; i++)
          quote[i] = quoteJoined.slice(quoteOffsets[i], quoteOffsets[i + 1]);
      }
      return quote;
    },
  });
  return columns;
}
