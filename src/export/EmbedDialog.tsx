import { useEffect, useState } from 'react';
import { embedTargetOf, embedUrl } from '../embed/embedLink';
import { rowsHash } from '../embed/pin';
import { useI18n } from '../i18n/i18nContext';
import type { ChartExport, ExportStamp, PinnedRows } from './chartExport';
import { copyText } from './copyText';
import { ExportDialog } from './ExportDialog';
import { embedSnippet } from './embedSnippet';
import { dataVersionLabel } from './imageParts';
import { loadExportActions } from './loadExportActions';

interface Props {
  chart: () => ChartExport | null;
  /** null: this view cannot be embedded (the self-contained HTML export is still offered). */
  pinned: PinnedRows | null;
  stamp: ExportStamp;
  /** The data in use include uploads, which other browsers do not have. */
  usesUploads: boolean;
  onClose: () => void;
}

/** Title, subtitle, summary, notice, source and link around the chart in the embed (narrow iframes included). */
const EMBED_CHROME_HEIGHT = 240;

/**
 * The iframe snippet for an embed pinned to the rows shown now, the warning that uploads stay in this
 * browser, and the self-contained HTML export that carries its data with it.
 */
export function EmbedDialog({ chart, pinned, stamp, usesUploads, onClose }: Props) {
  const { lang, t } = useI18n();
  const [snippet, setSnippet] = useState<{ url: string; code: string } | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    const c = chart();
    if (!pinned || !c) return;
    void rowsHash(pinned).then(async (hash) => {
      const target = embedTargetOf(pinned, lang, { rowsHash: hash, dataVersion: stamp.dataVersion });
      if (!live || !target) return;
      // The embed shows the date it was pinned on beside its data version.
      const pinnedUrl = new URL(embedUrl(window.location.href, target));
      pinnedUrl.searchParams.set('date', stamp.date);
      const url = pinnedUrl.toString();
      const snippetOf = (fallbackPng?: string) =>
        embedSnippet({
          src: url,
          title: c.title,
          height: c.preferredHeight + EMBED_CHROME_HEIGHT,
          id: `${c.view}-${hash.slice(0, 8)}`,
          fallbackPng,
          alt: c.summary || c.title,
        });
      setSnippet({ url, code: snippetOf() });
      // The still image for systems that strip iframes is drawn after the snippet is usable.
      try {
        const png = await (await loadExportActions()).fallbackPngBase64(c, stamp);
        if (live) setSnippet({ url, code: snippetOf(png) });
      } catch {
        // Without a still the snippet still works wherever iframes do.
      }
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pinned, stamp.dataVersion, lang]);

  const html = async () => {
    const c = chart();
    if (!c) return setStatus({ kind: 'error', text: t('chartNotReady') });
    try {
      const file = (await loadExportActions()).downloadHtml(c, stamp);
      setStatus({ kind: 'ok', text: t('downloaded', { file }) });
    } catch (e) {
      setStatus({
        kind: 'error',
        text: t('exportFailed', { reason: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  return (
    <ExportDialog title={t('embedTitle')} testId="embed-dialog" onClose={onClose}>
      <p className={`export-note${usesUploads ? ' export-note-strong' : ''}`} data-testid="embed-upload-note">
        {usesUploads && <strong>{t('embedUploadActive')} </strong>}
        {t('embedUploadNote')}
      </p>
      {pinned ? (
        <>
          <p className="export-help">
            {t('embedHelp', { version: dataVersionLabel(stamp.dataVersion, lang) })}
          </p>
          <p className="export-help">{t('embedFallbackHelp')}</p>
          <label className="export-field">
            {t('embedCode')}
            <textarea
              readOnly
              rows={4}
              value={snippet?.code ?? t('embedPreparing')}
              onFocus={(e) => e.currentTarget.select()}
              data-testid="embed-code"
            />
          </label>
          <div className="export-buttons">
            <button
              type="button"
              disabled={!snippet}
              data-testid="copy-embed"
              onClick={() =>
                snippet &&
                void copyText(snippet.code).then((ok) =>
                  setStatus(
                    ok ? { kind: 'ok', text: t('codeCopied') } : { kind: 'error', text: t('copyFallback') },
                  ),
                )
              }
            >
              {t('copyCode')}
            </button>
            {snippet && (
              <a href={snippet.url} target="_blank" rel="noopener noreferrer" data-testid="open-embed">
                {t('openEmbed')}
              </a>
            )}
          </div>
        </>
      ) : (
        <p className="export-help">{t('embedUnknownView', { value: chart()?.title ?? '' })}</p>
      )}
      <div className="export-html">
        <button type="button" onClick={() => void html()} data-testid="download-html">
          {t('downloadHtml')}
        </button>
        <p className="export-help">{t('downloadHtmlHelp')}</p>
      </div>
      {status && (
        <p className={`export-status export-${status.kind}`} role="status" data-testid="embed-status">
          {status.text}
        </p>
      )}
    </ExportDialog>
  );
}
