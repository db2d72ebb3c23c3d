import type { MessageKey } from '../../i18n/messages';
import { classifyStorageError } from '../../storage/storageError';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** One sentence for a failed commit, undo or reset: what happened and what to do. */
export function storageFailureText(error: unknown, t: Translate): string {
  const failure = classifyStorageError(error);
  switch (failure.kind) {
    case 'quota':
      return t('storeErrQuota');
    case 'too_large':
      return t('storeErrTooLarge');
    case 'catalog_conflict':
      return t('storeErrCatalogConflict', { id: failure.id });
    case 'corrupt':
      return t('storeErrCorrupt');
    case 'other':
      return t('storeErrOther', { reason: failure.reason });
  }
}
