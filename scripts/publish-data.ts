// npm run publish-data -- <file> --site <folder> [--title …] [--comment …] [--mode merge|replace_slices|replace_all]
//
// Imports a CSV/TSV/Parquet file with the browser's own pipeline (src/import through
// src/published/importForPublication) on top of the site's current published data (or the bundled
// data when nothing is published), and writes the result as a new published version into
// <folder>/datasets/. Every problem is printed with row, column, value and reason; any error
// publishes nothing and exits with status 1.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readBundledTexts } from '../src/data/bundledFilesNode';
import { loadTablesFromCsv, type TableTexts } from '../src/data/tables';
import { createNodeConnector } from '../src/engine/nodeConnector';
import { buildPublication } from '../src/published/buildPublication';
import { importForPublication } from '../src/published/importForPublication';
import { fetchManifest, fetchVersionTexts, type Fetch } from '../src/published/loadPublished';
import { currentVersion, DATASETS_DIR, type DatasetManifest } from '../src/published/manifest';
import { COMMIT_MODES, type CommitMode } from '../src/storage/commitMode';

/** The site folder read through the same loader the page uses (file:// URLs instead of http). */
const folderFetch: Fetch = async (url) => {
  const file = new URL(url);
  if (file.protocol !== 'file:') throw new Error(`${url}: only files inside the site folder are read`);
  try {
    return new Response(readFileSync(file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return new Response(null, { status: 404 });
    throw e;
  }
};

function usage(message: string): never {
  console.error(message);
  console.error(
    'Usage: npm run publish-data -- <file> --site <folder> [--title 标题] [--comment 说明] [--mode merge|replace_slices|replace_all] [--lang zh|en]',
  );
  process.exit(2);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      site: { type: 'string' },
      title: { type: 'string', default: '' },
      comment: { type: 'string', default: '' },
      mode: { type: 'string', default: 'merge' },
      lang: { type: 'string', default: 'zh' },
    },
  });
  const [input] = positionals;
  if (!input || positionals.length !== 1) usage('Give exactly one file to publish.');
  if (!values.site) usage('Give the site folder with --site (the folder that holds index.html).');
  if (!(COMMIT_MODES as readonly string[]).includes(values.mode)) usage(`Unknown --mode ${values.mode}.`);
  const lang = values.lang === 'en' ? 'en' : 'zh';
  const site = path.resolve(values.site);
  const siteBase = new URL(`file://${site}/`).href;

  // What the site shows today: its current published version, else the bundled data.
  const found = await fetchManifest(folderFetch, siteBase);
  if (found.kind === 'problem') {
    console.error(`${found.problem.file}: ${found.problem.reason} (${found.problem.detail})`);
    process.exit(1);
  }
  const previous: DatasetManifest | null = found.kind === 'manifest' ? found.manifest : null;
  const current = previous ? currentVersion(previous) : null;
  const base: TableTexts = current
    ? await fetchVersionTexts(folderFetch, siteBase, current)
    : readBundledTexts();

  const connector = await createNodeConnector();
  try {
    await loadTablesFromCsv(connector, base);
    const bytes = new Uint8Array(readFileSync(input));
    const { outcome, rejected } = await importForPublication(
      connector,
      { kind: 'file', name: path.basename(input), bytes },
      { mode: values.mode as CommitMode },
    );
    for (const p of outcome.problems) {
      const fields = [p.severity, p.kind, `row=${p.row}`, `column=${p.column}`, `value=${p.value}`];
      console.log(`${fields.join('\t')}\t${p.message[lang]}`);
    }
    const errors = outcome.problems.filter((p) => p.severity === 'error').length;
    if (rejected) {
      console.error(
        lang === 'zh'
          ? `未发布：${errors} 个错误，${outcome.rows.length} 行可用。请修正文件后重试。`
          : `Not published: ${errors} errors, ${outcome.rows.length} usable rows. Fix the file and try again.`,
      );
      process.exit(1);
    }
    const publication = await buildPublication(connector, {
      title: values.title || path.basename(input),
      comment: values.comment,
      createdAt: new Date().toISOString(),
      previous,
    });
    const dir = path.join(site, DATASETS_DIR);
    mkdirSync(dir, { recursive: true });
    // Version files first; the manifest last and by rename, so a reader never sees it half-written
    // or pointing at a file not yet there.
    for (const f of publication.files) {
      const target = path.join(dir, f.name);
      writeFileSync(`${target}.tmp`, f.bytes);
      renameSync(`${target}.tmp`, target);
    }
    const v = publication.version;
    console.log(
      lang === 'zh'
        ? `已发布版本 ${v.id}（${v.rowCounts.observations} 条数据，数据版本 ${v.dataVersion}）到 ${dir}`
        : `Published version ${v.id} (${v.rowCounts.observations} observations, data version ${v.dataVersion}) to ${dir}`,
    );
  } finally {
    await connector.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
