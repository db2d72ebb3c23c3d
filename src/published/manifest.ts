/**
 * `datasets/manifest.json` beside index.html: the published versions of the dataset (immutable,
 * named by content hash) and which one every reader sees. Administrators edit it by hand to roll
 * back, so it is checked field by field and every problem is named.
 */

export const MANIFEST_FORMAT = 'luzhi-datasets-v1';
export const DATASETS_DIR = 'datasets/';
export const MANIFEST_PATH = `${DATASETS_DIR}manifest.json`;

export interface PublishedRowCounts {
  observations: number;
  jurisdictions: number;
  indicators: number;
  categories: number;
  sources: number;
}

export interface PublishedVersion {
  /** First 16 hex digits of the file's SHA-256: the version's name. */
  id: string;
  /** SHA-256 of the Parquet file's bytes (64 hex digits), checked after every download. */
  sha256: string;
  /** Parquet file: relative to `datasets/`, or an absolute http(s) URL (web server, object store). */
  file: string;
  bytes: number;
  /** ISO 8601 time of publication. */
  createdAt: string;
  title: string;
  comment: string;
  /** The app's data version of the rows (what pinned embeds and caches refer to). */
  dataVersion: string;
  rowCounts: PublishedRowCounts;
  /** First-view query snapshot (JSON) of this version, relative to `datasets/`; null if none. */
  snapshot: string | null;
}

export interface DatasetManifest {
  format: typeof MANIFEST_FORMAT;
  /** The id of the version readers see; null = the bundled data. */
  current: string | null;
  versions: PublishedVersion[];
}

export class ManifestError extends Error {
  constructor(readonly problem: string) {
    super(`datasets/manifest.json: ${problem}`);
    this.name = 'ManifestError';
  }
}

const HEX = (n: number) => new RegExp(`^[0-9a-f]{${n}}$`);
/** File names stay inside `datasets/` (no folders, no `..`) unless they are absolute URLs. */
const SAFE_FILE = /^(?:[A-Za-z0-9][A-Za-z0-9._-]*|https?:\/\/\S+)$/;

type Check = { field: keyof PublishedVersion; ok: (v: unknown) => boolean; expected: string };

/** One entry per field of a version: what it must be. */
const VERSION_FIELDS: readonly Check[] = [
  { field: 'id', ok: (v) => typeof v === 'string' && HEX(16).test(v), expected: '16 hex digits' },
  { field: 'sha256', ok: (v) => typeof v === 'string' && HEX(64).test(v), expected: '64 hex digits' },
  {
    field: 'file',
    ok: (v) => typeof v === 'string' && SAFE_FILE.test(v) && !v.includes('..'),
    expected: 'a file name in datasets/ or an http(s) URL',
  },
  { field: 'bytes', ok: (v) => Number.isSafeInteger(v) && (v as number) > 0, expected: 'a positive integer' },
  {
    field: 'createdAt',
    ok: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
    expected: 'an ISO 8601 time',
  },
  { field: 'title', ok: (v) => typeof v === 'string', expected: 'text' },
  { field: 'comment', ok: (v) => typeof v === 'string', expected: 'text' },
  {
    field: 'dataVersion',
    ok: (v) => typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v),
    expected: 'a data version',
  },
  {
    field: 'rowCounts',
    ok: (v) =>
      typeof v === 'object' &&
      v !== null &&
      ['observations', 'jurisdictions', 'indicators', 'categories', 'sources'].every((k) =>
        Number.isSafeInteger((v as Record<string, unknown>)[k]),
      ),
    expected: 'row counts of the five tables',
  },
  {
    field: 'snapshot',
    ok: (v) => v === null || (typeof v === 'string' && SAFE_FILE.test(v) && !v.includes('..')),
    expected: 'null or a file name in datasets/',
  },
];

/** The manifest, checked; throws ManifestError naming the first problem. */
export function parseManifest(json: unknown): DatasetManifest {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new ManifestError('not a JSON object');
  const m = json as Record<string, unknown>;
  if (m.format !== MANIFEST_FORMAT)
    throw new ManifestError(`format is ${JSON.stringify(m.format)}, expected "${MANIFEST_FORMAT}"`);
  if (!Array.isArray(m.versions)) throw new ManifestError('versions is not a list');
  const ids = new Set<string>();
  const versions = m.versions.map((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null)
      throw new ManifestError(`versions[${i}] is not an object`);
    const v = entry as Record<string, unknown>;
    for (const check of VERSION_FIELDS) {
      if (!check.ok(v[check.field]))
        throw new ManifestError(
          `versions[${i}].${check.field} is ${JSON.stringify(v[check.field]) ?? 'missing'}, expected ${check.expected}`,
        );
    }
    if (ids.has(v.id as string)) throw new ManifestError(`versions[${i}].id ${String(v.id)} appears twice`);
    ids.add(v.id as string);
    return v as unknown as PublishedVersion;
  });
  if (m.current !== null && (typeof m.current !== 'string' || !ids.has(m.current)))
    throw new ManifestError(`current is ${JSON.stringify(m.current)}, which is not one of the versions`);
  return { format: MANIFEST_FORMAT, current: m.current, versions };
}

export function currentVersion(manifest: DatasetManifest): PublishedVersion | null {
  return manifest.versions.find((v) => v.id === manifest.current) ?? null;
}

/**
 * The versions to try, in order: the current one, then the others newest first (the last good
 * version when the current file is missing or damaged).
 */
export function versionsToTry(manifest: DatasetManifest): PublishedVersion[] {
  const current = currentVersion(manifest);
  if (!current) return [];
  const others = manifest.versions
    .filter((v) => v !== current)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return [current, ...others];
}

/** The manifest with one more version, made current (publishing never rewrites an old entry). */
export function withVersion(manifest: DatasetManifest | null, version: PublishedVersion): DatasetManifest {
  const versions = (manifest?.versions ?? []).filter((v) => v.id !== version.id);
  return { format: MANIFEST_FORMAT, current: version.id, versions: [...versions, version] };
}

/** Where a version's file is fetched from: under the site's `datasets/`, or its absolute URL. */
export function fileUrl(file: string, siteBase: string): string {
  return new URL(/^https?:\/\//.test(file) ? file : DATASETS_DIR + file, siteBase).href;
}
