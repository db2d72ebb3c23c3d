import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { fetchMatrix } from '../../src/views/matrix/matrixQuery';
import { fetchProfile } from '../../src/views/profile/profileQuery';
import { FIXTURE_INDICATORS, fixtureTexts, indicator, observation as o } from '../support/fixture';
import { engineWith } from '../support/nodeEngine';

// Bugs in the matrix and profile SQL that the other view tests would not notice (hand-written SQL
// mutants, scripts/mutation/sqlMutants.ts): ≥/≈ marks dropped, uncategorised indicators sorted first.
const OBSERVATIONS = [
  o('jiaxing', 2022, 'proposals_filed', 369),
  o('wuxing', 2022, 'proposals_filed', 98, { qualifier: 'at_least' }),
  o('hezhou', 2022, 'proposals_filed', 50, { qualifier: 'approx' }),
  o('jiaxing', 2022, 'proposals_answered', 360),
  o('jiaxing', 2022, 'site_visits', 12, { qualifier: 'at_least' }),
];
// An indicator whose category is not in the categories table (an upload can add one).
const INDICATORS = [...FIXTURE_INDICATORS, indicator('site_visits', '视察', { category: 'uncatalogued' })];

describe('matrix and profile SQL keep qualifiers and put uncategorised indicators last', () => {
  let db: Connector;
  beforeAll(async () => {
    db = await engineWith(fixtureTexts(OBSERVATIONS, { indicators: INDICATORS }));
  });
  afterAll(() => db.close());

  it('matrix cells carry their ≥ and ≈ qualifiers', async () => {
    const cells = (await fetchMatrix(db, { year: 2022 })).filter((c) => c.indicator_id === 'proposals_filed');
    expect(cells.map((c) => [c.jurisdiction_id, c.qualifier])).toEqual([
      ['jiaxing', 'exact'],
      ['wuxing', 'at_least'],
      ['hezhou', 'approx'],
    ]);
  });

  it('matrix “latest” cells carry their qualifiers too', async () => {
    const cells = (await fetchMatrix(db, { year: null })).filter((c) => c.indicator_id === 'proposals_filed');
    expect(cells.map((c) => c.qualifier)).toEqual(['exact', 'at_least', 'approx']);
  });

  it('profile rows carry their qualifiers; an indicator without a catalogued category comes last', async () => {
    const rows = await fetchProfile(db, { jurisdictionId: 'jiaxing' });
    expect(rows.map((r) => [r.indicator_id, r.qualifier])).toEqual([
      ['proposals_answer_rate', 'exact'],
      ['proposals_answered', 'exact'],
      ['proposals_filed', 'exact'],
      ['site_visits', 'at_least'],
    ]);
    const wuxing = await fetchProfile(db, { jurisdictionId: 'wuxing' });
    expect(wuxing.map((r) => [r.indicator_id, r.qualifier])).toEqual([['proposals_filed', 'at_least']]);
  });
});
