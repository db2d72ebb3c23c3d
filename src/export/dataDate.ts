import type { Source } from '../data/schema';
import type { VersionRecord } from '../storage/versionStore';

/**
 * The date a citation gives the data: for an uploaded version the day it was committed; for the
 * bundled data the publication date of its newest report (what "bundled data of date X" means).
 */
export function dataDateOf(
  versionId: string | null,
  versions: readonly Pick<VersionRecord, 'id' | 'time'>[],
  sources: readonly Pick<Source, 'published'>[],
): string | undefined {
  if (versionId !== null) return versions.find((v) => v.id === versionId)?.time.slice(0, 10);
  const dates = sources
    .map((s) => s.published)
    .filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}/.test(d));
  return dates.length > 0 ? dates.sort().at(-1)!.slice(0, 10) : undefined;
}
