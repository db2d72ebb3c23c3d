import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production build in Debian's Chromium; one file at a time keeps
// the 2-core CI machine from starving the browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/globalSetup.ts'],
    // The test process resolves the intranet host name as the browser does (see the file).
    setupFiles: ['tests/e2e/intranetDns.ts'],
  },
});
