// The one id rule for catalog entries (indicators, categories, jurisdictions). The URL state, the
// new-name form of the upload and the catalog tests all use it, so an id the form accepts can always
// be put in a link.

/** Indicator and category ids: lower-case letters, digits and underscores, starting with a letter or digit. */
const WORD_ID = /^[a-z0-9][a-z0-9_]{0,63}$/u;
/**
 * Jurisdiction ids: the same, plus the hyphen the bundled catalog has always used (`hangzhou-jiusan`);
 * new ones are suggested with underscores like every other id.
 */
const JURISDICTION_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/u;

export type CatalogIdKind = 'indicator' | 'category' | 'jurisdiction';

export const MAX_ID_LENGTH = 64;

export function isCatalogId(kind: CatalogIdKind, id: string): boolean {
  return (kind === 'jurisdiction' ? JURISDICTION_ID : WORD_ID).test(id);
}

/** "Hangzhou CPPCC" → "hangzhou_cppcc": an id from an English name that `isCatalogId` accepts for every kind. */
export function suggestId(nameEn: string): string {
  return nameEn
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '_')
    .replace(/^_+|_+$/gu, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/_+$/u, '');
}
