import type { Table } from 'apache-arrow';

/** A value bound to a `?` placeholder. User text only ever reaches SQL this way, never spliced in. */
export type SqlValue = string | number | boolean | null;

export type Row = Record<string, unknown>;

/**
 * Everything the app asks of DuckDB. The browser (web worker) and Node (blocking) implementations are
 * interchangeable, so the SQL the dashboard runs is the SQL the tests run.
 */
export interface Connector {
  /** Rows as plain objects; BIGINT/HUGEINT come back as JS numbers. */
  query<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  queryArrow(sql: string, params?: readonly SqlValue[]): Promise<Table>;
  /** Make text visible to `read_csv('name')`. */
  registerFileText(name: string, text: string): Promise<void>;
  registerFileBuffer(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** Create table `name` from Arrow IPC stream bytes (version-neutral between Arrow copies). */
  insertArrowIPC(name: string, ipcStream: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/**
 * Statements every session runs first: no query may ever try to download an extension, because the
 * app runs on intranets where that request would hang instead of failing.
 */
export const SESSION_SETTINGS_SQL = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
] as const;
