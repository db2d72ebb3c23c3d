import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type StaticServer } from '../../scripts/staticServer';
import { INTRANET_HOST, SITE_PREFIX } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://intranet.test:PORT/zx/luzhi/`: plain http, a host name, a sub-path. */
    baseUrl: string;
    /** The production build the server serves (tests that lay a site's files over it need it). */
    distDir: string;
  }
}

let server: StaticServer | undefined;

/**
 * Serves the production build (built by `npm run test:e2e`) the way an intranet does: a plain static
 * server, plain http, under a sub-path. The browser maps the intranet host name to this loopback
 * server (see browser.ts), so the page is not a secure context, as on a real deployment.
 */
export async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  // E2E_DIST lets several builds be tested side by side (e.g. `vite build --outDir /tmp/x`).
  const outDir = path.resolve(root, process.env.E2E_DIST ?? 'dist');
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`${outDir} has no build: run \`npm run build\` first (npm run test:e2e does).`);
  }
  server = await startStaticServer({ roots: [outDir], prefix: SITE_PREFIX });
  project.provide('baseUrl', `http://${INTRANET_HOST}:${server.port}${SITE_PREFIX}`);
  project.provide('distDir', outDir);
}

export async function teardown() {
  await server?.close();
}
