import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18nContext';
import type { MessageKey } from '../i18n/messages';
import type { ChartExport, ExportStamp } from './chartExport';
import { ExportDialog } from './ExportDialog';
import { loadExportActions } from './loadExportActions';
import { PRESET_IDS, PRESETS, type PixelRatio, type PresetId } from './presets';

const PRESET_LABEL: Record<PresetId, MessageKey> = {
  slide16x9: 'presetSlide16x9',
  slide4x3: 'presetSlide4x3',
  a4: 'presetA4',
  square: 'presetSquare',
};

interface Props {
  onClose: () => void;
  chart: () => ChartExport | null;
  stamp: ExportStamp;
  /** Changes whenever the chart's content does, so the preview is redrawn. */
  contentKey: string;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** Size presets, summary on/off, a live preview, and PNG 2×/3×, SVG and copy buttons. */
export function ImagePanel({ chart, stamp, contentKey, onClose }: Props) {
  const { t } = useI18n();
  const [presetId, setPresetId] = useState<PresetId>('slide16x9');
  const [includeSummary, setIncludeSummary] = useState(true);
  const [preview, setPreview] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const preset = PRESETS[presetId];

  useEffect(() => {
    let live = true;
    let url: string | null = null;
    void loadExportActions().then((actions) => {
      const c = chart();
      if (!live || !c) return;
      url = actions.previewUrl({ chart: c, stamp, preset, includeSummary });
      setPreview(url);
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
    // `chart` reads the live chart; contentKey says when that changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [contentKey, stamp.dataVersion, preset, includeSummary]);

  const run = async (
    action: (actions: Awaited<ReturnType<typeof loadExportActions>>, c: ChartExport) => Promise<Status>,
  ) => {
    const c = chart();
    if (!c) return setStatus({ kind: 'error', text: t('chartNotReady') });
    setBusy(true);
    try {
      setStatus(await action(await loadExportActions(), c));
    } catch (e) {
      setStatus({
        kind: 'error',
        text: t('exportFailed', { reason: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setBusy(false);
    }
  };
  const request = (c: ChartExport) => ({ chart: c, stamp, preset, includeSummary });
  const png = (ratio: PixelRatio) =>
    run(async (a, c) => ({
      kind: 'ok',
      text: t('downloaded', { file: await a.downloadPng(request(c), ratio) }),
    }));
  const svg = () =>
    run(async (a, c) => ({ kind: 'ok', text: t('downloaded', { file: a.downloadSvg(request(c)) }) }));
  const copy = () =>
    run(async (a, c) => {
      const result = await a.copyPng(request(c), 2);
      if (result === 'copied') return { kind: 'ok', text: t('imageCopied') };
      return { kind: 'error', text: t(result === 'unsupported' ? 'copyUnsupported' : 'copyDenied') };
    });

  return (
    <ExportDialog title={t('imagePanelTitle')} testId="image-panel" onClose={onClose} wide>
      <fieldset className="export-presets">
        <legend>{t('imageSize')}</legend>
        {PRESET_IDS.map((id) => (
          <label key={id}>
            <input
              type="radio"
              name="export-preset"
              value={id}
              checked={presetId === id}
              onChange={() => setPresetId(id)}
              data-testid={`preset-${id}`}
            />
            {t(PRESET_LABEL[id])}{' '}
            <span className="export-dim">
              {PRESETS[id].width}×{PRESETS[id].height}
            </span>
          </label>
        ))}
      </fieldset>
      <label className="export-check">
        <input
          type="checkbox"
          checked={includeSummary}
          onChange={(e) => setIncludeSummary(e.target.checked)}
          data-testid="include-summary"
        />
        {t('includeSummary')}
      </label>
      {preview && (
        <img
          className="export-preview"
          src={preview}
          alt={t('imagePreviewAlt', { title: chart()?.title ?? '' })}
          style={{ aspectRatio: `${preset.width} / ${preset.height}` }}
          data-testid="image-preview"
        />
      )}
      <div className="export-buttons">
        <button type="button" disabled={busy} onClick={() => void png(2)} data-testid="download-png-2">
          {t('downloadPng2')}
        </button>
        <button type="button" disabled={busy} onClick={() => void png(3)} data-testid="download-png-3">
          {t('downloadPng3')}
        </button>
        <button type="button" disabled={busy} onClick={() => void svg()} data-testid="download-svg">
          {t('downloadSvg')}
        </button>
        <button type="button" disabled={busy} onClick={() => void copy()} data-testid="copy-image">
          {t('copyImage')}
        </button>
      </div>
      {status && (
        <p className={`export-status export-${status.kind}`} role="status" data-testid="export-status">
          {status.text}
        </p>
      )}
    </ExportDialog>
  );
}
