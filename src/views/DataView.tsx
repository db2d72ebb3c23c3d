import '../i18n/laterMessages'; // registers the data screen's messages this module names
import { useEffect, useMemo, useRef, useState } from 'react';
import { useEngine } from '../engine/engineContext';
import { useI18n } from '../i18n/i18nContext';
import {
  ImportFailedError,
  prewarmImportWorker,
  releaseImportWorker,
  startImport,
  type RunningImport,
} from '../import/importClient';
import type { ImportOutcome, ImportProgress, ImportSource, Mapping, NameDecisions } from '../import/types';
import { NO_DECISIONS } from '../import/types';
import { useCatalog } from '../queries/catalog';
import type { CommitMode } from '../storage/commitMode';
import { StaleVersionError } from '../storage/datasetManager';
import type { ChangePreview } from '../storage/previewChanges';
import { catalogLabels } from './data/catalogLabels';
import { DatasetExport } from './data/DatasetExport';
import { ImportProgressBar } from './data/ImportProgressBar';
import { CheckStep } from './data/CheckStep';
import { PreviewStep } from './data/PreviewStep';
import { StorageNoticeBanner } from './data/StorageNoticeBanner';
import { storageFailureText } from './data/storageFailureText';
import { UploadInput } from './data/UploadInput';
import { VersionHistory } from './data/VersionHistory';
import { PublishPanel } from '../published/PublishPanel';
import { CommitResult, type CommitSummary } from './data/CommitResult';
import { ReportImport } from './report/ReportImport';
import './data/data.css';

type Message = { kind: 'ok' | 'error'; text: string };

/**
 * The analysts' screen: upload (file, drop or paste) → check (mapping, problems, names) → preview of
 * the changes → commit; version history with undo; export. Nothing is written before the commit, so
 * leaving or reloading at any step keeps the data as it was.
 */
export default function DataView() {
  const { lang, t } = useI18n();
  const engine = useEngine();
  const catalog = useCatalog();
  const ready = engine.status === 'ready' ? engine : null;

  const [source, setSource] = useState<ImportSource | null>(null);
  const [reading, setReading] = useState<{ progress: ImportProgress; run: RunningImport } | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [mode, setMode] = useState<CommitMode>('merge');
  const [previewing, setPreviewing] = useState(false);
  const [preview, setPreview] = useState<ChangePreview | null>(null);
  const [committing, setCommitting] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [committed, setCommitted] = useState<CommitSummary | null>(null);
  const running = useRef<RunningImport | null>(null);
  // the report review whose figures are being checked; a commit of them ends that review
  const reportSource = useRef<ImportSource | null>(null);
  const [reportKey, setReportKey] = useState(0);

  // Leaving the screen stops a running import and frees a staged one; the data is untouched either way.
  const dataset = ready?.dataset;
  useEffect(
    () => () => {
      running.current?.cancel();
      void dataset?.dropStaged();
    },
    [dataset],
  );
  // The importer's worker loads while the analyst picks a file (see prewarmImportWorker).
  useEffect(() => {
    void prewarmImportWorker();
    return releaseImportWorker;
  }, []);

  const sourceName = (s: ImportSource | null) => (s?.kind === 'file' ? s.name : t('storePastedName'));

  const read = (next: ImportSource, options: { mapping?: Mapping; decisions?: NameDecisions } = {}) => {
    if (!catalog.data) return;
    running.current?.cancel();
    setSource(next);
    setMessage(null);
    setCommitted(null);
    setPreviewing(false);
    setPreview(null);
    const run = startImport(
      next,
      {
        catalog: {
          jurisdictions: catalog.data.jurisdictions,
          indicators: catalog.data.indicators,
          // a data package's categories and sources are checked against these
          categories: catalog.data.categories,
          sources: catalog.data.sources,
        },
        ...(options.mapping ? { mapping: options.mapping, encoding: options.mapping.encoding } : {}),
        decisions: options.decisions ?? NO_DECISIONS,
      },
      (progress) => setReading((r) => (r && r.run === run ? { ...r, progress } : r)),
    );
    running.current = run;
    setReading({ progress: { phase: 'decode', fraction: 0 }, run });
    // the next import's worker (a re-read with a new mapping, another file) loads meanwhile
    void prewarmImportWorker();
    run.result.then(
      (result) => {
        if (running.current !== run) return;
        running.current = null;
        setReading(null);
        setOutcome(result);
      },
      (e: unknown) => {
        if (running.current !== run) return;
        running.current = null;
        setReading(null);
        const name = sourceName(next);
        setMessage(
          e instanceof ImportFailedError && e.reason === 'cancelled'
            ? { kind: 'ok', text: t('storeImportCancelled', { name }) }
            : e instanceof ImportFailedError && e.reason === 'memory'
              ? { kind: 'error', text: t('storeErrTooLarge') }
              : {
                  kind: 'error',
                  text: t('storeImportFailed', { name, reason: e instanceof Error ? e.message : String(e) }),
                },
        );
      },
    );
  };

  const decisions = useRef<NameDecisions>(NO_DECISIONS);
  const rerun = (patch: { mapping?: Mapping; decisions?: NameDecisions }) => {
    if (!source || !outcome) return;
    if (patch.decisions) decisions.current = patch.decisions;
    read(source, { mapping: patch.mapping ?? outcome.mapping, decisions: decisions.current });
  };

  const runPreview = async (nextMode: CommitMode, stage: boolean, keepMessage = false) => {
    if (!ready || !outcome) return;
    setPreview(null);
    setPreviewing(true);
    if (!keepMessage) setMessage(null);
    try {
      if (stage) await ready.dataset.stage(outcome.columns);
      setPreview(await ready.dataset.preview(nextMode));
    } catch (e) {
      setPreviewing(false);
      setMessage({ kind: 'error', text: storageFailureText(e, t) });
    }
  };

  // Another tab changed the data: the preview is recomputed on it (the effect below); say so here,
  // beside the preview, as well as in the page's notice.
  const previewingNow = useRef(false);
  previewingNow.current = previewing;
  useEffect(
    () =>
      dataset?.onFollowed(() => {
        if (previewingNow.current) setMessage({ kind: 'ok', text: t('uploadOtherTabReviewed') });
      }),
    [dataset, t],
  );

  // Undo or reset elsewhere changes what the preview compares against: compare again.
  const dataVersion = ready?.dataVersion ?? '';
  useEffect(() => {
    // (keeping the message: it may say why the data changed)
    if (previewing && !committing) void runPreview(mode, false, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the data itself changes
  }, [dataVersion]);

  const commit = async () => {
    if (!ready || !outcome || !preview) return;
    setCommitting(true);
    setMessage(null);
    try {
      const record = await ready.dataset.commit({
        mode,
        fileName: outcome.sourceName,
        newJurisdictions: outcome.newJurisdictions,
        newIndicators: outcome.newIndicators,
        newCategories: outcome.newCategories ?? [],
        newSources: outcome.newSources ?? [],
      });
      const years = [...new Set(preview.slices.map((s) => s.year))].sort((a, b) => a - b);
      // Indicators in file order (the dictionary may list more than the rows use).
      const { indicator, indicatorIds } = outcome.columns;
      const indicators = [...new Set(Array.from(indicator.subarray(0, 1000), (i) => indicatorIds[i]!))];
      setCommitted({ record, years, indicators, name: sourceName(source) });
      if (source === reportSource.current) setReportKey((k) => k + 1);
      void ready.dataset.dropStaged();
      setOutcome(null);
      setSource(null);
      setPreview(null);
      setPreviewing(false);
      decisions.current = NO_DECISIONS;
    } catch (e) {
      if (e instanceof StaleVersionError) {
        // Another tab committed first: take its data, then preview this upload against it again.
        try {
          await ready.dataset.followStore();
          await runPreview(mode, false);
        } catch (followError) {
          setMessage({ kind: 'error', text: storageFailureText(followError, t) });
          return;
        }
        const now = (await ready.dataset.store.list().catch(() => [])).find((v) => v.id === e.currentId);
        const version = now ? `“${now.fileName || t('storePastedName')}”` : t('uploadBundledData');
        setMessage({ kind: 'error', text: t('uploadStaleRefused', { version }) });
      } else setMessage({ kind: 'error', text: `${t('storeCommitFailed')} ${storageFailureText(e, t)}` });
    } finally {
      setCommitting(false);
    }
  };

  const reset = () => {
    running.current?.cancel();
    void ready?.dataset.dropStaged();
    running.current = null;
    setReading(null);
    setOutcome(null);
    setSource(null);
    setPreview(null);
    setPreviewing(false);
    setMessage(null);
    decisions.current = NO_DECISIONS;
  };

  const labels = useMemo(
    () =>
      catalogLabels(
        [...(catalog.data?.jurisdictions ?? []), ...(outcome?.newJurisdictions ?? [])],
        [...(catalog.data?.indicators ?? []), ...(outcome?.newIndicators ?? [])],
        lang,
      ),
    [catalog.data, outcome, lang],
  );

  const unresolved = outcome ? outcome.unknownJurisdictions.length + outcome.unknownIndicators.length : 0;
  // `columns`, not `rows`: the row objects of a large upload are built only if someone asks for them.
  const validRows = outcome?.columns.length ?? 0;
  const canPreview = validRows > 0 && !reading;

  return (
    <div className="data-view" data-testid="data-view">
      <h2>{t('storeDataTitle')}</h2>
      <p className="data-intro">{t('storeDataIntro')}</p>
      <StorageNoticeBanner />
      {!ready || !catalog.data ? (
        <p role="status">{t('storeDataEngineLoading')}</p>
      ) : (
        <>
          <section className="data-card" aria-labelledby="upload-title">
            <h3 id="upload-title">{t('storeUploadTitle')}</h3>
            {outcome || reading ? (
              <div className="step-actions">
                <span className="current-file">{sourceName(source)}</span>
                <button type="button" onClick={reset} disabled={committing} data-testid="start-over">
                  {t('storeStartOver')}
                </button>
              </div>
            ) : (
              <UploadInput
                disabled={committing}
                onSource={(s) => read(s)}
                onReadError={(name, e) =>
                  setMessage({
                    kind: 'error',
                    text:
                      e instanceof RangeError
                        ? t('storeErrTooLarge')
                        : t('storeImportFailed', { name, reason: String(e) }),
                  })
                }
              />
            )}
            {reading && source && (
              <ImportProgressBar
                name={sourceName(source)}
                progress={reading.progress}
                onCancel={() => reading.run.cancel()}
              />
            )}
          </section>

          {/* Kept mounted while its figures go through check and preview: "start over" returns to the review. */}
          <div hidden={outcome !== null || reading !== null}>
            <ReportImport
              key={reportKey}
              catalog={catalog.data}
              disabled={committing}
              onReviewed={(name, csv) => {
                reportSource.current = { kind: 'file', name, bytes: new TextEncoder().encode(csv) };
                read(reportSource.current);
              }}
            />
          </div>

          {message && (
            <p
              role={message.kind === 'error' ? 'alert' : 'status'}
              className={`data-message message-${message.kind}`}
              data-testid="data-message"
            >
              {message.text}
            </p>
          )}
          {committed && <CommitResult summary={committed} labels={labels} />}

          {outcome && source && (
            <CheckStep
              outcome={outcome}
              name={sourceName(source)}
              catalog={catalog.data}
              busy={reading !== null || committing}
              onMapping={(mapping) => rerun({ mapping })}
              onDecisions={(d) => rerun({ decisions: d })}
            />
          )}

          {outcome && !previewing && (
            <div className="step-actions">
              <button
                type="button"
                className="primary"
                disabled={!canPreview}
                data-testid="preview-button"
                onClick={() => void runPreview(mode, true)}
              >
                {t('storePreviewButton')}
              </button>
              {validRows === 0 && <span className="hint">{t('storePreviewNoRows')}</span>}
              {validRows > 0 && unresolved > 0 && (
                <span className="hint">{t('storePreviewUnresolved', { count: unresolved })}</span>
              )}
            </div>
          )}

          {outcome && previewing && (
            <PreviewStep
              preview={preview}
              mode={mode}
              onMode={(m) => {
                setMode(m);
                void runPreview(m, false);
              }}
              labels={labels}
              newJurisdictions={outcome.newJurisdictions.map((j) => labels.jurisdiction(j.id))}
              newIndicators={outcome.newIndicators.map((i) => labels.indicator(i.id))}
              busy={committing}
              onCommit={() => void commit()}
            />
          )}

          <VersionHistory
            dataset={ready.dataset}
            versionId={ready.dataset.state.versionId}
            dataVersion={ready.dataVersion}
          />
          <PublishPanel connector={ready.connector} />
          <DatasetExport connector={ready.connector} dataVersion={ready.dataVersion} />
        </>
      )}
    </div>
  );
}
