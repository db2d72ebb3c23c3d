import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Serves the production build (built by `npm run test:e2e`) on a free loopback port. */
export async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  // E2E_DIST lets several builds be tested side by side (e.g. `vite build --outDir /tmp/x`).
  const outDir = path.resolve(root, process.env.E2E_DIST ?? 'dist');
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`${outDir} has no build: run \`npm run build\` first (npm run test:e2e does).`);
  }
  server = await preview({
    root,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
}

export async function teardown() {
  await server?.close();
}
