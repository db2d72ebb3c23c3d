import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../src/published/buildPublication';
import { FIRST_VIEW_ROW_BUDGET } from '../../src/snapshot/buildFirstView';
import { isQuerySnapshot, snapshotEntryKey } from '../../src/snapshot/querySnapshot';
import { canonicalSnapshot } from '../../src/storage/canonicalSnapshot';
import { dataVersionOf } from '../../src/storage/dataVersion';
import { fixtureTexts, jurisdiction, observation as o } from '../support/fixture';
import { engineWith } from '../support/nodeEngine';

// 50 bodies × 2 indicators × 60 years: 121 rankings of 50 rows, more than a first view holds.
const BODIES = Array.from({ length: 50 }, (_, i) => jurisdiction(`body${i}`, `地区${i}`));
const YEARS = Array.from({ length: 60 }, (_, i) => 1970 + i);
const ROWS = BODIES.flatMap((b, i) =>
  YEARS.flatMap((year) => [
    o(b.id, year, 'proposals_filed', 100 + i + year),
    o(b.id, year, 'proposals_answered', 90 + i),
  ]),
);

describe('a published version of a large dataset', () => {
  it('carries its first view (landing view and the rankings a page opens on, within the budget), not every indicator-year', async () => {
    const engine = await engineWith(fixtureTexts(ROWS, { jurisdictions: BODIES }));
    const publication = await buildPublication(engine, {
      title: 't',
      comment: '',
      createdAt: '2026-11-29T00:00:00Z',
      previous: null,
    });
    const file = publication.files.find((f) => f.name === publication.version.snapshot)!;
    const snapshot: unknown = JSON.parse(new TextDecoder().decode(file.bytes));
    expect(isQuerySnapshot(snapshot)).toBe(true);
    if (!isQuerySnapshot(snapshot)) return;
    expect(snapshot.dataVersion).toBe(await dataVersionOf(await canonicalSnapshot(engine)));
    const keys = Object.keys(snapshot.entries);
    expect(keys).toContain(snapshotEntryKey('catalog', []));
    expect(keys).toContain(snapshotEntryKey('overview', []));
    // What ?view=ranking opens on is there, as is every indicator's own opening.
    for (const id of ['proposals_filed', 'proposals_answered', 'proposals_answer_rate'])
      expect(keys).toContain(snapshotEntryKey('ranking', [id, 2029]));
    // Bounded: the rankings stop once the budget is spent (one ranking may cross it).
    const rankings = keys.filter((k) => (JSON.parse(k) as string[])[0] === 'ranking');
    const rankingRows = rankings.reduce((n, k) => n + (snapshot.entries[k] as unknown[]).length, 0);
    expect(rankings.length).toBeLessThan(3 * (YEARS.length + 1));
    expect(rankingRows).toBeLessThan(FIRST_VIEW_ROW_BUDGET + BODIES.length);
    await engine.close();
  });
});
