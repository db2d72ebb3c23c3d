import { strToU8, zipSync } from 'fflate';
import type { Publication } from './buildPublication';

/** The note inside the archive: where the files go, in both languages. */
export function publishNote(p: Publication): string {
  const v = p.version;
  return [
    `履职对比 · 发布数据版本 ${v.id}`,
    '',
    '把压缩包里的 datasets 文件夹复制到网站上 index.html 所在的文件夹（与 index.html 并列），',
    '先复制 .parquet 和 .snapshot.json，最后覆盖 datasets/manifest.json。已有的旧版本文件请保留：',
    '嵌入图表和分享链接可能仍指向它们；回退时把 manifest.json 中的 "current" 改回旧版本的 id 即可。',
    '',
    `Lüzhi Compare · published data version ${v.id}`,
    '',
    'Copy the datasets folder of this archive into the web site folder that holds index.html (beside it):',
    'the .parquet and .snapshot.json files first, datasets/manifest.json last. Keep the older version files:',
    'embeds and shared links may still point at them. To roll back, set "current" in manifest.json to an',
    'older version id.',
    '',
    `title: ${v.title}`,
    `createdAt: ${v.createdAt}`,
    `sha256: ${v.sha256}`,
    `rows: ${v.rowCounts.observations}`,
    '',
  ].join('\n');
}

/** One zip an administrator copies into the site: `datasets/…` plus the note. */
export function publishArchive(p: Publication): Uint8Array {
  const files: Record<string, Uint8Array> = { 'README-发布说明.txt': strToU8(publishNote(p)) };
  for (const f of p.files) files[`datasets/${f.name}`] = f.bytes;
  return zipSync(files, { level: 6 });
}
