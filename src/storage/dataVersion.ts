import { sha256Bytes } from '../platform/sha256';
import { TABLE_NAMES, type TableTexts } from '../data/tables';

/** Bumped if the canonical form ever changes, so old and new hashes never collide by accident. */
const FORMAT = 'luzhi-dataset-v1';

/**
 * A short content hash of a canonical snapshot: the first 12 hex digits of its SHA-256. Equal data
 * has equal versions, so query caches and pinned embeds change exactly when the data does.
 */
export async function dataVersionOf(snapshot: TableTexts): Promise<string> {
  const encoder = new TextEncoder();
  const parts = TABLE_NAMES.flatMap((table) => [
    encoder.encode(`${FORMAT}\n${table}\n${snapshot[table].length}\n`),
    encoder.encode(snapshot[table]),
  ]);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  const digest = sha256Bytes(bytes);
  return Array.from(digest.subarray(0, 6), (b) => b.toString(16).padStart(2, '0')).join('');
}
