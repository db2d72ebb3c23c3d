import { useContext, useRef, type ReactNode } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '../charts/EChart';
import { echarts } from '../charts/echartsSetup';
import { useI18n } from '../i18n/i18nContext';
import { isAppHint, withoutAppHints } from '../export/appHints';
import type { ChartExportData, ExportLayout } from '../export/chartExport';
import { ChartActionsContext, type ChartExportInfo } from './chartActions';

export interface ChartSpec {
  option: EChartsCoreOption;
  height: number;
  testId: string;
  onEvents?: Record<string, (params: unknown) => void>;
  /** The chart for images, laid out for the image and not for this window (see ExportLayout). */
  exportLayout?: ExportLayout | undefined;
}

interface Props {
  /** Stable id: ids of the title and summary derive from it. */
  id: string;
  title: string;
  /** Indicator, unit and year in a line. */
  subtitle: string;
  /** Level/body note where the jurisdictions differ. */
  scopeNote?: string | undefined;
  /** The generated text summary: caption, aria description, screen reader text. */
  summary: string;
  summaryTestId: string;
  /** null while loading. */
  chart?: ChartSpec | null;
  /** Notes under the summary (comparability, qualifiers, small denominators …). */
  notes?: readonly (string | null | false | undefined)[];
  /** Buttons beside the title; defaults to what ChartActionsContext provides. */
  actions?: ReactNode;
  /** Right under the chart (a colour legend). */
  afterChart?: ReactNode;
  /** Long lists of notes, folded: "口径说明（12项）". */
  foldedNotes?: { label: string; items: readonly string[] } | undefined;
  /** Content at the end (tables). */
  children?: ReactNode;
  loading?: boolean;
  /** The view's data for export (table, sources, pin), built from its query rows. */
  exportData?: ChartExportData | undefined;
  error?: ReactNode;
}

/** The frame every view uses: title, subtitle, chart, summary caption, notes and an actions slot. */
export function ChartCard(props: Props) {
  const { id, title, subtitle, scopeNote, summary, summaryTestId, chart, children } = props;
  const { lang, t } = useI18n();
  const renderActions = useContext(ChartActionsContext);
  const chartBox = useRef<HTMLDivElement>(null);
  const notes = (props.notes ?? []).filter((n): n is string => typeof n === 'string' && n !== '');
  const info: ChartExportInfo = {
    id,
    title,
    subtitle,
    summary,
    notes: [...(scopeNote ? [scopeNote] : []), ...notes, ...(props.foldedNotes?.items ?? [])],
    scopeNote,
    exportData: props.exportData,
    exportLayout: chart?.exportLayout,
    getChart: () => {
      const el = chartBox.current?.querySelector<HTMLElement>('[_echarts_instance_]');
      return el ? echarts.getInstanceByDom(el) : undefined;
    },
  };
  const actions = props.actions ?? renderActions?.(info) ?? null;
  const printedSummary = withoutAppHints(summary, lang);

  return (
    <figure className="chart-card" aria-labelledby={`${id}-title`} data-testid={`${id}-card`}>
      <div className="chart-card-head">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          <p className="chart-subtitle">{subtitle}</p>
          {scopeNote && <p className="chart-scope">{scopeNote}</p>}
        </div>
        {actions && <div className="chart-actions">{actions}</div>}
      </div>
      {props.error ??
        (chart ? (
          <div ref={chartBox}>
            <EChart
              option={chart.option}
              label={summary}
              height={chart.height}
              testId={chart.testId}
              onEvents={chart.onEvents}
            />
          </div>
        ) : props.loading ? (
          <div className="chart-placeholder" role="status">
            {t('loadingChart')}
          </div>
        ) : null)}
      {props.afterChart}
      {summary && (
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
      )}
      {notes.map((n) => {
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
      {props.foldedNotes && props.foldedNotes.items.length > 0 && (
        <details className="folded-notes">
          <summary>{props.foldedNotes.label}</summary>
          <ul>
            {props.foldedNotes.items.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
      {children}
    </figure>
  );
}
