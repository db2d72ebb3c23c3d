import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Indicator, Jurisdiction } from '../../data/schema';
import { ExtractFailedError, startExtract, type RunningExtract } from '../../extract/extractClient';
import { ReportReadError, reportFormat, MAX_REPORT_BYTES } from '../../extract/readReport';
import { initialReview, reviewToCsv, rowProblems, type ReviewRow } from '../../extract/review';
import type { ExtractResult } from '../../extract/types';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/messages';
import { ReviewTable } from './ReviewTable';
import './report.css';

interface Props {
  catalog: { jurisdictions: readonly Jurisdiction[]; indicators: readonly Indicator[] };
  disabled: boolean;
  /** The reviewed figures as a long CSV, handed to the normal check → preview → commit path. */
  onReviewed: (name: string, csv: string) => void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; page?: number; pages?: number; done?: number; total?: number }
  | { kind: 'review'; name: string; result: ExtractResult };

const READ_ERRORS: Record<string, MessageKey> = {
  empty: 'reportErrEmpty',
  doc: 'reportErrDoc',
  scanned: 'reportErrScanned',
  unknown_format: 'reportErrUnknownFormat',
  unreadable: 'reportErrUnreadable',
  too_large: 'reportErrTooLarge',
};

/**
 * 从工作报告导入: paste or drop a report, review each figure with its sentence, then hand the
 * accepted ones to the upload's own check, preview and commit. Nothing is saved from here.
 */
export function ReportImport({ catalog, disabled, onReviewed }: Props) {
  const { t } = useI18n();
  const pasteId = useId();
  const fileId = useId();
  const [pasted, setPasted] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [rows, setRows] = useState<ReviewRow[]>([]);
  const [title, setTitle] = useState('');
  const [jurisdiction, setJurisdiction] = useState('');
  const [year, setYear] = useState('');
  const running = useRef<RunningExtract | null>(null);
  const pdfAbort = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      running.current?.cancel();
      pdfAbort.current?.abort();
    },
    [],
  );

  const extractCatalog = useMemo(
    () => ({ indicators: [...catalog.indicators], jurisdictions: [...catalog.jurisdictions] }),
    [catalog],
  );

  const fail = (name: string, reason: string, detail: string) => {
    setPhase({ kind: 'idle' });
    if (reason === 'cancelled') {
      setMessage({ kind: 'ok', text: t('reportCancelled') });
      return;
    }
    const key = READ_ERRORS[reason] ?? 'reportErrInternal';
    setMessage({ kind: 'error', text: t(key, { name, detail }) });
  };

  const run = (name: string, request: Parameters<typeof startExtract>[0]) => {
    running.current?.cancel();
    setMessage(null);
    setPhase({ kind: 'reading', name });
    const r = startExtract(request, (p) =>
      setPhase((ph) => (ph.kind === 'reading' ? { ...ph, done: p.done, total: p.total } : ph)),
    );
    running.current = r;
    r.result.then(
      (result) => {
        if (running.current !== r) return;
        running.current = null;
        setRows(initialReview(result));
        setTitle(result.title || name);
        setJurisdiction(result.body.jurisdictionId ?? result.body.place ?? '');
        setYear(result.year.year === null ? '' : String(result.year.year));
        setPhase({ kind: 'review', name, result });
      },
      (e: unknown) => {
        if (running.current !== r) return;
        running.current = null;
        fail(
          name,
          e instanceof ExtractFailedError ? e.reason : 'internal',
          String(e instanceof Error ? e.message : e),
        );
      },
    );
  };

  const readFile = async (file: File) => {
    setMessage(null);
    if (file.size > MAX_REPORT_BYTES) return fail(file.name, 'too_large', '');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      return fail(file.name, 'unreadable', String(e));
    }
    const format = reportFormat(file.name, bytes);
    if (format === 'doc') return fail(file.name, 'doc', '');
    if (format === 'unknown') return fail(file.name, 'unknown_format', '');
    if (format !== 'pdf')
      return run(file.name, { kind: 'file', name: file.name, bytes, catalog: extractCatalog });
    // PDF: pdf.js reads the text layer on its own worker; the text then goes to the extractor's
    const abort = new AbortController();
    pdfAbort.current = abort;
    setPhase({ kind: 'reading', name: file.name });
    try {
      const { readPdf } = await import('../../extract/readPdf');
      const text = await readPdf(
        bytes,
        (p) => setPhase((ph) => (ph.kind === 'reading' ? { ...ph, page: p.page, pages: p.pages } : ph)),
        abort.signal,
      );
      if (abort.signal.aborted) return;
      run(file.name, { kind: 'text', text, catalog: extractCatalog });
    } catch (e) {
      if (abort.signal.aborted) return fail(file.name, 'cancelled', '');
      fail(
        file.name,
        e instanceof ReportReadError ? e.reason : 'unreadable',
        e instanceof Error ? e.message : String(e),
      );
    } finally {
      if (pdfAbort.current === abort) pdfAbort.current = null;
    }
  };

  const cancel = () => {
    pdfAbort.current?.abort();
    running.current?.cancel();
  };

  const startOver = () => {
    cancel();
    setPhase({ kind: 'idle' });
    setRows([]);
    setMessage(null);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file && !disabled && phase.kind !== 'reading') void readFile(file);
  };

  const yearNumber = /^\d{4}$/u.test(year) ? Number(year) : null;
  // the year field applies to every row that had the detected (or no) year
  const effectiveRows = useMemo(
    () =>
      phase.kind === 'review'
        ? rows.map((r) => (r.year === phase.result.year.year ? { ...r, year: yearNumber } : r))
        : rows,
    [rows, phase, yearNumber],
  );
  const problems = useMemo(() => rowProblems(effectiveRows), [effectiveRows]);
  const selected = effectiveRows.filter((r) => r.accepted && !problems.has(r.id)).length;

  const submit = () => {
    if (phase.kind !== 'review') return;
    const result = { ...phase.result, title: title.trim() || phase.name };
    onReviewed(
      `${result.title}.csv`,
      reviewToCsv(effectiveRows, result, jurisdiction.trim(), catalog.indicators),
    );
  };

  const jurisdictionOptions = catalog.jurisdictions.map((j) => ({
    id: j.id,
    label: `${j.body_name_zh}（${j.id}）`,
  }));
  const known = catalog.jurisdictions.some((j) => j.id === jurisdiction);

  return (
    <section className="data-card report-import" aria-labelledby="report-title" data-testid="report-import">
      <h3 id="report-title">{t('reportImportTitle')}</h3>
      <p className="hint">{t('reportIntro')}</p>

      {phase.kind === 'idle' && (
        <div className="report-input">
          <div
            className="drop-zone"
            data-testid="report-drop-zone"
            onDragOver={(e) => e.preventDefault()}
            onDrop={onDrop}
          >
            <span>{t('reportDrop')}</span>
            <label htmlFor={fileId} className="report-file-label">
              {t('reportChooseFile')}
            </label>
            <input
              id={fileId}
              type="file"
              className="file-input"
              accept=".txt,.docx,.pdf,.doc,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              disabled={disabled}
              data-testid="report-file-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void readFile(file);
              }}
            />
          </div>
          <label htmlFor={pasteId}>{t('reportPasteLabel')}</label>
          <textarea
            id={pasteId}
            rows={5}
            value={pasted}
            placeholder={t('reportPastePlaceholder')}
            onChange={(e) => setPasted(e.target.value)}
            data-testid="report-paste"
          />
          <button
            type="button"
            disabled={disabled}
            data-testid="report-extract"
            onClick={() =>
              pasted.trim() === ''
                ? setMessage({ kind: 'error', text: t('reportErrEmpty') })
                : run(t('storePastedName'), { kind: 'text', text: pasted, catalog: extractCatalog })
            }
          >
            {t('reportExtractButton')}
          </button>
        </div>
      )}

      {phase.kind === 'reading' && (
        <div className="import-progress" data-testid="report-progress">
          <span>
            {phase.pages
              ? t('reportReadingPdf', { page: phase.page ?? 0, pages: phase.pages })
              : phase.total
                ? t('reportScanning', { done: phase.done ?? 0, total: phase.total })
                : t('reportReading', { name: phase.name })}
          </span>
          <progress
            max={100}
            value={
              phase.pages
                ? (100 * (phase.page ?? 0)) / phase.pages
                : phase.total
                  ? (100 * (phase.done ?? 0)) / phase.total
                  : undefined
            }
          />
          <button type="button" onClick={cancel} data-testid="report-cancel">
            {t('reportCancel')}
          </button>
        </div>
      )}

      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`data-message message-${message.kind}`}
          data-testid="report-message"
        >
          {message.text}
        </p>
      )}

      {phase.kind === 'review' && (
        <div className="report-review">
          <div className="step-actions">
            <span className="current-file">{phase.name}</span>
            <button type="button" onClick={startOver} data-testid="report-start-over">
              {t('reportStartOver')}
            </button>
          </div>
          {!phase.result.looksLikeReport && (
            <p role="alert" className="data-message message-error">
              {t('reportNotAReport')}
            </p>
          )}
          {phase.result.candidates.length === 0 && <p className="hint">{t('reportNoFigures')}</p>}
          {phase.result.year.year === null && (
            <p role="alert" className="data-message message-error" data-testid="report-no-year">
              {t('reportNoYear')}
            </p>
          )}
          <fieldset className="report-meta">
            <legend>{t('reportDetected')}</legend>
            <label>
              {t('reportTitleLabel')}
              <input
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                data-testid="report-source-title"
              />
            </label>
            <label>
              {t('reportJurisdictionLabel')}
              <select
                value={known ? jurisdiction : '__new'}
                onChange={(e) => e.target.value !== '__new' && setJurisdiction(e.target.value)}
                data-testid="report-jurisdiction"
              >
                {jurisdictionOptions.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
                <option value="__new">
                  {t('reportJurisdictionNew', { name: known ? '…' : jurisdiction })}
                </option>
              </select>
              {!known && (
                <input
                  value={jurisdiction}
                  onChange={(e) => setJurisdiction(e.target.value)}
                  aria-label={t('reportJurisdictionLabel')}
                />
              )}
            </label>
            <label>
              {t('reportYearLabel')}
              <input
                value={year}
                inputMode="numeric"
                size={6}
                onChange={(e) => setYear(e.target.value.trim())}
                data-testid="report-year"
              />
              {phase.result.year.evidence && (
                <span className="hint">{t('reportYearRule', { evidence: phase.result.year.evidence })}</span>
              )}
            </label>
          </fieldset>
          {phase.result.planStart !== null && (
            <p className="hint">{t('reportPlanFrom', { pos: phase.result.planStart + 1 })}</p>
          )}
          <p className="hint" data-testid="report-summary">
            {t('reportSummary', {
              count: phase.result.candidates.length,
              proposed: phase.result.candidates.filter((c) => c.proposed).length,
            })}
          </p>
          <ReviewTable
            result={phase.result}
            rows={effectiveRows}
            problems={problems}
            indicators={catalog.indicators}
            onChange={(next) =>
              setRows((rs) =>
                rs.map((r) =>
                  r.id === next.id ? { ...next, year: next.year === yearNumber ? r.year : next.year } : r,
                ),
              )
            }
            onAll={(accepted) =>
              setRows((rs) =>
                rs.map((r) => ({
                  ...r,
                  accepted:
                    accepted === 'proposed' ? (phase.result.candidates[r.id]?.proposed ?? false) : accepted,
                })),
              )
            }
          />
          <div className="step-actions">
            <button
              type="button"
              className="primary"
              disabled={disabled || selected === 0}
              onClick={submit}
              data-testid="report-to-preview"
            >
              {t('reportToPreview', { count: selected })}
            </button>
            {selected === 0 && <span className="hint">{t('reportNothingSelected')}</span>}
            {problems.size > 0 && (
              <span className="hint">{t('reportRowsBlocked', { count: problems.size })}</span>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
