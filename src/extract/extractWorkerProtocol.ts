import type { ExtractCatalog, ExtractProgress, ExtractResult } from './types';

/** Page → worker: a file to read (txt/docx) or text already read (paste, PDF), and the catalog. */
export type ExtractRequest =
  | { kind: 'file'; name: string; bytes: Uint8Array; catalog: ExtractCatalog }
  | { kind: 'text'; text: string; catalog: ExtractCatalog };

export type ExtractResponse =
  | { type: 'progress'; progress: ExtractProgress }
  | { type: 'done'; result: ExtractResult }
  | { type: 'error'; reason: string; detail: string };
