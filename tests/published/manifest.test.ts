import { describe, expect, it } from 'vitest';
import {
  MANIFEST_FORMAT,
  ManifestError,
  fileUrl,
  parseManifest,
  versionsToTry,
  withVersion,
  type DatasetManifest,
  type PublishedVersion,
} from '../../src/published/manifest';

const version = (id: string, createdAt: string): PublishedVersion => ({
  id: id.repeat(16).slice(0, 16),
  sha256: id.repeat(64).slice(0, 64),
  file: `${id.repeat(16).slice(0, 16)}.parquet`,
  bytes: 100,
  createdAt,
  title: '',
  comment: '',
  dataVersion: 'abc123',
  rowCounts: { observations: 1, jurisdictions: 1, indicators: 1, categories: 1, sources: 1 },
  snapshot: null,
});
const a = version('a', '2026-01-01T00:00:00Z');
const b = version('b', '2026-03-01T00:00:00Z');
const c = version('c', '2026-02-01T00:00:00Z');
const good: DatasetManifest = { format: MANIFEST_FORMAT, current: a.id, versions: [a, b, c] };

describe('datasets/manifest.json', () => {
  it('reads a well-formed manifest', () => {
    expect(parseManifest(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(parseManifest({ ...good, current: null }).current).toBeNull();
  });

  it.each([
    { name: 'not an object', json: [], problem: 'not a JSON object' },
    { name: 'other format', json: { ...good, format: 'x' }, problem: 'format is "x"' },
    { name: 'no versions', json: { ...good, versions: {} }, problem: 'versions is not a list' },
    {
      name: 'current unknown',
      json: { ...good, current: 'ffffffffffffffff' },
      problem: 'current is "ffffffffffffffff"',
    },
    { name: 'bad id', json: { ...good, versions: [{ ...a, id: 'x' }] }, problem: 'versions[0].id is "x"' },
    {
      name: 'bad hash',
      json: { ...good, versions: [{ ...a, sha256: 'abc' }] },
      problem: 'versions[0].sha256',
    },
    {
      name: 'file outside datasets/',
      json: { ...good, versions: [{ ...a, file: '../index.html' }] },
      problem: 'versions[0].file is "../index.html"',
    },
    {
      name: 'file in a folder',
      json: { ...good, versions: [{ ...a, file: 'x/y.parquet' }] },
      problem: 'versions[0].file',
    },
    {
      name: 'zero bytes',
      json: { ...good, versions: [{ ...a, bytes: 0 }] },
      problem: 'versions[0].bytes is 0',
    },
    {
      name: 'bad date',
      json: { ...good, versions: [{ ...a, createdAt: 'yesterday' }] },
      problem: 'createdAt',
    },
    {
      name: 'missing row counts',
      json: { ...good, versions: [{ ...a, rowCounts: { observations: 1 } }] },
      problem: 'versions[0].rowCounts',
    },
    { name: 'duplicate id', json: { ...good, versions: [a, a] }, problem: 'appears twice' },
  ])('names the problem: $name', ({ json, problem }) => {
    expect(() => parseManifest(json)).toThrow(ManifestError);
    expect(() => parseManifest(json)).toThrow(problem);
  });

  it('tries the current version first, then the others newest first', () => {
    expect(versionsToTry(good).map((v) => v.id)).toEqual([a.id, b.id, c.id]);
    expect(versionsToTry({ ...good, current: c.id }).map((v) => v.id)).toEqual([c.id, b.id, a.id]);
    expect(versionsToTry({ ...good, current: null })).toEqual([]);
  });

  it('publishing adds a version and makes it current, keeping the old ones', () => {
    const d = version('d', '2026-04-01T00:00:00Z');
    const next = withVersion(good, d);
    expect(next.current).toBe(d.id);
    expect(next.versions.map((v) => v.id)).toEqual([a.id, b.id, c.id, d.id]);
    expect(withVersion(null, d)).toEqual({ format: MANIFEST_FORMAT, current: d.id, versions: [d] });
  });

  it('files resolve under datasets/ of the site, at any sub-path, or to their absolute URL', () => {
    expect(fileUrl('x.parquet', 'http://intranet.test/zx/luzhi/')).toBe(
      'http://intranet.test/zx/luzhi/datasets/x.parquet',
    );
    expect(fileUrl('http://files.intranet/x.parquet', 'http://intranet.test/zx/luzhi/')).toBe(
      'http://files.intranet/x.parquet',
    );
  });
});
