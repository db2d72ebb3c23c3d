import { createNodeConnector } from '../../src/engine/nodeConnector';
import type { Connector } from '../../src/engine/connector';
import { loadTablesFromCsv, type TableTexts } from '../../src/data/tables';

/** A fresh in-memory DuckDB (the same wasm engine as the browser) loaded with the given tables. */
export async function engineWith(texts: TableTexts): Promise<Connector> {
  const connector = await createNodeConnector();
  await loadTablesFromCsv(connector, texts);
  return connector;
}
