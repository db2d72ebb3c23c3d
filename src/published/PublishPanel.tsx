import { useState } from 'react';
import type { Connector } from '../engine/connector';
import { useI18n } from '../i18n/i18nContext';
import { buildPublication } from './buildPublication';
import { publishArchive } from './publishArchive';
import { siteManifest } from './publishedSite';

function download(name: string, bytes: Uint8Array<ArrayBuffer>) {
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Status = { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'error'; text: string } | null;

/** 发布: the data in use as a new published version, in one archive for the administrator. */
export function PublishPanel({ connector }: { connector: Connector }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [comment, setComment] = useState('');
  const [status, setStatus] = useState<Status>(null);

  const publish = async () => {
    setStatus({ kind: 'busy' });
    try {
      const found = await siteManifest();
      if (found.kind === 'problem') {
        setStatus({
          kind: 'error',
          text: t('publishManifestUnreadable', { file: found.problem.file, detail: found.problem.detail }),
        });
        return;
      }
      const publication = await buildPublication(connector, {
        title: title.trim(),
        comment: comment.trim(),
        createdAt: new Date().toISOString(),
        previous: found.kind === 'manifest' ? found.manifest : null,
      });
      const file = `luzhi-publish-${publication.version.id}.zip`;
      download(file, publishArchive(publication) as Uint8Array<ArrayBuffer>);
      setStatus({ kind: 'done', file });
    } catch (e) {
      setStatus({
        kind: 'error',
        text: t('publishFailed', { reason: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  return (
    <section className="data-card" aria-labelledby="publish-title" data-testid="publish-panel">
      <h3 id="publish-title">{t('publishTitle')}</h3>
      <p className="hint">{t('publishHelp')}</p>
      <label className="publish-field">
        {t('publishVersionTitle')}
        <input
          type="text"
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
          data-testid="publish-title"
        />
      </label>
      <label className="publish-field">
        {t('publishComment')}
        <textarea
          value={comment}
          maxLength={2000}
          rows={2}
          onChange={(e) => setComment(e.target.value)}
          data-testid="publish-comment"
        />
      </label>
      <div className="step-actions">
        <button
          type="button"
          disabled={status?.kind === 'busy'}
          onClick={() => void publish()}
          data-testid="publish-button"
        >
          {t('publishButton')}
        </button>
        {status?.kind === 'busy' && <span role="status">{t('publishPreparing')}</span>}
      </div>
      {status?.kind === 'done' && (
        <p role="status" data-testid="publish-status">
          {t('publishDone', { file: status.file })}
        </p>
      )}
      {status?.kind === 'error' && (
        <p role="alert" data-testid="publish-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
