// Merges mutation/results.json from the two sides of a conflicted merge (stage 2 = ours, 3 = theirs):
// modules in THEIRS_MODULES come from theirs, the rest from ours; per-file results are unioned
// (newer side wins per file). Then rewrites the README section with the project's own report code.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { mutationMarkdown, withMutationSection, type MutationResults } from './mutation/report';
import { MUTATION_MODULES } from './mutation/modules';

const root = process.cwd();
const theirsModules = (process.argv[2] ?? 'import,export-escaping').split(',');
const stage = (n: number, f: string): MutationResults => JSON.parse(execSync(`git show :${n}:${f}`, { cwd: root }).toString());
const ours = stage(2, 'mutation/results.json');
const theirs = stage(3, 'mutation/results.json');
const out: MutationResults = { ...ours, stryker: { ...ours.stryker } };
for (const [name, r] of Object.entries(theirs.stryker)) {
  if (theirsModules.includes(name) || !out.stryker[name]) out.stryker[name] = r;
}
if (!out.sql && theirs.sql) out.sql = theirs.sql;
fs.writeFileSync(path.join(root, 'mutation/results.json'), JSON.stringify(out, null, 2) + '\n');
const readmeFile = path.join(root, 'README.md');
const updated = withMutationSection(fs.readFileSync(readmeFile, 'utf8'), mutationMarkdown(out, MUTATION_MODULES));
if (updated === null) throw new Error('no markers');
fs.writeFileSync(readmeFile, updated);
console.log('merged', Object.keys(out.stryker));
