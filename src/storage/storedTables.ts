import type { Connector } from '../engine/connector';
import {
  addOptionalColumnsSql,
  INDICATOR_VALUES_VIEW_SQL,
  writeTablesFromCsv,
  TABLE_NAMES,
  type TableName,
} from '../data/tables';
import { exportTableIpc, importTableIpc } from './arrowTables';
import type { StoredTables } from './snapshotCodec';
import { changeData } from './transaction';

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

/**
 * Replaces every table (and the derived-value view) with a stored version's, whichever format it has,
 * but not the precomputed comparisons: for a load inside a transaction (changeData rebuilds them after
 * COMMIT; src/queries/precomputed.ts says why). Outside one, use loadStoredTables.
 */
export async function writeStoredTables(connector: Connector, stored: StoredTables): Promise<void> {
  if (stored.kind === 'csv') {
    await writeTablesFromCsv(connector, stored.texts);
    return;
  }
  for (const table of TABLE_NAMES) {
    await importTableIpc(connector, table, stored.ipc[table], stored.rows[table]);
    // Versions saved before an optional column existed lack it.
    for (const sql of addOptionalColumnsSql(table)) await connector.query(sql);
  }
  await connector.query(INDICATOR_VALUES_VIEW_SQL);
}

/**
 * Reopens a stored version as the app does: its tables written in one transaction, then the precomputed
 * comparisons rebuilt (changeData). Not for use inside another transaction.
 */
export function loadStoredTables(connector: Connector, stored: StoredTables): Promise<void> {
  return changeData(connector, () => writeStoredTables(connector, stored));
}
