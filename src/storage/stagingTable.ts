import { Table, tableToIPC, type Vector } from 'apache-arrow';
import type { Connector } from '../engine/connector';
import { QUALIFIERS, type Observation } from '../data/schema';
import { TABLE_COLUMNS } from '../data/tables';
import type { ObservationColumns } from '../import/observationColumns';
import { dictionaryVector, int32Vector, utf8Vector, valueVector } from './arrowColumns';

/**
 * The one upload waiting in the engine, beside `observations`, until it is committed or dropped. One
 * name: the Data screen stages one upload at a time, and the preview and commit SQL stay constants.
 */
export const STAGING_TABLE = 'upload_staging';

export interface StagedUpload {
  rowCount: number;
  drop(): Promise<void>;
}

async function insertStaging(connector: Connector, ipc: Uint8Array | null, rowCount: number) {
  if (rowCount === 0 || ipc === null) {
    // No record batch carries the column types: create the empty table from its definition.
    const ddl = Object.entries(TABLE_COLUMNS.observations).map(([name, type]) => `"${name}" ${type}`);
    await connector.query(`CREATE OR REPLACE TABLE ${STAGING_TABLE} (${ddl.join(', ')})`);
  } else {
    await connector.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
    await connector.insertArrowIPC(STAGING_TABLE, ipc);
  }
  return {
    rowCount,
    drop: async () => {
      await connector.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
    },
  };
}

const toIpc = (columns: Record<StagedColumn, Vector>, rowCount: number) =>
  rowCount === 0 ? null : tableToIPC(new Table(columns), 'stream');

type StagedColumn = keyof typeof TABLE_COLUMNS.observations;

/**
 * Loads validated rows into the staging table. Arrow carries them over without a text round-trip, with
 * the observations' exact column types (Utf8 → VARCHAR, Int32 → INTEGER, Float64 → DOUBLE), so the
 * engine takes the columns as they are: no SQL pass over the rows. '' becomes NULL, which is what a
 * reload from a stored snapshot gives back, and -0 becomes 0.
 */
export async function stageObservations(
  connector: Connector,
  rows: readonly Observation[],
): Promise<StagedUpload> {
  const years = new Int32Array(rows.length);
  const values = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    years[i] = rows[i]!.year;
    values[i] = rows[i]!.value;
  }
  const text = (key: Exclude<StagedColumn, 'year' | 'value'>) =>
    utf8Vector(
      rows.map((r) => r[key] ?? null),
      { emptyAsNull: true },
    );
  const ipc = toIpc(
    {
      jurisdiction_id: text('jurisdiction_id'),
      year: int32Vector(years),
      indicator_id: text('indicator_id'),
      value: valueVector(values),
      qualifier: text('qualifier'),
      unit: text('unit'),
      source_file: text('source_file'),
      quote: text('quote'),
      comparable: text('comparable'),
      comparability_zh: text('comparability_zh'),
      comparability_en: text('comparability_en'),
    },
    rows.length,
  );
  return insertStaging(connector, ipc, rows.length);
}

/** The optional per-figure comparability columns: the file's, or all NULL when it has none. */
function optionalText(
  length: number,
  columns: Record<'comparable' | 'comparability_zh' | 'comparability_en', string[]> | null | undefined,
): Record<'comparable' | 'comparability_zh' | 'comparability_en', Vector> {
  const column = (values: string[] | undefined) =>
    values ? utf8Vector(values, { emptyAsNull: true }) : utf8Vector(new Array<null>(length).fill(null));
  return {
    comparable: column(columns?.comparable),
    comparability_zh: column(columns?.comparability_zh),
    comparability_en: column(columns?.comparability_en),
  };
}

/**
 * The same from the importer's columnar output, as the Arrow IPC stream the engine takes. Ids, units,
 * qualifiers and a file-wide source name go as dictionary codes: the importer's own index columns
 * over its short lists (the engine reads them as VARCHAR), so a million rows cost a few typed arrays
 * and the quotes' text, never a million names. The import worker calls this, so the page only hands
 * the stream on to the engine's worker.
 */
export function stagingIpc(c: ObservationColumns): Uint8Array | null {
  const { length } = c;
  const sourceFile =
    typeof c.sourceFile === 'string'
      ? dictionaryVector(new Int8Array(length), [c.sourceFile])
      : utf8Vector(c.sourceFile, { emptyAsNull: true });
  const qualifier = new Int8Array(c.qualifier.buffer, c.qualifier.byteOffset, c.qualifier.length);
  return toIpc(
    {
      jurisdiction_id: dictionaryVector(c.jurisdiction, c.jurisdictionIds),
      year: int32Vector(c.year),
      indicator_id: dictionaryVector(c.indicator, c.indicatorIds),
      value: valueVector(c.value),
      qualifier: dictionaryVector(qualifier, QUALIFIERS),
      unit: dictionaryVector(c.indicator, c.indicatorUnits),
      source_file: sourceFile,
      quote: c.quote
        ? utf8Vector(c.quote, { emptyAsNull: true })
        : utf8Vector(new Array<null>(length).fill(null)),
      ...optionalText(
        length,
        c.comparability && {
          comparable: c.comparability.comparable,
          comparability_zh: c.comparability.zh,
          comparability_en: c.comparability.en,
        },
      ),
    },
    length,
  );
}

/**
 * Stages the importer's columns: the stream the import worker built when it is still there (the
 * engine's worker takes it over, so it serves once), else one built here.
 */
export async function stageColumns(connector: Connector, c: ObservationColumns): Promise<StagedUpload> {
  const built = c.stagingIpc;
  const ipc = built && built.byteLength > 0 ? built : stagingIpc(c);
  return insertStaging(connector, ipc, c.length);
}
