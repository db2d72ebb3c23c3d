import type { Connector } from '../engine/connector';
import { fetchCatalog } from '../queries/catalog';
import { runImport } from '../import/runImport';
import { NO_DECISIONS, type ImportOutcome, type ImportSource } from '../import/types';
import { applyUpload } from '../storage/applyUpload';
import type { CommitMode } from '../storage/commitMode';
import { stageColumns, STAGING_TABLE } from '../storage/stagingTable';
import { changeData } from '../storage/transaction';

export interface PublicationImport {
  outcome: ImportOutcome;
  /** True when the file has errors (or names not in the catalog): nothing was applied. */
  rejected: boolean;
}

/**
 * `publish-data`'s import: the browser's pipeline (runImport, the function the Data screen's worker
 * runs) against the catalog of the data in the engine, then the same commit writes (applyUpload).
 * A command line cannot ask about unknown names, so they stay errors, as the browser lists them.
 */
export async function importForPublication(
  connector: Connector,
  source: ImportSource,
  options: { mode: CommitMode; currentYear?: number },
): Promise<PublicationImport> {
  const catalog = await fetchCatalog(connector);
  const outcome = await runImport(source, {
    catalog: { jurisdictions: catalog.jurisdictions, indicators: catalog.indicators },
    decisions: NO_DECISIONS,
    ...(options.currentYear ? { currentYear: options.currentYear } : {}),
  });
  const rejected = outcome.problems.some((p) => p.severity === 'error') || outcome.rows.length === 0;
  if (rejected) return { outcome, rejected };
  await stageColumns(connector, outcome.columns);
  await changeData(connector, () =>
    applyUpload(connector, { mode: options.mode, newJurisdictions: [], newIndicators: [] }),
  );
  await connector.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
  return { outcome, rejected };
}
