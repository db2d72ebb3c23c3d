import { sha256Hex } from '../platform/sha256';

/**
 * What an embed is pinned to: the rows its chart shows, identified by a content hash, and the data
 * version they were read from. The embed shows the chart only when today's data give the same rows.
 */
export interface EmbedPin {
  /** First 16 hex digits of SHA-256 over the canonical view + parameters + rows. */
  rowsHash: string;
  dataVersion: string;
}

export type PinnedContent = {
  view: string;
  params: Record<string, string | number>;
  rows: readonly unknown[];
};

/**
 * JSON with object keys sorted at every level, so equal content always gives equal text (DuckDB's
 * column order or a spread's key order must not change a pin). Non-finite numbers and undefined become null.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number')
    return Number.isFinite(value) ? JSON.stringify(Object.is(value, -0) ? 0 : value) : 'null';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    // An absent value and null are the same "no data": undefined is written as null.
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return 'null';
}

export const ROWS_HASH = /^[0-9a-f]{16}$/;

export async function rowsHash(content: PinnedContent): Promise<string> {
  return sha256Hex(canonicalJson(content)).slice(0, 16);
}

export type PinStatus =
  /** Today's rows are the pinned rows; `newerData` when the dataset changed since the pin was made. */
  | { kind: 'same'; newerData: boolean }
  /** Today's rows differ, but the pinned data version, still stored in this browser, gives them. */
  | { kind: 'pinnedVersion' }
  /** The pinned rows cannot be found in this browser: say so, show nothing else. */
  | { kind: 'unavailable' };

/**
 * Compares the pin with the rows the current data give and, when they differ, with the rows of the
 * pinned data version if this browser still holds it (`pinnedVersionHash`, null when it does not).
 */
export function pinStatus(
  pin: EmbedPin,
  current: { rowsHash: string; dataVersion: string },
  pinnedVersionHash: string | null = null,
): PinStatus {
  if (current.rowsHash === pin.rowsHash)
    return { kind: 'same', newerData: current.dataVersion !== pin.dataVersion };
  if (pinnedVersionHash === pin.rowsHash) return { kind: 'pinnedVersion' };
  return { kind: 'unavailable' };
}
