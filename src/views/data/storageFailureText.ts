import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import type { MessageKey } from '../../i18n/messages';
import { classifyStorageError, type FreeableVersion } from '../../storage/storageError';
import { formatBytes } from './formatBytes';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** “2023.csv (2026-11-20 10:00, 12.3 MB)”: names the version as the history lists it (ISO time, both languages). */
function freeableText(v: FreeableVersion): string {
  const time = v.time.slice(0, 16).replace('T', ' ');
  return `${v.fileName || '—'} (${time} UTC, ${formatBytes(v.storedBytes, 'en')})`;
}

/** One sentence for a failed commit, undo or reset: what happened and what to do. */
export function storageFailureText(error: unknown, t: Translate): string {
  const failure = classifyStorageError(error);
  switch (failure.kind) {
    case 'quota':
      if (!failure.free) return t('storeErrQuota');
      return failure.free.length > 0
        ? t('storeErrQuotaFree', { list: failure.free.map(freeableText).join('; ') })
        : t('storeErrQuotaNothingToFree');
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
