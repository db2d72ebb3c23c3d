import '../i18n/laterMessages'; // registers the data screen's messages this module names
import { isCatalogId, type CatalogIdKind } from '../data/catalogIds';
import type { MessageKey } from '../i18n/messages';

// Checks for a jurisdiction or indicator the analyst adds while resolving names. Pure, so the form
// and its tests agree on what is acceptable.

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
  kind: CatalogIdKind,
): NewNameError[] {
  const errors: NewNameError[] = [];
  for (const f of required)
    if ((fields[f] ?? '').trim() === '') errors.push({ key: 'uploadErrRequired', field: f });
  const id = (fields.id ?? '').trim();
  if (id === '') errors.push({ key: 'uploadErrRequired', field: 'id' });
  else if (!isCatalogId(kind, id)) errors.push({ key: 'uploadErrIdFormat' });
  else if (takenIds.has(id)) errors.push({ key: 'uploadErrIdTaken', id });
  return errors;
}
