import { Table, tableToIPC, type Vector } from 'apache-arrow';
import type { Connector } from '../engine/connector';
import { QUALIFIERS, type Observation } from '../data/schema';
import { TABLE_COLUMNS } from '../data/tables';
import type { ObservationColumns } from '../import/observationColumns';
import { float64Vector, int32Vector, uint8Vector, utf8Vector } from './arrowColumns';

/**
 * The one upload waiting in the engine, beside `observations`, until it is committed or dropped. One
 * name: the Data screen stages one upload at a time, and the preview and commit SQL stay constants.
 */
export const STAGING_TABLE = 'upload_staging';

export interface StagedUpload {
  rowCount: number;
  drop(): Promise<void>;
}

const RAW = `${STAGING_TABLE}_arrow`;
const dictionaryTable = (column: string) => `${STAGING_TABLE}_${column}_names`;

async function insertArrow(connector: Connector, name: string, columns: Record<string, Vector>) {
  await connector.insertArrowIPC(name, tableToIPC(new Table(columns), 'stream'));
}

/**
 * Turns the raw Arrow table into the staging table with the observations' exact column types; texts
 * kept as dictionaries (small lists + row indices) are looked up by join. '' becomes NULL, which is
 * what a reload from a stored snapshot would give back, and -0 becomes 0.
 */
async function finishStaging(
  connector: Connector,
  rowCount: number,
  dictionaries: Partial<Record<keyof typeof TABLE_COLUMNS.observations, readonly string[]>>,
): Promise<StagedUpload> {
  const joins: string[] = [];
  const tables = [RAW];
  try {
    for (const [column, names] of Object.entries(dictionaries)) {
      const table = dictionaryTable(column);
      tables.push(table);
      await insertArrow(connector, table, {
        i: int32Vector(Int32Array.from(names, (_, i) => i)),
        name: utf8Vector(names),
      });
      joins.push(`JOIN ${table} ON ${table}.i = r."${column}"`);
    }
    const select = Object.entries(TABLE_COLUMNS.observations)
      .map(([name, type]) => {
        const source = name in dictionaries ? `${dictionaryTable(name)}.name` : `r."${name}"`;
        if (type === 'VARCHAR') return `NULLIF(CAST(${source} AS VARCHAR), '') AS "${name}"`;
        // + 0.0 turns -0 into 0: a "-0" in a spreadsheet is a count of nothing, not a figure shown as "-0".
        if (type === 'DOUBLE') return `CAST(${source} AS DOUBLE) + 0.0 AS "${name}"`;
        return `CAST(${source} AS ${type}) AS "${name}"`;
      })
      .join(', ');
    await connector.query(
      `CREATE OR REPLACE TABLE ${STAGING_TABLE} AS SELECT ${select} FROM ${RAW} r ${joins.join(' ')}`,
    );
  } finally {
    for (const table of tables) await connector.query(`DROP TABLE IF EXISTS ${table}`);
  }
  return {
    rowCount,
    drop: async () => {
      await connector.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
    },
  };
}

/** Loads validated rows into the staging table. Arrow carries them over without a text round-trip. */
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
  const text = (key: 'jurisdiction_id' | 'indicator_id' | 'qualifier' | 'unit' | 'source_file' | 'quote') =>
    utf8Vector(rows.map((r) => r[key]));
  await insertArrow(connector, RAW, {
    jurisdiction_id: text('jurisdiction_id'),
    year: int32Vector(years),
    indicator_id: text('indicator_id'),
    value: float64Vector(values),
    qualifier: text('qualifier'),
    unit: text('unit'),
    source_file: text('source_file'),
    quote: text('quote'),
  });
  return finishStaging(connector, rows.length, {});
}

/**
 * The same from the importer's columnar output: ids, units and qualifiers stay integer indices into
 * short lists, so a million rows cost a few typed arrays instead of a million objects.
 */
export async function stageColumns(connector: Connector, c: ObservationColumns): Promise<StagedUpload> {
  const fixedSource = typeof c.sourceFile === 'string';
  await insertArrow(connector, RAW, {
    jurisdiction_id: int32Vector(c.jurisdiction),
    year: int32Vector(c.year),
    indicator_id: int32Vector(c.indicator),
    value: float64Vector(c.value),
    qualifier: uint8Vector(c.qualifier),
    unit: int32Vector(c.indicator),
    source_file: fixedSource ? int32Vector(new Int32Array(c.length)) : utf8Vector(c.sourceFile as string[]),
    quote: utf8Vector(c.quote ?? new Array<null>(c.length).fill(null)),
  });
  return finishStaging(connector, c.length, {
    jurisdiction_id: c.jurisdictionIds,
    indicator_id: c.indicatorIds,
    qualifier: QUALIFIERS,
    unit: c.indicatorUnits,
    ...(fixedSource ? { source_file: [c.sourceFile as string] } : {}),
  });
}
