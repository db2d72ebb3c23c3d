import { useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { EChart } from '../charts/EChart';
import { requestEngineAfterPaint } from '../snapshot/engineGate';
import { useI18n } from '../i18n/i18nContext';
import { isAppHint, withoutAppHints } from '../export/appHints';
import { ChartActionsContext, type ChartExportInfo } from './chartActions';
import { modelTexts, type ViewModel } from './viewModel';

interface Props {
  /** What the card shows; exports and embeds are built from the same object. */
  model: ViewModel;
  summaryTestId: string;
  /** Chart events (drill-through clicks). */
  onEvents?: Record<string, (params: unknown) => void> | undefined;
  /** Buttons beside the title; defaults to what ChartActionsContext provides. */
  actions?: ReactNode;
  /** Right under the chart (a colour legend). */
  afterChart?: ReactNode;
  /** Content at the end (tables). */
  children?: ReactNode;
  /** The rows are still on their way. */
  loading?: boolean;
  error?: ReactNode;
  /** The summary sentence above the chart (the overview leads with it). */
  summaryFirst?: boolean;
}

/** What a kept chart shows while the next result loads: nothing (setOption with notMerge clears it). */
const EMPTY_OPTION = {};

/** The frame every view uses: title, subtitle, chart, summary caption, notes and an actions slot. */
export function ChartCard({ model, summaryTestId, children, ...props }: Props) {
  const { id, title, subtitle, scopeNote, summary, chart } = model;
  const { lang, t } = useI18n();
  const renderActions = useContext(ChartActionsContext);
  const texts = modelTexts(model);
  const info: ChartExportInfo = {
    ...texts,
    notes: [...texts.notes, ...(model.foldedNotes?.items ?? [])],
    model,
  };
  const actions = props.actions ?? (props.loading ? null : renderActions?.(info)) ?? null;
  // A result shown without a chart is this card's first paint: what waits for it may load (engineGate).
  const shownWithoutChart = !props.loading && !chart;
  useEffect(() => {
    if (shownWithoutChart) requestEngineAfterPaint();
  }, [shownWithoutChart]);
  // While the next result loads (another indicator, year or body), the chart that was drawn stays
  // mounted, emptied, at its height, under the loading notice: unmounting it disposed the ECharts
  // instance and its canvas, and the next result then built both anew and waited a frame to draw (at
  // 1M rows most of an indicator switch). Nothing of the old figures stays visible.
  const drawnHeight = useRef<number | null>(null);
  if (chart) drawnHeight.current = chart.height;
  const keptHeight = !chart && props.loading ? drawnHeight.current : null;
  const printedSummary = withoutAppHints(summary, lang);
  const caption = summary && (
    <figcaption className="chart-summary" data-testid={summaryTestId}>
      {printedSummary === summary ? (
        summary
      ) : (
        // On paper the summary reads without its in-app hint ("more years come from uploads").
        <>
          <span className="screen-only">{summary}</span>
          <span className="print-only">{printedSummary}</span>
        </>
      )}
    </figcaption>
  );

  return (
    <figure className="chart-card" aria-labelledby={`${id}-title`} data-testid={`${id}-card`}>
      <div className="chart-card-head">
        <div>
          <h2 id={`${id}-title`}>
            {title}
            {model.flag && <FlagMarker flag={model.flag} id={id} />}
          </h2>
          {subtitle && <p className="chart-subtitle">{subtitle}</p>}
          {scopeNote && <p className="chart-scope">{scopeNote}</p>}
        </div>
        {actions && <div className="chart-actions">{actions}</div>}
      </div>
      {props.summaryFirst && caption}
      {props.error ??
        (chart || keptHeight !== null ? (
          <div className="chart-slot" aria-busy={chart ? undefined : true}>
            <EChart
              option={chart ? chart.option : EMPTY_OPTION}
              label={chart ? summary : t('loadingChart')}
              height={chart ? chart.height : (keptHeight ?? 0)}
              testId={chart?.testId}
              onEvents={props.onEvents}
            />
            {!chart && (
              <div className="chart-placeholder chart-placeholder-over" role="status">
                {t('loadingChart')}
              </div>
            )}
          </div>
        ) : props.loading ? (
          <div className="chart-placeholder" role="status">
            {t('loadingChart')}
          </div>
        ) : null)}
      {model.list && (
        <div className="not-ranked" data-testid={`${id}-not-ranked`}>
          <p>{model.list.label}</p>
          <ul>
            {model.list.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}
      {props.afterChart}
      {!props.summaryFirst && caption}
      {model.notes.map((n) => {
        const printed = withoutAppHints(n, lang);
        return (
          <p className={isAppHint(n, lang) ? 'chart-note app-hint' : 'chart-note'} key={n}>
            {printed === n || printed === '' ? (
              n
            ) : (
              <>
                <span className="screen-only">{n}</span>
                <span className="print-only">{printed}</span>
              </>
            )}
          </p>
        );
      })}
      {model.foldedNotes && model.foldedNotes.items.length > 0 && (
        <details className="folded-notes">
          <summary>{model.foldedNotes.label}</summary>
          <ul>
            {model.foldedNotes.items.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
      {children}
    </figure>
  );
}

/** "部分可比" / "口径不同" beside the title; the reason shows on hover (title) and on tap (toggle). */
function FlagMarker({ flag, id }: { flag: NonNullable<ViewModel['flag']>; id: string }) {
  const [open, setOpen] = useState(false);
  return (
    <span className="flag-wrap">
      <button
        type="button"
        className={`flag flag-${flag.kind}`}
        title={flag.reason}
        aria-expanded={open}
        aria-controls={`${id}-flag-reason`}
        data-testid={`${id}-flag`}
        onClick={() => setOpen((o) => !o)}
      >
        {flag.kind === 'no' ? '⊘ ' : '◐ '}
        {flag.label}
      </button>
      {open && (
        <span className="flag-reason" id={`${id}-flag-reason`} role="note">
          {flag.reason}
        </span>
      )}
    </span>
  );
}
