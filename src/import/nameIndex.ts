import type { Indicator, Jurisdiction } from '../data/schema';
import { nameSimilarity } from './similarity';
import { normalizeName, strippedName } from './normalizeName';
import type { NameSuggestion } from './types';

export interface NamedEntry {
  id: string;
  /** Chinese and English names shown in suggestions. */
  label: string;
  labelEn: string;
  /** Every name the entry answers to: id, zh/en names, aliases. */
  names: readonly string[];
  /** False for entries that match but are never a good suggestion (derived rates cannot be uploaded). */
  suggest?: boolean;
}

/**
 * Catalog names → ids. Exact (normalised) names first, then names without administrative affixes.
 * A name two entries share matches neither: guessing between them would silently load figures into
 * the wrong body (九三学社杭州市委 is not 杭州市政协).
 */
export class NameIndex {
  private readonly exact = new Map<string, string | null>();
  private readonly loose = new Map<string, string | null>();
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly entries: readonly NamedEntry[]) {
    for (const e of entries) for (const n of e.names) add(this.exact, normalizeName(n), e.id);
    for (const e of entries) for (const n of e.names) add(this.loose, strippedName(n), e.id);
  }

  /** The id a written name refers to, or null. Cached: a file repeats the same few names. */
  resolve(written: string): string | null {
    const hit = this.cache.get(written);
    if (hit !== undefined) return hit;
    const key = normalizeName(written);
    let id = key === '' ? null : (this.exact.get(key) ?? null);
    if (id === null && key !== '' && !this.exact.has(key)) id = this.loose.get(strippedName(written)) ?? null;
    this.cache.set(written, id);
    return id;
  }

  /** Up to `limit` entries whose names are closest to `written`, best first. */
  suggest(written: string, limit = 3, minScore = 0.4): NameSuggestion[] {
    const a = normalizeName(written);
    const aLoose = strippedName(written);
    const scored: NameSuggestion[] = [];
    for (const e of this.entries) {
      if (e.suggest === false) continue;
      let best = 0;
      for (const n of e.names) {
        const s = Math.max(
          nameSimilarity(a, normalizeName(n)),
          nameSimilarity(aLoose, strippedName(n)) * 0.95,
        );
        if (s > best) best = s;
      }
      if (best >= minScore)
        scored.push({ id: e.id, label: e.label, labelEn: e.labelEn, score: Math.round(best * 100) / 100 });
    }
    return scored.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id)).slice(0, limit);
  }
}

function add(map: Map<string, string | null>, key: string, id: string): void {
  if (key === '') return;
  const prev = map.get(key);
  if (prev === undefined) map.set(key, id);
  else if (prev !== id) map.set(key, null); // shared by two entries: ambiguous
}

/** Jurisdictions answer to their id, names, body names and aliases. */
export function jurisdictionIndex(list: readonly Jurisdiction[]): NameIndex {
  return new NameIndex(
    list.map((j) => ({
      id: j.id,
      label: j.name_zh,
      labelEn: j.name_en,
      names: [
        j.id,
        j.name_zh,
        j.name_en,
        j.body_name_zh,
        j.body_name_en,
        ...(j.aliases ?? '').split('|'),
      ].filter(Boolean),
    })),
  );
}

export function indicatorIndex(list: readonly Indicator[]): NameIndex {
  return new NameIndex(
    list.map((d) => ({
      id: d.id,
      label: d.name_zh,
      labelEn: d.name_en,
      names: [d.id, d.name_zh, d.name_en],
      suggest: !d.numerator_id,
    })),
  );
}
