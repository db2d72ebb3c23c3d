import { Float64, Int32, Table, tableFromIPC, Utf8, type DataType } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import { loadTablesFromCsv, TABLE_COLUMNS, TABLE_NAMES } from '../../src/data/tables';
import { exportTableIpc, importTableIpc } from '../../src/storage/arrowTables';
import { fixtureTexts, observation as o } from '../support/fixture';

// The round trip through a real engine is storedTables.test.ts; these are the two edges it cannot
// reach: an engine answer with no data for a column, and an empty table whose stream holds nothing.

const ARROW_TYPE: Record<string, new () => DataType> = { VARCHAR: Utf8, INTEGER: Int32, DOUBLE: Float64 };

/** An engine whose answer to every query is `result` (the SQL it was sent is kept). */
function answering(result: Table) {
  const sent: string[] = [];
  const connector = {
    queryArrow: async (sql: string) => {
      sent.push(sql);
      return result;
    },
  } as unknown as Connector;
  return { connector, sent };
}

describe('saving a table as Arrow', () => {
  it.each(TABLE_NAMES)(
    '%s: an empty answer with no batch and no columns (how an engine may answer no rows) still saves every column with its type',
    async (table) => {
      const { connector, sent } = answering(new Table([]));
      const saved = tableFromIPC(await exportTableIpc(connector, table));
      expect(sent).toHaveLength(1);
      expect(saved.numRows).toBe(0);
      expect(saved.schema.fields.map((f) => [f.name, f.type.toString()])).toEqual(
        Object.entries(TABLE_COLUMNS[table]).map(([name, type]) => [
          name,
          new ARROW_TYPE[type]!().toString(),
        ]),
      );
    },
  );
});

describe('loading a saved table', () => {
  let engine: Connector;
  beforeAll(async () => {
    engine = await createNodeConnector();
  });
  afterAll(async () => {
    await engine.close();
  });

  it.each(TABLE_NAMES)(
    '%s: an empty table is made from its definition, not from its stream (a stream holding nothing would leave no table at all)',
    async (table) => {
      await loadTablesFromCsv(engine, fixtureTexts([o('jiaxing', 2022, 'proposals_filed', 369)]));
      await importTableIpc(engine, table, new Uint8Array(0), 0);
      expect(await engine.query(`SELECT count(*) AS n FROM ${table}`)).toEqual([{ n: 0 }]);
      const columns = await engine.query<{ column_name: string; data_type: string }>(
        'SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position',
        [table],
      );
      expect(columns.map((c) => `${c.column_name} ${c.data_type}`)).toEqual(
        Object.entries(TABLE_COLUMNS[table]).map(([name, type]) => `${name} ${type}`),
      );
    },
  );
});
