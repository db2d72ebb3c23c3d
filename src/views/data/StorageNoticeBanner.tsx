import { useEngine } from '../../engine/engineContext';
import { useI18n } from '../../i18n/i18nContext';

/**
 * Says why the page shows the bundled data (the saved version could not be read) or why uploads last
 * only for this session (no usable storage). Rendered by the app shell and by the Data screen.
 */
export function StorageNoticeBanner() {
  const engine = useEngine();
  const { lang, t } = useI18n();
  if (engine.status !== 'ready' || !engine.storageNotice) return null;
  const notice = engine.storageNotice;
  const time =
    notice.kind === 'stored_version_unreadable' && notice.time ? formatTime(notice.time, lang) : '';
  return (
    <div className="url-notice storage-notice" role="alert" data-testid="storage-notice">
      {notice.kind === 'storage_unavailable'
        ? t('storeNoticeStorageUnavailable', { detail: notice.detail })
        : t('storeNoticeStoredUnreadable', {
            name: notice.fileName || t('storePastedName'),
            time,
            detail: notice.detail,
          })}
    </div>
  );
}

export function formatTime(iso: string, lang: 'zh' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
