import { describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import type { ObservationColumns } from '../../src/import/observationColumns';
import { toObservations } from '../../src/import/observationColumns';
import { STAGING_TABLE, stageColumns, stageObservations } from '../../src/storage/stagingTable';

const base: ObservationColumns = {
  length: 3,
  jurisdictionIds: ['jiaxing', 'wuxing'],
  indicatorIds: ['proposals_filed', 'info_submitted'],
  indicatorUnits: ['件', '篇'],
  jurisdiction: Int32Array.of(0, 1, 1),
  year: Int32Array.of(2023, 2023, 2024),
  indicator: Int32Array.of(0, 1, 0),
  value: Float64Array.of(369, 1200.5, 0),
  qualifier: Uint8Array.of(0, 1, 2),
  sourceFile: '2023年.csv',
  quote: null,
};

describe("staging: the importer's rows reach the engine with exact types, whichever form they come in", () => {
  it.each([
    { name: 'one file name, no quotes', columns: base },
    {
      name: 'a source per row and quotes with commas, quotes, line breaks and empties',
      columns: {
        ...base,
        sourceFile: ['a.csv', '', 'c "x".csv'],
        quote: ['立案369件', '', '他说:"多",\n约1200篇'],
      },
    },
  ])('$name', async ({ columns }) => {
    const db = await createNodeConnector();
    const read = () =>
      db.query(`SELECT * FROM ${STAGING_TABLE} ORDER BY jurisdiction_id, year, indicator_id`);
    await stageColumns(db, columns);
    const fromColumns = await read();
    await stageObservations(db, toObservations(columns));
    const fromRows = await read();
    expect(fromColumns).toEqual(fromRows);
    expect(fromColumns[1]).toMatchObject({
      jurisdiction_id: 'wuxing',
      year: 2023,
      value: 1200.5,
      qualifier: 'at_least',
      unit: '篇',
    });
    // Empty text is stored as NULL, exactly as a reload from a snapshot would read it.
    expect(fromColumns.every((r) => r.quote !== '' && r.source_file !== '')).toBe(true);
    const types = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${STAGING_TABLE}`);
    expect(types.map((t) => `${t.column_name} ${t.column_type}`)).toEqual([
      'jurisdiction_id VARCHAR',
      'year INTEGER',
      'indicator_id VARCHAR',
      'value DOUBLE',
      'qualifier VARCHAR',
      'unit VARCHAR',
      'source_file VARCHAR',
      'quote VARCHAR',
      'comparable VARCHAR',
      'comparability_zh VARCHAR',
      'comparability_en VARCHAR',
    ]);
    await db.close();
  });
});
