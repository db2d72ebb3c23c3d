import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, type TableTexts } from '../data/tables';
import { dataVersionOf } from './dataVersion';
import { datasetFileName } from './datasetRows';

// The data version is part of stored records, pinned embed links and export file names: its recipe
// must not drift. Computed here independently (node:crypto) from the documented framing.
function expectedVersion(snapshot: TableTexts): string {
  const hash = createHash('sha256');
  for (const table of TABLE_NAMES) {
    hash.update(`luzhi-dataset-v1\n${table}\n${snapshot[table].length}\n`);
    hash.update(snapshot[table]);
  }
  return hash.digest('hex').slice(0, 12);
}

const snapshot = (observations: string): TableTexts => ({
  observations,
  jurisdictions: 'id,name_zh\njiaxing,嘉兴\n',
  indicators: 'id\nproposals_filed\n',
  categories: 'id\n',
  sources: 'file\n',
});

describe('data version of a snapshot', () => {
  // Several snapshots, so that some digest has a byte below 0x10 among its first six (zero-padded hex).
  const texts = Array.from({ length: 40 }, (_, i) => `jurisdiction_id,year\njiaxing,${2000 + i}\n`);

  it.each(texts.map((t, i) => [i, t] as const))(
    'snapshot %i: first 12 hex digits of the framed SHA-256',
    async (_i, text) => {
      const version = await dataVersionOf(snapshot(text));
      expect(version).toBe(expectedVersion(snapshot(text)));
      expect(version).toMatch(/^[0-9a-f]{12}$/u);
    },
  );

  it('some of these digests start a byte with 0, so zero padding is exercised', () => {
    expect(texts.some((t) => /^(?:..)*0/u.test(expectedVersion(snapshot(t))))).toBe(true);
  });

  it('text moved from one table to the next changes the version (lengths are framed)', async () => {
    const a = { ...snapshot('ab'), jurisdictions: 'c' };
    const b = { ...snapshot('a'), jurisdictions: 'bc' };
    expect(await dataVersionOf(a)).not.toBe(await dataVersionOf(b));
  });

  it('the export file name carries the version', () => {
    expect(datasetFileName('0123456789ab', 'csv')).toBe('luzhi-data-0123456789ab.csv');
    expect(datasetFileName('0123456789ab', 'parquet')).toBe('luzhi-data-0123456789ab.parquet');
  });
});
