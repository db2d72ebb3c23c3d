import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  /** Path inside the build, e.g. assets/index-abc.js. */
  file: string;
  raw: number;
  /** gzip -6 of the file, as a typical server would send it. */
  gzip: number;
}

/** Maps a requested URL to its file in the build and measures it (raw and gzip, computed here). */
export function fileSizes(dist: string, baseUrl: string) {
  const cache = new Map<string, FileSize | null>();
  const base = new URL(baseUrl);
  return (url: string): FileSize | null => {
    if (cache.has(url)) return cache.get(url)!;
    let size: FileSize | null = null;
    const u = new URL(url);
    // the site lives under a sub-path (/zx/luzhi/): files are named from there
    if (u.origin === base.origin && u.pathname.startsWith(base.pathname)) {
      let file = decodeURIComponent(u.pathname.slice(base.pathname.length));
      if (file === '' || file.endsWith('/')) file += 'index.html';
      const full = path.join(dist, file);
      try {
        if (statSync(full).isFile()) {
          const bytes = readFileSync(full);
          size = { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
        }
      } catch {
        size = null;
      }
    }
    cache.set(url, size);
    return size;
  };
}
