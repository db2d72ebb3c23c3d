import { useEngine } from '../engine/engineContext';
import { useI18n } from '../i18n/i18nContext';
import type { MessageKey } from '../i18n/messages';
import type { Lang } from '../i18n/lang';
import type { PublishedProblemReason } from './loadPublished';
import { useSiteBaseData } from './publishedSite';

const REASON_KEYS: Record<PublishedProblemReason, MessageKey> = {
  unreachable: 'publishedReasonUnreachable',
  timeout: 'publishedReasonTimeout',
  malformed: 'publishedReasonMalformed',
  missing: 'publishedReasonMissing',
  truncated: 'publishedReasonTruncated',
  hash_mismatch: 'publishedReasonHashMismatch',
  unreadable: 'publishedReasonUnreadable',
};

/** A publication date as readers know it (the day, in their language). */
export function publishedDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium' }).format(date);
}

/** The header's answer to "what am I looking at": 内置数据 / 已发布（日期）/ 本地草稿. */
export function DataSourceBadge() {
  const engine = useEngine();
  const base = useSiteBaseData();
  const { lang, t } = useI18n();
  if (engine.status !== 'ready') return null;
  let kind: 'draft' | 'published' | 'bundled';
  let label: string;
  let title: string;
  if (engine.dataset.state.versionId !== null) {
    kind = 'draft';
    label = t('sourceDraft');
    title = t('sourceDraftTitle');
  } else if (base?.kind === 'published') {
    kind = 'published';
    const date = publishedDate(base.version.createdAt, lang);
    label = t(base.isCurrent ? 'sourcePublished' : 'sourcePublishedOlder', { date });
    title = t('sourcePublishedTitle', { title: base.version.title || base.version.id });
  } else {
    kind = 'bundled';
    label = t('sourceBundled');
    title = t('sourceBundledTitle');
  }
  return (
    <span
      className={`data-source data-source-${kind}`}
      title={title}
      data-testid="data-source"
      data-kind={kind}
    >
      {label}
    </span>
  );
}

/** Says which published file could not be used, why, and what is shown instead. */
export function PublishedNotice() {
  const base = useSiteBaseData();
  const { lang, t } = useI18n();
  if (!base || base.problems.length === 0) return null;
  const fallback =
    base.kind === 'published'
      ? t('publishedFallbackOlder', { date: publishedDate(base.version.createdAt, lang) })
      : t('publishedFallbackBundled');
  return (
    <div className="url-notice storage-notice" role="alert" data-testid="published-notice">
      {base.problems.map((p) => (
        <p key={p.file + p.reason}>
          {t('publishedProblem', { file: p.file, reason: t(REASON_KEYS[p.reason]), detail: p.detail })}
        </p>
      ))}
      <p>{fallback}</p>
    </div>
  );
}
