import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLE_NAMES, type TableTexts } from './tables';

export const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');

/** The bundled CSVs read from `data/` (Node: tests and build scripts). */
export function readBundledTexts(dir = DATA_DIR): TableTexts {
  return Object.fromEntries(
    TABLE_NAMES.map((t) => [t, readFileSync(path.join(dir, `${t}.csv`), 'utf8')]),
  ) as TableTexts;
}
