import { describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import type { ObservationColumns } from '../../src/import/observationColumns';
import { toObservations } from '../../src/import/observationColumns';
import { packColumns, unpackColumns } from '../../src/import/importWorkerProtocol';
import { TABLE_COLUMNS } from '../../src/data/tables';
import { STAGING_TABLE, stageColumns, stageObservations, stagingIpc } from '../../src/storage/stagingTable';

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
    {
      name: 'an indicator without a unit (NULL, not ""), an empty file name, astral characters',
      columns: { ...base, indicatorUnits: ['', '篇'], sourceFile: '', quote: ['𠮷', '', 'x'] },
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
    expect(fromColumns.every((r) => r.quote !== '' && r.source_file !== '' && r.unit !== '')).toBe(true);
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

  it('the stream the import worker built stages the same rows, once; after it is handed over, the columns do', async () => {
    const db = await createNodeConnector();
    const columns = { ...base, quote: ['a', '', 'c'] };
    const read = () =>
      db.query(`SELECT * FROM ${STAGING_TABLE} ORDER BY jurisdiction_id, year, indicator_id`);
    await stageColumns(db, columns);
    const direct = await read();
    // as the worker posts it: packed with the columns, cloned by postMessage, unpacked on the page
    const built = unpackColumns(
      structuredClone(packColumns({ ...columns, stagingIpc: stagingIpc(columns) })),
    );
    expect(built.stagingIpc!.byteLength).toBeGreaterThan(0);
    await stageColumns(db, built);
    expect(await read()).toEqual(direct);
    // the browser engine's worker takes the buffer over (transfer): what is left is empty
    structuredClone(built.stagingIpc!.buffer, { transfer: [built.stagingIpc!.buffer] });
    expect(built.stagingIpc!.byteLength).toBe(0);
    await stageColumns(db, built);
    expect(await read()).toEqual(direct);
    expect(stagingIpc({ ...base, length: 0 })).toBeNull();
    await db.close();
  });

  it.each([
    {
      name: 'the comparability columns the file had (an empty cell: NULL, the indicator’s applies)',
      given: true,
    },
    { name: 'no comparability columns in the file: all NULL', given: false },
  ])('$name, from the columns as from the rows', async ({ given }) => {
    const db = await createNodeConnector();
    const columns: ObservationColumns = {
      ...base,
      comparability: given
        ? { comparable: ['no', '', 'partly'], zh: ['口径不同', '', ''], en: ['', '', 'Partly'] }
        : null,
    };
    const read = () =>
      db.query(
        `SELECT comparable, comparability_zh, comparability_en FROM ${STAGING_TABLE}
         ORDER BY jurisdiction_id, year, indicator_id`,
      );
    await stageColumns(db, columns);
    const fromColumns = await read();
    await stageObservations(db, toObservations(columns));
    expect(await read()).toEqual(fromColumns);
    const none = { comparable: null, comparability_zh: null, comparability_en: null };
    expect(fromColumns).toEqual(
      given
        ? [
            { comparable: 'no', comparability_zh: '口径不同', comparability_en: null },
            none,
            { comparable: 'partly', comparability_zh: null, comparability_en: 'Partly' },
          ]
        : [none, none, none],
    );
    await db.close();
  });

  it('an upload with no rows stages an empty table with every column typed; drop() frees it', async () => {
    const db = await createNodeConnector();
    for (const stage of [() => stageObservations(db, []), () => stageColumns(db, { ...base, length: 0 })]) {
      const staged = await stage();
      expect(staged.rowCount).toBe(0);
      expect(await db.query(`SELECT count(*) AS n FROM ${STAGING_TABLE}`)).toEqual([{ n: 0 }]);
      const types = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${STAGING_TABLE}`);
      expect(types.map((t) => `${t.column_name} ${t.column_type}`)).toEqual(
        Object.entries(TABLE_COLUMNS.observations).map(([name, type]) => `${name} ${type}`),
      );
      await staged.drop();
      expect(
        await db.query('SELECT count(*) AS n FROM information_schema.tables WHERE table_name = $1', [
          STAGING_TABLE,
        ]),
      ).toEqual([{ n: 0 }]);
    }
    await db.close();
  });

  it('a figure of -0 is staged as 0', async () => {
    const db = await createNodeConnector();
    const staged = await stageColumns(db, { ...base, value: Float64Array.of(-0, 1, -0) });
    expect(staged.rowCount).toBe(3);
    expect(await db.query(`SELECT count(*) AS n FROM ${STAGING_TABLE} WHERE signbit(value)`)).toEqual([
      { n: 0 },
    ]);
    await db.close();
  });
});
