// The dataset's shape, shared by the bundled CSVs, the engine tables, uploads and exports.

export const QUALIFIERS = ['exact', 'at_least', 'approx'] as const;
/** `at_least` for 余/多/超过/以上 (true value ≥ number), `approx` for 近/约/左右. */
export type Qualifier = (typeof QUALIFIERS)[number];

export const LEVELS = ['prefecture_city', 'county_city', 'district'] as const;
export type Level = (typeof LEVELS)[number];

export const BODIES = ['cppcc_committee', 'cppcc_standing_committee', 'party_committee'] as const;
export type Body = (typeof BODIES)[number];

export const BETTER = ['higher', 'lower', 'none'] as const;
export type Better = (typeof BETTER)[number];

/**
 * Whether the bodies' figures measure the same thing: `yes`; `partly` (ranked, with a marker whose
 * reason is the indicator's comparability note); `no` (listed beside the chart, never ranked).
 */
export const COMPARABLE = ['yes', 'partly', 'no'] as const;
export type Comparable = (typeof COMPARABLE)[number];

export interface Observation {
  jurisdiction_id: string;
  year: number;
  indicator_id: string;
  value: number;
  qualifier: Qualifier;
  unit: string;
  source_file: string;
  quote: string;
  /**
   * This figure's own comparability, when it differs from its indicator's (e.g. one body counts
   * information sent by any channel): null or absent inherits the indicator's flag and reason.
   */
  comparable?: Comparable | null;
  comparability_zh?: string | null;
  comparability_en?: string | null;
}

export interface Jurisdiction {
  id: string;
  name_zh: string;
  name_en: string;
  /** `|`-separated alternative names used to match uploads. */
  aliases: string | null;
  level: Level;
  body: Body;
  body_name_zh: string;
  body_name_en: string;
  province_zh: string;
  province_en: string;
  parent_zh: string | null;
  parent_en: string | null;
}

export interface Indicator {
  id: string;
  name_zh: string;
  name_en: string;
  unit_zh: string;
  unit_en: string;
  category: string;
  definition_zh: string;
  definition_en: string;
  better: Better;
  comparability_zh: string | null;
  comparability_en: string | null;
  /** Set for derived rates: value = 100 × numerator ÷ denominator, computed in SQL. */
  numerator_id: string | null;
  denominator_id: string | null;
  /** null: not assessed (an indicator added by an upload); read as comparable. */
  comparable: Comparable | null;
  /** One logical order everywhere (收到 → 立案 → 办复 → 办复率, counts before rates); null sorts last. */
  sort_order: number | null;
}

export interface Category {
  id: string;
  name_zh: string;
  name_en: string;
  sort_order: number;
}

export interface Source {
  file: string;
  jurisdiction_id: string;
  year: number;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  published: string | null;
}

export interface Catalog {
  jurisdictions: Jurisdiction[];
  indicators: Indicator[];
  categories: Category[];
  sources: Source[];
}
