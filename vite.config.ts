import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type HtmlTagDescriptor, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { tsImport } from 'tsx/esm/api';

/**
 * The built page may talk only to the server it came from. The policy is added to the production
 * build only: the dev server's React refresh needs an inline script.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'luzhi-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

type SnapshotModule = typeof import('./src/snapshot/querySnapshotJson');

/**
 * The first chart's data: the app's own SQL run at build time on data/*.csv (DuckDB under Node, see
 * src/snapshot), shipped as one JSON file that index.html preloads beside the JS, so the page can draw
 * before the 7.8 MB engine is ready. The Node code is loaded with tsx when the build starts, which
 * keeps this config free of extensionless relative imports.
 */
function querySnapshot(dataDir: string): Plugin {
  const assetName = 'query-snapshot.json';
  const devPath = '/@luzhi/query-snapshot.json';
  const load = () =>
    tsImport('./src/snapshot/querySnapshotJson.ts', import.meta.url) as Promise<SnapshotModule>;
  let config: ResolvedConfig;
  let linkAttribute = '';
  let devJson: Promise<string> | null = null;
  const preload = (href: string): HtmlTagDescriptor => ({
    tag: 'link',
    // as=fetch + crossorigin matches the page's own fetch(), so the preloaded bytes are reused.
    attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href, [linkAttribute]: '' },
    injectTo: 'head',
  });
  return {
    name: 'luzhi-query-snapshot',
    async configResolved(resolved) {
      config = resolved;
      linkAttribute = (await load()).QUERY_SNAPSHOT_LINK_ATTRIBUTE;
    },
    async buildStart() {
      if (config.command !== 'build') return;
      const started = performance.now();
      const json = await (await load()).querySnapshotJson(dataDir);
      this.emitFile({ type: 'asset', name: assetName, source: json });
      const ms = Math.round(performance.now() - started);
      config.logger.info(`query snapshot: ${json.length} bytes in ${ms} ms`);
    },
    configureServer(server) {
      // Dev: computed on first request, and again after a bundled CSV changes.
      server.watcher.on('change', (file) => {
        if (path.resolve(file).startsWith(dataDir)) devJson = null;
      });
      server.middlewares.use(devPath, (_req, res, next) => {
        devJson ??= load().then((m) => m.querySnapshotJson(dataDir));
        devJson.then((json) => {
          res.setHeader('Content-Type', 'application/json');
          res.end(json);
        }, next);
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [preload(devPath)];
        const asset = Object.values(ctx.bundle).find(
          (out) => out.type === 'asset' && out.names.includes(assetName),
        );
        if (!asset) throw new Error(`${assetName} is missing from the bundle`);
        return [preload(`./${asset.fileName}`)];
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    querySnapshot(fileURLToPath(new URL('./data', import.meta.url))),
  ],
  // Relative base so the static build works from any intranet sub-path.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
});
