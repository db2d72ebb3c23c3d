import type { Jurisdiction } from '../data/schema';
import { jurisdictionScope } from '../i18n/jurisdictionScope';
import { localized, type Lang } from '../i18n/lang';

export type JurisdictionMap = ReadonlyMap<string, Jurisdiction>;

export function jurisdictionName(id: string, jurisdictions: JurisdictionMap, lang: Lang): string {
  const j = jurisdictions.get(id);
  return j ? localized(j, 'name', lang) : id;
}

/** Whether level/body labels are needed: only when the listed jurisdictions differ in them. */
export function scopesDiffer(ids: readonly string[], jurisdictions: JurisdictionMap): boolean {
  const scopes = new Set(
    ids.map((id) => {
      const j = jurisdictions.get(id);
      return j ? `${j.level}/${j.body}` : '';
    }),
  );
  return scopes.size > 1;
}

export function scopeOf(id: string, jurisdictions: JurisdictionMap, lang: Lang): string {
  const j = jurisdictions.get(id);
  return j ? jurisdictionScope(j, lang) : '';
}
