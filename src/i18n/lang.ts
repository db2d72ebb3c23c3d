export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Picks the catalog field for the language: `named(row, 'name', 'en')` → row.name_en. */
export function localized<K extends string>(
  row: Record<`${K}_zh` | `${K}_en`, string | null>,
  key: K,
  lang: Lang,
) {
  return (row[`${key}_${lang}`] ?? row[`${key}_zh`] ?? '') as string;
}
