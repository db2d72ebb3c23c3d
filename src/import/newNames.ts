import type { MessageKey } from '../i18n/messages';

// Checks for a jurisdiction or indicator the analyst adds while resolving names. Pure, so the form
// and its tests agree on what is acceptable.

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/u;

/** "Hangzhou CPPCC" → "hangzhou-cppcc": a suggested id from the English name. */
export function slugId(nameEn: string): string {
  return nameEn
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

export interface NewNameError {
  key: MessageKey;
  field?: string;
  id?: string;
}

/** Missing required fields, a malformed id, or an id already in use. */
export function newNameErrors(
  fields: Record<string, string>,
  required: readonly string[],
  takenIds: ReadonlySet<string>,
): NewNameError[] {
  const errors: NewNameError[] = [];
  for (const f of required)
    if ((fields[f] ?? '').trim() === '') errors.push({ key: 'uploadErrRequired', field: f });
  const id = (fields.id ?? '').trim();
  if (id === '') errors.push({ key: 'uploadErrRequired', field: 'id' });
  else if (!ID_PATTERN.test(id)) errors.push({ key: 'uploadErrIdFormat' });
  else if (takenIds.has(id)) errors.push({ key: 'uploadErrIdTaken', id });
  return errors;
}
