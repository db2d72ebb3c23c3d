import { describe, expect, it } from 'vitest';
import { observation as o } from '../support/fixture';
import { openTestDataset } from './storageFixture';

// The bundled fixture's jiaxing 2022 proposals_filed is 369, quoted "proposals_filed 369".
describe('a re-upload keeps the report quote of a figure it re-states', () => {
  it.each([
    [
      'same value, no quote: the quote stays',
      o('jiaxing', 2022, 'proposals_filed', 369, { quote: '' }),
      'proposals_filed 369',
      'unchanged',
    ],
    [
      'same value, its own quote: replaced',
      o('jiaxing', 2022, 'proposals_filed', 369, { quote: '新引文' }),
      '新引文',
      'changed',
    ],
    [
      'a new value without a quote: no old quote on a new figure',
      o('jiaxing', 2022, 'proposals_filed', 370, { quote: '' }),
      '',
      'changed',
    ],
  ] as const)('%s', async (_name, row, quote, change) => {
    const t = await openTestDataset();
    await t.dataset.stage([row]);
    const preview = await t.dataset.preview('merge');
    expect(preview.totals[change]).toBe(1);
    await t.dataset.commit({ mode: 'merge', fileName: 'again.csv', newJurisdictions: [], newIndicators: [] });
    const [got] = await t.connector.query<{ quote: string | null }>(
      "SELECT quote FROM observations WHERE jurisdiction_id = 'jiaxing' AND year = 2022 AND indicator_id = 'proposals_filed'",
    );
    expect(got!.quote ?? '').toBe(quote);
    await t.raw.close();
  });
});
