import { QUALIFIERS, type Observation } from '../data/schema';

/**
 * Valid rows in columnar form: what the worker hands to the page (typed arrays move without copying,
 * a million small objects would be cloned one by one). `toObservations` makes the row objects.
 */
export interface ObservationColumns {
  length: number;
  /** Dictionaries the index columns point into. */
  jurisdictionIds: string[];
  indicatorIds: string[];
  /** Unit per indicator dictionary entry (the indicator's unit_zh). */
  indicatorUnits: string[];
  jurisdiction: Int32Array;
  year: Int32Array;
  indicator: Int32Array;
  value: Float64Array;
  /** Index into QUALIFIERS. */
  qualifier: Uint8Array;
  /** One name for every row, or one per row when the file has a source column. */
  sourceFile: string | string[];
  /** null when the file has no quote column (every quote is ''). */
  quote: string[] | null;
  /**
   * The same rows as the staging table's Arrow IPC stream, when the import worker built it (see
   * stageColumns); its buffer is handed over to the engine, after which it is empty.
   */
  stagingIpc?: Uint8Array | null;
  /**
   * The optional per-figure comparability columns (yes/partly/no and its reasons; '' inherits the
   * indicator's); absent when the file has none of them.
   */
  comparability?: { comparable: string[]; zh: string[]; en: string[] } | null;
}

export function toObservations(c: ObservationColumns): Observation[] {
  const rows: Observation[] = new Array(c.length);
  const sources = typeof c.sourceFile === 'string' ? null : c.sourceFile;
  const fixedSource = typeof c.sourceFile === 'string' ? c.sourceFile : '';
  for (let i = 0; i < c.length; i++) {
    const ind = c.indicator[i]!;
    rows[i] = {
      jurisdiction_id: c.jurisdictionIds[c.jurisdiction[i]!]!,
      year: c.year[i]!,
      indicator_id: c.indicatorIds[ind]!,
      value: c.value[i]!,
      qualifier: QUALIFIERS[c.qualifier[i]!]!,
      unit: c.indicatorUnits[ind]!,
      source_file: sources ? sources[i]! : fixedSource,
      quote: c.quote ? c.quote[i]! : '',
      ...(c.comparability && {
        comparable: (c.comparability.comparable[i] || null) as Observation['comparable'],
        comparability_zh: c.comparability.zh[i] || null,
        comparability_en: c.comparability.en[i] || null,
      }),
    };
  }
  return rows;
}

/** The typed arrays to list as transferables when posting the columns to another thread. */
export function columnBuffers(c: ObservationColumns): ArrayBuffer[] {
  return [c.jurisdiction, c.year, c.indicator, c.value, c.qualifier].map((a) => a.buffer as ArrayBuffer);
}
