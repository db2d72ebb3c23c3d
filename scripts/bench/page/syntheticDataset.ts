import type { Catalog, Indicator, Jurisdiction } from '../../../src/data/schema';

// A long table of any size with keys that never repeat: jurisdictions × years × indicators, built on
// the bundled catalog plus synthetic jurisdictions and indicators (every one valid for the importer).

export interface DatasetShape {
  rows: number;
  jurisdictions: number;
  years: number;
  indicators: number;
}

const FIRST_YEAR = 1985;

/** 40 years; jurisdictions and indicators sized so that the product is the row count. */
export function shapeFor(rows: number): DatasetShape {
  const years = 40;
  const jurisdictions = rows >= 100_000 ? 50 : 10;
  const indicators = rows / years / jurisdictions;
  if (!Number.isInteger(indicators)) throw new Error(`${rows} rows do not fit ${jurisdictions}×${years}`);
  return { rows, jurisdictions, years, indicators };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function syntheticJurisdictions(n: number): Jurisdiction[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `bench-j${pad(i, 3)}`,
    name_zh: `基准地区${pad(i, 3)}`,
    name_en: `Bench place ${pad(i, 3)}`,
    aliases: '',
    level: 'district',
    body: 'cppcc_committee',
    body_name_zh: `基准地区${pad(i, 3)}政协`,
    body_name_en: `Bench place ${pad(i, 3)} CPPCC`,
    province_zh: '浙江',
    province_en: 'Zhejiang',
    parent_zh: null,
    parent_en: null,
  })) as unknown as Jurisdiction[];
}

export function syntheticIndicators(n: number, category: string): Indicator[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `bench_ind_${pad(i, 4)}`,
    name_zh: `基准指标${pad(i, 4)}`,
    name_en: `Bench indicator ${pad(i, 4)}`,
    unit_zh: '件',
    unit_en: 'items',
    category,
    definition_zh: '基准测试用的合成指标。',
    definition_en: 'Synthetic indicator for the benchmark.',
    better: 'higher',
    comparability_zh: null,
    comparability_en: null,
    numerator_id: null,
    denominator_id: null,
    comparable: 'yes',
    sort_order: i,
  })) as unknown as Indicator[];
}

export interface SyntheticDataset {
  shape: DatasetShape;
  jurisdictions: Jurisdiction[];
  indicators: Indicator[];
  /** UTF-8 bytes of the long CSV (same header as data/observations.csv). */
  bytes: Uint8Array;
}

/** The generated files' header: the observations without the optional comparability columns. */
export const SYNTHETIC_HEADER = 'jurisdiction_id,year,indicator_id,value,qualifier,unit,source_file,quote';

/** Values are pseudo-random but fixed for a size, so every run imports the same bytes. */
export function syntheticDataset(rows: number, catalog: Catalog): SyntheticDataset {
  const shape = shapeFor(rows);
  const jurisdictions = syntheticJurisdictions(shape.jurisdictions);
  const indicators = syntheticIndicators(shape.indicators, catalog.categories[0]!.id);
  const lines = [SYNTHETIC_HEADER];
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  for (const j of jurisdictions) {
    for (let y = 0; y < shape.years; y++) {
      for (const ind of indicators) {
        const value = next() % 1000;
        const qualifier = value % 17 === 0 ? 'at_least' : 'exact';
        lines.push(`${j.id},${FIRST_YEAR + y},${ind.id},${value},${qualifier},件,bench.csv,"第${value}项"`);
      }
    }
  }
  return { shape, jurisdictions, indicators, bytes: new TextEncoder().encode(lines.join('\n') + '\n') };
}
