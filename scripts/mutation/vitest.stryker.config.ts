import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config';

// The project's test configuration for Stryker's runs. Coverage instrumentation and a machine shared
// by several developers make the property tests several times slower than in `npm test`, and a test
// timing out in Stryker's first run aborts the whole measurement: no per-test limit here. A mutant
// that loops forever is still stopped by Stryker's own timeout (run.ts: timeoutMS).
const root = fileURLToPath(new URL('../..', import.meta.url));

export default mergeConfig(base, defineConfig({ root, test: { testTimeout: 0, hookTimeout: 0 } }));
