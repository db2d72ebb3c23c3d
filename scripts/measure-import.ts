// Times the app's CSV import against DuckDB-WASM's own read_csv and papaparse on the same bytes, in
// Node (the same wasm engine and JS the browser runs). Run: npx tsx scripts/measure-import.ts [rows…]
// The browser benchmark (speed capability) times `runImport` / `startImport` in a page instead.
import Papa from 'papaparse';
import { readBundledTexts } from '../src/data/bundledFilesNode';
import type { Indicator, Jurisdiction } from '../src/data/schema';
import { createNodeConnector } from '../src/engine/nodeConnector';
import { importToColumns, runImport } from '../src/import/runImport';
import type { ImportCatalog } from '../src/import/types';

const FIRST_YEAR = 1950;
const YEARS = 76; // 1950..2025

/** Larger values for wholes than for their parts, so part ≤ whole holds and every row is valid. */
function baseValue(indicatorId: string, n: number): number {
  const x = (n * 7919) % 1000;
  if (indicatorId === 'proposals_received') return 3000 + x;
  if (indicatorId === 'proposals_filed' || indicatorId === 'info_submitted') return 2000 + x;
  return x;
}

/** The bundled catalog plus synthetic jurisdictions j000…, enough for `rows` distinct keys. */
export function syntheticCatalog(rows: number): ImportCatalog {
  const texts = readBundledTexts();
  const parse = <T>(text: string) =>
    Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.map(
      (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? null : v])) as T,
    );
  const indicators = parse<Indicator>(texts.indicators);
  const base = indicators.filter((i) => !i.numerator_id);
  const count = Math.ceil(rows / (base.length * YEARS));
  const jurisdictions: Jurisdiction[] = parse<Jurisdiction>(texts.jurisdictions);
  for (let j = 0; j < count; j++) {
    const id = `j${String(j).padStart(3, '0')}`;
    jurisdictions.push({
      ...jurisdictions[0]!,
      id,
      name_zh: `测试${j}`,
      name_en: `Test ${j}`,
      aliases: null,
    });
  }
  return { jurisdictions, indicators };
}

export type Shape = 'short' | 'full';

/**
 * A long CSV with `rows` distinct valid rows. `short`: jurisdiction_id,year,indicator_id,value,qualifier.
 * `full`: the app's export columns (adds unit, source_file and a quoted Chinese quote), like the
 * browser benchmark's dataset.
 */
export function longCsv(rows: number, catalog: ImportCatalog, shape: Shape = 'short'): Uint8Array {
  const base = catalog.indicators.filter((i) => !i.numerator_id);
  const js = catalog.jurisdictions.filter((j) => /^j\d{3}$/u.test(j.id)).map((j) => j.id);
  const parts: string[] = [
    shape === 'short'
      ? 'jurisdiction_id,year,indicator_id,value,qualifier\n'
      : 'jurisdiction_id,year,indicator_id,value,qualifier,unit,source_file,quote\n',
  ];
  let n = 0;
  outer: for (const j of js)
    for (let y = 0; y < YEARS; y++)
      for (const ind of base) {
        const v = baseValue(ind.id, n);
        const q = v % 17 === 0 ? 'at_least' : 'exact';
        parts.push(
          shape === 'short'
            ? `${j},${FIRST_YEAR + y},${ind.id},${v},${q}\n`
            : `${j},${FIRST_YEAR + y},${ind.id},${v},${q},${ind.unit_zh},bench.csv,"第${v}项"\n`,
        );
        if (++n >= rows) break outer;
      }
  return new TextEncoder().encode(parts.join(''));
}

/** Best of `runs`: the machine is shared, and interference only ever adds time. */
async function best(runs: number, f: () => Promise<unknown>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

async function main() {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const db = await createNodeConnector();
  const table: string[] = [
    '| rows | columns | MB | read_csv ms | app import (columns) ms | ×read_csv | app import (+row objects) ms | ×read_csv | papaparse ms | ×read_csv | problems |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const rows of sizes.length ? sizes : [10_000, 100_000, 1_000_000]) {
    for (const shape of ['short', 'full'] as const) {
      const catalog = syntheticCatalog(rows);
      const bytes = longCsv(rows, catalog, shape);
      const source = { kind: 'file' as const, name: 'bench.csv', bytes };
      const options = { catalog, currentYear: 2025 };
      const file = `bench-${shape}.csv`;
      await db.registerFileBuffer(file, bytes);
      const sql = `CREATE OR REPLACE TABLE bench AS SELECT * FROM read_csv('${file}')`;
      const runs = rows >= 1_000_000 ? 5 : 7;
      // warm-up (JIT, wasm) and a correctness check: every generated row must be accepted
      await db.query(sql);
      const check = await importToColumns(source, options);
      if (check.columns.length !== rows)
        throw new Error(`${shape} ${rows}: only ${check.columns.length} rows accepted`);
      // interleaved, so both see the same machine load
      let readCsv = Infinity;
      let columns = Infinity;
      for (let r = 0; r < runs; r++) {
        readCsv = Math.min(readCsv, await best(1, () => db.query(sql)));
        columns = Math.min(columns, await best(1, () => importToColumns(source, options)));
      }
      const objects = await best(Math.min(runs, 3), () => runImport(source, options));
      const papa = await best(Math.min(runs, 3), async () =>
        Papa.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes), { skipEmptyLines: true }),
      );
      await db.query('DROP TABLE bench');
      await db.dropFile(file);
      const x = (ms: number) => (ms / readCsv).toFixed(2);
      table.push(
        `| ${rows.toLocaleString('en-US')} | ${shape === 'short' ? 5 : 8} | ${(bytes.length / 1e6).toFixed(1)} | ${readCsv.toFixed(0)} | ${columns.toFixed(0)} | ${x(columns)} | ${objects.toFixed(0)} | ${x(objects)} | ${papa.toFixed(0)} | ${x(papa)} | ${check.outcome.problemTotal} |`,
      );
      console.error(table[table.length - 1]);
    }
  }
  await db.close();
  console.log(table.join('\n'));
}

if (process.argv[1] && import.meta.filename === (await import('node:path')).resolve(process.argv[1])) {
  await main();
}
