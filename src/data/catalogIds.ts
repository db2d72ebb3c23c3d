// The one id rule for catalog entries (indicators, categories, jurisdictions). The URL state, the
// new-name form of the upload and the catalog tests all use it, so an id the form accepts can always
// be put in a link.

/** Indicator and category ids: lower-case letters, digits and underscores, starting with a letter or digit. */
const WORD_ID = /^[a-z0-9][a-z0-9_]{0,63}$/u;
/**
 * Jurisdiction ids: what links have always accepted (letters of any script, digits, `_ . -`), since
 * stored uploads and pinned embed links may carry such ids; new ones are suggested with underscores.
 */
const JURISDICTION_ID = /^[\p{L}\p{N}_.-]{1,64}$/u;

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
