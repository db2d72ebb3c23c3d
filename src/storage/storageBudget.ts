import type { VersionRecord } from './versionStore';

/**
 * Space the saved versions may take before the oldest are folded. A 1M-row version takes ≈ 20 MB
 * (Arrow IPC, gzip); 200 MB keeps about ten of those and hundreds of typical yearly uploads, well under
 * what browsers grant a site (they do not say how much on plain-http pages: `navigator.storage` needs a
 * secure context).
 */
export const DEFAULT_BUDGET_BYTES = 200 * 1024 * 1024;

/** Bytes the versions' stored data takes (folded versions take none). */
export function usedBytes(versions: readonly VersionRecord[]): number {
  return versions.reduce((n, v) => n + (v.folded ? 0 : v.storedBytes), 0);
}

/**
 * Versions whose data can be freed, oldest first: never the one in use (nor the bundled or a published
 * dataset, which are not stored here), and not those already folded.
 */
export function freeable(versions: readonly VersionRecord[], currentId: string | null): VersionRecord[] {
  return versions.filter((v) => v.id !== currentId && !v.folded).sort((a, b) => a.time.localeCompare(b.time));
}

/** The oldest freeable versions that together free at least `bytes` (all of them if that is not enough). */
export function versionsToFree(
  versions: readonly VersionRecord[],
  currentId: string | null,
  bytes: number,
): VersionRecord[] {
  const chosen: VersionRecord[] = [];
  let freed = 0;
  for (const v of freeable(versions, currentId)) {
    if (freed >= bytes) break;
    chosen.push(v);
    freed += v.storedBytes;
  }
  return chosen;
}

/** What to fold so the versions fit the budget again: the oldest first, the one in use never. */
export function versionsOverBudget(
  versions: readonly VersionRecord[],
  currentId: string | null,
  budgetBytes: number,
): VersionRecord[] {
  const over = usedBytes(versions) - budgetBytes;
  return over > 0 ? versionsToFree(versions, currentId, over) : [];
}
