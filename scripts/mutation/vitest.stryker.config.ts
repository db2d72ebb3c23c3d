import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config';

// The project's test configuration for Stryker's runs. Coverage instrumentation and a machine shared
// by several developers make the property tests several times slower than in `npm test`, and a test
// timing out in Stryker's first run aborts the whole measurement: no per-test limit here. A mutant
// that loops forever is still stopped by Stryker's own timeout (run.ts: timeoutMS).
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Comma-separated test globs that replace the project's test list (run.ts --tests). */
export const MUTATION_TESTS_ENV = 'LUZHI_MUTATION_TESTS';
const only = process.env[MUTATION_TESTS_ENV]?.split(',');

const config = mergeConfig(base, defineConfig({ root, test: { testTimeout: 0, hookTimeout: 0 } }));
// set, not merged: mergeConfig would append the globs to the project's list
if (only) config.test = { ...config.test, include: only };

export default config;
