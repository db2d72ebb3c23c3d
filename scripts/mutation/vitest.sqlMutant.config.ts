import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config';
import { sqlMutantPlugin } from './sqlMutantPlugin';

// The project's test configuration plus the plugin that applies one hand-written SQL mutant.
const root = fileURLToPath(new URL('../..', import.meta.url));

export default mergeConfig(base, defineConfig({ root, plugins: [sqlMutantPlugin(root)] }));
