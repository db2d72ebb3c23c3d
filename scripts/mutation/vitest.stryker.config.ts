import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config';

// The project's test configuration for Stryker's runs. Its dry run executes every related test once
// (property tests included) while six other developers load the two cores: the per-test limit is
// generous so load is not reported as a failing test. A mutant that hangs is still stopped by
// Stryker's own timeout (run.ts, timeoutMS), which is measured from this dry run.
const root = fileURLToPath(new URL('../..', import.meta.url));

export default mergeConfig(
  base,
  defineConfig({ root, test: { testTimeout: 600_000, hookTimeout: 600_000 } }),
);
