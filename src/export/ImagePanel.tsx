import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18nContext';
import type { MessageKey } from '../i18n/messages';
import { withEditedTexts } from './assembleChartExport';
import type { ChartExport, ExportStamp } from './chartExport';
import { copyText } from './copyText';
import { ExportDialog } from './ExportDialog';
import { citeLine } from './imageParts';
import { loadExportActions } from './loadExportActions';
import {
  customPixels,
  customPreset,
  customSizeProblem,
  PRESET_IDS,
  PRESETS,
  presetDpi,
  type CustomSize,
  type ImagePreset,
  type PresetId,
} from './presets';

const PRESET_LABEL: Record<Exclude<PresetId, 'custom'>, MessageKey> = {
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
type Actions = Awaited<ReturnType<typeof loadExportActions>>;
interface Edits {
  title: string;
  subtitle: string;
  notes: string;
}

/**
 * Size presets or a custom size (px or cm at a DPI), summary and background options, editable title,
 * subtitle and notes, a live preview of every image the export makes, and PNG/SVG/Word/PowerPoint,
 * copy-image, copy-description and cite buttons.
 */
export function ImagePanel({ chart, stamp, contentKey, onClose }: Props) {
  const { t } = useI18n();
  const [presetId, setPresetId] = useState<PresetId>('slide16x9');
  const [custom, setCustom] = useState<CustomSize>({ width: 16, height: 10, unit: 'cm', dpi: 300 });
  const [includeSummary, setIncludeSummary] = useState(true);
  const [transparent, setTransparent] = useState(false);
  const [edits, setEdits] = useState<Edits | null>(null);
  const [preview, setPreview] = useState<{ urls: string[]; summaryDropped: boolean } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const manualBox = useRef<HTMLTextAreaElement>(null);
  const problem = presetId === 'custom' ? customSizeProblem(custom) : null;
  const preset: ImagePreset | null =
    presetId === 'custom' ? (problem ? null : customPreset(custom)) : PRESETS[presetId];
  const editedChart = (): ChartExport | null => {
    const c = chart();
    return c ? withEditedTexts(c, edits) : null;
  };
  const presetKey = preset ? `${preset.id}|${preset.width}|${preset.height}|${preset.zoom}` : '';

  useEffect(() => {
    let live = true;
    let urls: string[] = [];
    if (!preset) {
      setPreview(null);
      return;
    }
    void loadExportActions().then((actions) => {
      const c = editedChart();
      if (!live || !c) return;
      const made = actions.previewUrls({ chart: c, stamp, preset, includeSummary, transparent });
      urls = made.urls;
      setPreview(made);
    });
    return () => {
      live = false;
      for (const url of urls) URL.revokeObjectURL(url);
    };
    // `chart` reads the live chart; contentKey says when that changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [contentKey, stamp.dataVersion, presetKey, includeSummary, transparent, edits]);

  useEffect(() => {
    if (manualCopy) manualBox.current?.select();
  }, [manualCopy]);

  const run = async (action: (actions: Actions, c: ChartExport, p: ImagePreset) => Promise<Status>) => {
    const c = editedChart();
    if (!c) return setStatus({ kind: 'error', text: t('chartNotReady') });
    if (!preset) return setStatus({ kind: 'error', text: t('customSizeInvalid', { max: 8000 }) });
    setBusy(true);
    setManualCopy(null);
    try {
      setStatus(await action(await loadExportActions(), c, preset));
    } catch (e) {
      setStatus({
        kind: 'error',
        text: t('exportFailed', { reason: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setBusy(false);
    }
  };
  const request = (c: ChartExport, p: ImagePreset) => ({
    chart: c,
    stamp,
    preset: p,
    includeSummary,
    transparent,
  });
  const downloaded = (files: string[]) => ({
    kind: 'ok' as const,
    text: t('downloaded', { file: files.join('、') }),
  });
  const png = (ratio: number) =>
    run(async (a, c, p) => downloaded(await a.downloadPng(request(c, p), ratio)));
  const svg = () => run(async (a, c, p) => downloaded(a.downloadSvg(request(c, p))));
  const office = (format: 'docx' | 'pptx') =>
    run(async (a, c) => downloaded([await a.downloadOffice([c], stamp, format, c.fileParts, transparent)]));
  const copy = () =>
    run(async (a, c, p) => {
      const result = await a.copyPng(request(c, p), presetId === 'custom' ? 1 : 2);
      if (result === 'copied') return { kind: 'ok', text: t('imageCopied') };
      return { kind: 'error', text: t(result === 'unsupported' ? 'copyUnsupported' : 'copyDenied') };
    });
  const copyWords = async (text: string, done: MessageKey) => {
    setStatus(null);
    if (await copyText(text)) {
      setManualCopy(null);
      setStatus({ kind: 'ok', text: t(done) });
    } else {
      setManualCopy(text);
      setStatus({ kind: 'error', text: t('copyByHand') });
    }
  };

  const current = chart();
  const shown = current ? withEditedTexts(current, edits) : null;
  const cite = shown ? citeLine(shown, stamp) : '';
  const startEdits = (): Edits =>
    edits ?? {
      title: current?.title ?? '',
      subtitle: current?.subtitle ?? '',
      notes: current?.notes.join('\n') ?? '',
    };
  const customPx = customPixels(custom);
  const pages = preview?.urls.length ?? 0;

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
        <label>
          <input
            type="radio"
            name="export-preset"
            value="custom"
            checked={presetId === 'custom'}
            onChange={() => setPresetId('custom')}
            data-testid="preset-custom"
          />
          {t('customSize')}
        </label>
      </fieldset>
      {presetId === 'custom' && (
        <div className="export-custom" data-testid="custom-size">
          <label>
            {t('customWidth')}
            <input
              type="number"
              min={0}
              step="any"
              value={custom.width}
              onChange={(e) => setCustom({ ...custom, width: Number(e.target.value) })}
              data-testid="custom-width"
            />
          </label>
          <label>
            {t('customHeight')}
            <input
              type="number"
              min={0}
              step="any"
              value={custom.height}
              onChange={(e) => setCustom({ ...custom, height: Number(e.target.value) })}
              data-testid="custom-height"
            />
          </label>
          <label>
            {t('customUnit')}
            <select
              value={custom.unit}
              onChange={(e) => setCustom({ ...custom, unit: e.target.value === 'px' ? 'px' : 'cm' })}
              data-testid="custom-unit"
            >
              <option value="cm">cm</option>
              <option value="px">px</option>
            </select>
          </label>
          <label>
            {t('customDpi')}
            <input
              type="number"
              min={72}
              max={600}
              value={custom.dpi}
              onChange={(e) => setCustom({ ...custom, dpi: Number(e.target.value) })}
              data-testid="custom-dpi"
            />
          </label>
          <span className={problem ? 'export-error' : 'export-dim'} role={problem ? 'alert' : undefined}>
            {problem
              ? t('customSizeInvalid', { max: problem.max })
              : t('pixelsAtDpi', { width: customPx.width, height: customPx.height, dpi: custom.dpi })}
          </span>
        </div>
      )}
      <div className="export-checks">
        <label className="export-check">
          <input
            type="checkbox"
            checked={includeSummary}
            onChange={(e) => setIncludeSummary(e.target.checked)}
            data-testid="include-summary"
          />
          {t('includeSummary')}
        </label>
        <label className="export-check">
          <input
            type="checkbox"
            checked={transparent}
            onChange={(e) => setTransparent(e.target.checked)}
            data-testid="transparent-background"
          />
          {t('transparentBackground')}
        </label>
      </div>
      <details className="export-edit" onToggle={(e) => e.currentTarget.open && setEdits(startEdits())}>
        <summary>{t('editTexts')}</summary>
        {edits && (
          <div className="export-edit-fields">
            <label>
              {t('editTitle')}
              <input
                value={edits.title}
                onChange={(e) => setEdits({ ...edits, title: e.target.value })}
                data-testid="edit-title"
              />
            </label>
            <label>
              {t('editSubtitle')}
              <input
                value={edits.subtitle}
                onChange={(e) => setEdits({ ...edits, subtitle: e.target.value })}
                data-testid="edit-subtitle"
              />
            </label>
            <label>
              {t('editNotes')}
              <textarea
                rows={3}
                value={edits.notes}
                onChange={(e) => setEdits({ ...edits, notes: e.target.value })}
                data-testid="edit-notes"
              />
            </label>
            <button type="button" onClick={() => setEdits(null)} data-testid="reset-texts">
              {t('resetTexts')}
            </button>
          </div>
        )}
      </details>
      {preview?.urls.map((url, i) => (
        <img
          key={url}
          className="export-preview"
          src={url}
          alt={
            t('imagePreviewAlt', { title: shown?.title ?? '' }) + (pages > 1 ? ` (${i + 1}/${pages})` : '')
          }
          style={preset ? { aspectRatio: `${preset.width} / ${preset.height}` } : undefined}
          data-testid="image-preview"
        />
      ))}
      {pages > 1 && (
        <p className="export-dim" data-testid="split-note">
          {t('exportSplitNote', { pages })}
        </p>
      )}
      {preview?.summaryDropped && <p className="export-dim">{t('exportSummaryDropped')}</p>}
      <div className="export-buttons">
        {presetId === 'custom' ? (
          <button
            type="button"
            disabled={busy || !preset}
            onClick={() => void png(1)}
            data-testid="download-png-custom"
          >
            PNG {preset ? `${presetDpi(preset, 1)} DPI` : ''}
          </button>
        ) : (
          <>
            <button type="button" disabled={busy} onClick={() => void png(2)} data-testid="download-png-2">
              {t('downloadPng2')}
            </button>
            <button type="button" disabled={busy} onClick={() => void png(3)} data-testid="download-png-3">
              {t('downloadPng3')}
            </button>
          </>
        )}
        <button
          type="button"
          disabled={busy || !preset}
          onClick={() => void svg()}
          data-testid="download-svg"
        >
          {t('downloadSvg')}
        </button>
        <button type="button" disabled={busy} onClick={() => void office('docx')} data-testid="download-docx">
          {t('downloadDocx')}
        </button>
        <button type="button" disabled={busy} onClick={() => void office('pptx')} data-testid="download-pptx">
          {t('downloadPptx')}
        </button>
        <button type="button" disabled={busy || !preset} onClick={() => void copy()} data-testid="copy-image">
          {t('copyImage')}
        </button>
        <button
          type="button"
          disabled={!shown}
          title={t('copyDescriptionHelp')}
          onClick={() => shown && void copyWords(shown.summary, 'descriptionCopied')}
          data-testid="copy-description"
        >
          {t('copyDescription')}
        </button>
      </div>
      <p className="export-cite">
        <strong>{t('citeLabel')}</strong>
        <span data-testid="cite-line">{cite}</span>{' '}
        <button type="button" onClick={() => void copyWords(cite, 'citeCopied')} data-testid="copy-cite">
          {t('copyCite')}
        </button>
      </p>
      {status && (
        <p className={`export-status export-${status.kind}`} role="status" data-testid="export-status">
          {status.text}
        </p>
      )}
      {manualCopy !== null && (
        <textarea
          ref={manualBox}
          className="export-manual-copy"
          readOnly
          rows={3}
          value={manualCopy}
          data-testid="manual-copy"
        />
      )}
    </ExportDialog>
  );
}
