import { refreshComparisons } from '../../src/queries/precomputed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import type { Connector } from '../../src/engine/connector';
import { buildPublication, type Publication } from '../../src/published/buildPublication';
import {
  fetchManifest,
  resolvePublishedBase,
  type Fetch,
  type PublishedProblemReason,
} from '../../src/published/loadPublished';
import { withVersion, type DatasetManifest } from '../../src/published/manifest';
import { canonicalSnapshot } from '../../src/storage/canonicalSnapshot';
import { dataVersionOf } from '../../src/storage/dataVersion';
import { engineWith } from '../support/nodeEngine';

const SITE = 'http://intranet.test/zx/luzhi/';
type Files = Record<string, Uint8Array | 'hang' | 'throw'>;

/** A site as a map of paths under SITE; absent paths are 404. */
function siteFetch(files: Files): Fetch {
  return (url, { signal }) => {
    const path = url.startsWith(SITE) ? url.slice(SITE.length) : url;
    const file = files[path];
    if (file === 'throw') return Promise.reject(new TypeError('Failed to fetch'));
    if (file === 'hang')
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    return Promise.resolve(
      file ? new Response(file as Uint8Array<ArrayBuffer>) : new Response(null, { status: 404 }),
    );
  };
}

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

describe('published datasets: loading what the site publishes, and every way it can be wrong', () => {
  let engine: Connector;
  let older: Publication;
  let newer: Publication;
  let bundledVersion: string;
  beforeAll(async () => {
    const bundled = readBundledTexts();
    engine = await engineWith(bundled);
    bundledVersion = await dataVersionOf(await canonicalSnapshot(engine));
    older = await buildPublication(engine, {
      title: '旧',
      comment: '',
      createdAt: '2026-01-01T00:00:00Z',
      previous: null,
    });
    await engine.query("DELETE FROM observations WHERE jurisdiction_id = 'jiaxing' AND year = 2022");
    // Data changed by hand: the precomputed comparison is rebuilt as a commit would.
    await refreshComparisons(engine);
    newer = await buildPublication(engine, {
      title: '新',
      comment: '',
      createdAt: '2026-02-01T00:00:00Z',
      previous: older.manifest,
    });
    // two publications built (each with its first view) on a machine that may be loaded: a hang guard
  }, 300_000);
  afterAll(() => engine?.close());

  const filesOf = (p: Publication, manifest: DatasetManifest = p.manifest): Files => ({
    ...Object.fromEntries(p.files.map((f) => [`datasets/${f.name}`, f.bytes])),
    'datasets/manifest.json': json(manifest),
  });
  const site = (): Files => ({ ...filesOf(older), ...filesOf(newer) });

  it('a published file reads back as the very data it was made from (same data version)', async () => {
    const got = await resolvePublishedBase(
      siteFetch(site()),
      SITE,
      await fetchManifest(siteFetch(site()), SITE),
    );
    expect(got.kind).toBe('published');
    if (got.kind !== 'published') return;
    expect(got.isCurrent).toBe(true);
    expect(got.version.id).toBe(newer.version.id);
    expect(got.problems).toEqual([]);
    const fresh = await engineWith(got.texts);
    expect(await dataVersionOf(await canonicalSnapshot(fresh))).toBe(newer.version.dataVersion);
    await fresh.close();
    expect(newer.version.dataVersion).not.toBe(bundledVersion);
    expect(older.version.rowCounts.observations - newer.version.rowCounts.observations).toBeGreaterThan(0);
  });

  it('the same data publishes the same bytes (the file name is its hash)', async () => {
    const again = await engineWith(readBundledTexts());
    const p = await buildPublication(again, {
      title: 'x',
      comment: 'y',
      createdAt: '2027-01-01T00:00:00Z',
      previous: null,
    });
    await again.close();
    expect(p.version.id).toBe(older.version.id);
    expect(p.version.sha256).toBe(older.version.sha256);
  });

  it('no manifest (404) is the normal case: the bundled data, silently', async () => {
    const m = await fetchManifest(siteFetch({}), SITE);
    expect(m).toEqual({ kind: 'none' });
    // A server that answers unknown paths with index.html has no manifest either.
    const spa: Fetch = async () =>
      new Response('<!doctype html><title>x</title>', {
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      });
    expect(await fetchManifest(spa, SITE)).toEqual({ kind: 'none' });
    expect(await resolvePublishedBase(siteFetch({}), SITE, m)).toEqual({ kind: 'bundled', problems: [] });
  });

  const broken = (p: Publication, change: (b: Uint8Array) => Uint8Array) => ({
    ...site(),
    [`datasets/${p.version.file}`]: change(p.files[0]!.bytes),
  });
  const flip = (b: Uint8Array) => {
    const c = b.slice();
    c[Math.floor(c.length / 2)]! ^= 0xff;
    return c;
  };

  it.each<{
    name: string;
    files: () => Files;
    manifestReason?: PublishedProblemReason;
    fileReason?: PublishedProblemReason;
  }>([
    {
      name: 'manifest is not JSON',
      files: () => ({ 'datasets/manifest.json': new TextEncoder().encode('{oops') }),
      manifestReason: 'malformed',
    },
    {
      name: 'manifest of another shape',
      files: () => ({ 'datasets/manifest.json': json({ versions: [] }) }),
      manifestReason: 'malformed',
    },
    {
      name: 'manifest unreachable',
      files: () => ({ 'datasets/manifest.json': 'throw' }),
      manifestReason: 'unreachable',
    },
    {
      name: 'manifest never answers',
      files: () => ({ 'datasets/manifest.json': 'hang' }),
      manifestReason: 'timeout',
    },
    {
      name: 'current file missing',
      files: () => {
        const f = site();
        delete f[`datasets/${newer.version.file}`];
        return f;
      },
      fileReason: 'missing',
    },
    {
      name: 'current file truncated',
      files: () => broken(newer, (b) => b.slice(0, b.length - 100)),
      fileReason: 'truncated',
    },
    { name: 'current file altered', files: () => broken(newer, flip), fileReason: 'hash_mismatch' },
    {
      name: 'current file never arrives',
      files: () => ({ ...site(), [`datasets/${newer.version.file}`]: 'hang' }),
      fileReason: 'timeout',
    },
  ])(
    '$name: a problem naming the file, and the last good data',
    async ({ files, manifestReason, fileReason }) => {
      const fetcher = siteFetch(files());
      const m = await fetchManifest(fetcher, SITE, 50);
      if (manifestReason) {
        expect(m).toMatchObject({
          kind: 'problem',
          problem: { file: 'datasets/manifest.json', reason: manifestReason },
        });
        const got = await resolvePublishedBase(fetcher, SITE, m);
        expect(got.kind).toBe('bundled');
        expect(got.problems).toHaveLength(1);
        return;
      }
      // The file's own timeout is long; the hanging case is cut short by a small one here.
      const { fetchVersionTexts } = await import('../../src/published/loadPublished');
      if (fileReason === 'timeout') {
        await expect(fetchVersionTexts(fetcher, SITE, newer.version, 50)).rejects.toMatchObject({
          problem: { file: `datasets/${newer.version.file}`, reason: 'timeout' },
        });
        return;
      }
      const got = await resolvePublishedBase(fetcher, SITE, m);
      expect(got.problems).toEqual([
        expect.objectContaining({ file: `datasets/${newer.version.file}`, reason: fileReason }),
      ]);
      // The last good version: the older one, complete, never half of the broken one.
      expect(got.kind).toBe('published');
      if (got.kind !== 'published') return;
      expect(got.isCurrent).toBe(false);
      expect(got.version.id).toBe(older.version.id);
      const fresh = await engineWith(got.texts);
      expect(await dataVersionOf(await canonicalSnapshot(fresh))).toBe(older.version.dataVersion);
      await fresh.close();
    },
  );

  it('a manifest naming only missing files falls back to the bundled data, listing each file', async () => {
    const manifest = withVersion(older.manifest, newer.version);
    const got = await resolvePublishedBase(siteFetch({ 'datasets/manifest.json': json(manifest) }), SITE, {
      kind: 'manifest',
      manifest,
    });
    expect(got.kind).toBe('bundled');
    expect(got.problems.map((p) => [p.file, p.reason])).toEqual([
      [`datasets/${newer.version.file}`, 'missing'],
      [`datasets/${older.version.file}`, 'missing'],
    ]);
  });

  it('a file that is not a published dataset is named as unreadable', async () => {
    const { fetchVersionTexts } = await import('../../src/published/loadPublished');
    const bytes = new TextEncoder().encode('not parquet at all, but long enough to pass the size check');
    const { sha256Hex } = await import('../../src/platform/sha256');
    const version = { ...older.version, bytes: bytes.length, sha256: sha256Hex(bytes) };
    await expect(
      fetchVersionTexts(siteFetch({ [`datasets/${version.file}`]: bytes }), SITE, version),
    ).rejects.toMatchObject({ problem: { reason: 'unreadable' } });
  });
});
