// npm run eval:extract — the report extractor on the five seed reports, against the hand-read dataset.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateSeeds, SEEDS_DIR, TARGETS } from './extract/evaluateSeeds';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const scores = evaluateSeeds();
if (!scores) {
  console.log(`Seed reports not found at ${SEEDS_DIR}: evaluation skipped. / 未找到种子报告，跳过评估。`);
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
console.log('| report | year (found/expected) | jurisdiction | hand-read | proposed | recall | precision |');
console.log('|---|---|---|---|---|---|---|');
for (const s of scores) {
  console.log(
    `| ${s.file} | ${s.detectedYear ?? '—'}/${s.expectedYear} | ${s.detectedJurisdiction ?? '—'}/${s.expectedJurisdiction} | ${s.expected} | ${s.proposed} | ${pct(s.recall)} (${s.found}) | ${pct(s.precision)} (${s.correct}) |`,
  );
  if (verbose) {
    for (const m of s.missed)
      console.log(
        `  missed ${m.indicator_id} ${m.value} ${m.qualifier} «${m.quote}» got: ${m.got ?? 'nothing'}`,
      );
    for (const w of s.wrong)
      console.log(`  extra  ${w.indicator} ${w.value} ${w.qualifier} «${w.text}» in «${w.quote}»`);
  }
}
const met = scores.every((s) => s.recall >= TARGETS.recall && s.precision >= TARGETS.precision);
console.log(
  `Targets (recall ≥ ${pct(TARGETS.recall)}, precision ≥ ${pct(TARGETS.precision)} on every report): ${met ? 'met' : 'not met'}`,
);
const out = path.resolve('test-results/eval-extract.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ targets: TARGETS, met, reports: scores }, null, 2)}\n`);
console.log(`Written ${out}`);
