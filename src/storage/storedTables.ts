import type { Connector } from '../engine/connector';
import {
  addOptionalColumnsSql,
  INDICATOR_VALUES_VIEW_SQL,
  loadTablesFromCsv,
  TABLE_NAMES,
  type TableName,
} from '../data/tables';
import { exportTableIpc, importTableIpc } from './arrowTables';
import type { StoredTables } from './snapshotCodec';

/** Every table of the dataset in the engine, in the form versions are saved in. */
export async function exportStoredTables(connector: Connector): Promise<StoredTables> {
  const ipc = {} as Record<TableName, Uint8Array>;
  const rows = {} as Record<TableName, number>;
  for (const table of TABLE_NAMES) {
    const [count] = await connector.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
    rows[table] = count?.n ?? 0;
    ipc[table] = await exportTableIpc(connector, table);
  }
  return { kind: 'arrow', ipc, rows };
}

/** Replaces every table (and the derived-value view) with a stored version's, whichever format it has. */
export async function loadStoredTables(connector: Connector, stored: StoredTables): Promise<void> {
  if (stored.kind === 'csv') {
    await loadTablesFromCsv(connector, stored.texts);
    return;
  }
  for (const table of TABLE_NAMES) {
    await importTableIpc(connector, table, stored.ipc[table], stored.rows[table]);
    // Versions saved before an optional column existed lack it.
    for (const sql of addOptionalColumnsSql(table)) await connector.query(sql);
  }
  await connector.query(INDICATOR_VALUES_VIEW_SQL);
}
