import type { TableTexts } from '../data/tables';
import {
  fileUrl,
  MANIFEST_PATH,
  ManifestError,
  parseManifest,
  versionsToTry,
  type DatasetManifest,
  type PublishedVersion,
} from './manifest';

/** The network, behind the one call the loader needs (tests and Node pass their own). */
export type Fetch = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

/** Time limits: an unreachable server must not leave the page waiting forever. */
export const TIMEOUTS = { manifestMs: 15_000, fileMs: 120_000 } as const;

/** Why a published file could not be used: one reason per kind of bad input, named in zh/en. */
export type PublishedProblemReason =
  'unreachable' | 'timeout' | 'malformed' | 'missing' | 'truncated' | 'hash_mismatch' | 'unreadable';

export interface PublishedProblem {
  /** The file, as the administrator sees it (`datasets/…`). */
  file: string;
  reason: PublishedProblemReason;
  detail: string;
}

export class PublishedFileError extends Error {
  constructor(readonly problem: PublishedProblem) {
    super(`${problem.file}: ${problem.reason} (${problem.detail})`);
    this.name = 'PublishedFileError';
  }
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function fetchBytes(
  fetcher: Fetch,
  url: string,
  label: string,
  timeoutMs: number,
): Promise<{ status: number; bytes: Uint8Array | null; html: boolean }> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await fetcher(url, { signal });
    const html = (res.headers.get('content-type') ?? '').includes('text/html');
    if (!res.ok) return { status: res.status, bytes: null, html };
    return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()), html };
  } catch (e) {
    const timedOut = signal.aborted;
    throw new PublishedFileError({
      file: label,
      reason: timedOut ? 'timeout' : 'unreachable',
      detail: timedOut ? `${timeoutMs / 1000} s` : describe(e),
    });
  }
}

export type ManifestResult =
  | { kind: 'none' }
  | { kind: 'manifest'; manifest: DatasetManifest }
  | { kind: 'problem'; problem: PublishedProblem };

/** The site's manifest: none (404, the normal case without published data), the manifest, or why not. */
export async function fetchManifest(
  fetcher: Fetch,
  siteBase: string,
  timeoutMs: number = TIMEOUTS.manifestMs,
): Promise<ManifestResult> {
  const url = new URL(MANIFEST_PATH, siteBase).href;
  let got;
  try {
    got = await fetchBytes(fetcher, url, MANIFEST_PATH, timeoutMs);
  } catch (e) {
    if (e instanceof PublishedFileError) return { kind: 'problem', problem: e.problem };
    throw e;
  }
  // 404, or a server that answers every unknown path with index.html (a single-page-app fallback):
  // nothing is published.
  if (got.status === 404 || (got.bytes && got.html)) return { kind: 'none' };
  if (!got.bytes)
    return {
      kind: 'problem',
      problem: { file: MANIFEST_PATH, reason: 'unreachable', detail: `HTTP ${got.status}` },
    };
  try {
    return { kind: 'manifest', manifest: parseManifest(JSON.parse(new TextDecoder().decode(got.bytes))) };
  } catch (e) {
    const detail = e instanceof ManifestError ? e.problem : describe(e);
    return { kind: 'problem', problem: { file: MANIFEST_PATH, reason: 'malformed', detail } };
  }
}

/** How the administrator names a version's file. */
export const versionLabel = (v: PublishedVersion) =>
  /^https?:/.test(v.file) ? v.file : `datasets/${v.file}`;

/**
 * One version's tables, downloaded and checked: present, complete, the very bytes the manifest
 * names (SHA-256), and a readable dataset. Throws PublishedFileError saying which check failed.
 */
export async function fetchVersionTexts(
  fetcher: Fetch,
  siteBase: string,
  version: PublishedVersion,
  timeoutMs: number = TIMEOUTS.fileMs,
): Promise<TableTexts> {
  const file = versionLabel(version);
  const fail = (reason: PublishedProblemReason, detail: string) => {
    throw new PublishedFileError({ file, reason, detail });
  };
  const got = await fetchBytes(fetcher, fileUrl(version.file, siteBase), file, timeoutMs);
  if (got.status === 404) fail('missing', 'HTTP 404');
  if (!got.bytes) return fail('unreachable', `HTTP ${got.status}`);
  if (got.bytes.length < version.bytes) fail('truncated', `${got.bytes.length} / ${version.bytes} bytes`);
  // The hash code loads only when a published file is read: the first chart does not wait for it.
  const { sha256Hex } = await import('../platform/sha256');
  const hash = sha256Hex(got.bytes);
  if (hash !== version.sha256)
    fail('hash_mismatch', `sha256 ${hash.slice(0, 16)}…, expected ${version.sha256.slice(0, 16)}…`);
  try {
    // The Parquet reader loads only when a published file is read, off the first chart's path.
    const { decodeVersionFile } = await import('./versionFile');
    return await decodeVersionFile(got.bytes);
  } catch (e) {
    return fail('unreadable', describe(e));
  }
}

/** The data a page starts from when it has no draft of its own. */
export type BaseData =
  | { kind: 'bundled'; problems: PublishedProblem[] }
  | {
      kind: 'published';
      version: PublishedVersion;
      /** Whether this is the manifest's current version (false: an older one, the current one failed). */
      isCurrent: boolean;
      texts: TableTexts;
      problems: PublishedProblem[];
    };

/**
 * The current published version, or when it cannot be used the newest version that can, or the
 * bundled data (`kind: 'bundled'`) — with every problem met on the way, for the page to say.
 */
export async function resolvePublishedBase(
  fetcher: Fetch,
  siteBase: string,
  manifest: ManifestResult,
): Promise<BaseData> {
  if (manifest.kind === 'none') return { kind: 'bundled', problems: [] };
  if (manifest.kind === 'problem') return { kind: 'bundled', problems: [manifest.problem] };
  const problems: PublishedProblem[] = [];
  const candidates = versionsToTry(manifest.manifest);
  for (const version of candidates) {
    try {
      const texts = await fetchVersionTexts(fetcher, siteBase, version);
      return { kind: 'published', version, isCurrent: version === candidates[0], texts, problems };
    } catch (e) {
      if (!(e instanceof PublishedFileError)) throw e;
      problems.push(e.problem);
    }
  }
  return { kind: 'bundled', problems };
}
