import type { ReactNode } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '../charts/EChart';
import { withoutAppHints } from '../export/appHints';
import { dataVersionLabel, sourceLine } from '../export/imageParts';
import { useI18n } from '../i18n/i18nContext';
import { EmbedBackLink } from './EmbedBackLink';
import { EmbedFooterNote, EmbedLoading, EmbedMessage } from './EmbedMessage';
import { pinnedDate, useReportHeight } from './reportHeight';
import type { EmbedPin, PinStatus } from './pin';

interface Props {
  title: string;
  subtitle: string;
  option: EChartsCoreOption;
  height: number;
  summary: string;
  sources: string[];
  /** The rows match the pin but the dataset changed since: say so discreetly. */
  newerData: boolean;
  pin: EmbedPin;
  back: string;
  afterChart?: ReactNode;
}

/**
 * The embed's foot: source line and link back, every source on demand, the data version with the date
 * the embed was pinned on. It also keeps the host page told of the embed's height.
 */
export function EmbedFooter({ sources, pin, back }: { sources: string[]; pin: EmbedPin; back: string }) {
  const { lang, t } = useI18n();
  const source = sourceLine({ sources, lang });
  useReportHeight();
  const date = pinnedDate(window.location.search);
  const version = dataVersionLabel(pin.dataVersion, lang);
  return (
    <>
      <footer className="embed-footer">
        <span className="embed-source" data-testid="embed-source" title={source}>
          {source}
        </span>
        <EmbedBackLink search={back} />
      </footer>
      {sources.length > 0 && (
        // The source line is kept short above; every report is listed in full on demand.
        <details className="embed-all-sources" data-testid="embed-all-sources">
          <summary>{t('embedAllSources', { n: sources.length })}</summary>
          <ul>
            {sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="embed-version" data-testid="embed-version">
        {date ? t('embedDataLine', { version, date }) : t('embedDataLineUndated', { version })}
      </p>
    </>
  );
}

/** An embedded chart as pinned: title, subtitle, chart, summary (without app hints), source, version. */
export function EmbedFigure(props: Props) {
  const { lang, t } = useI18n();
  return (
    <figure className="embed-figure" aria-labelledby="embed-title">
      <h1 id="embed-title" className="embed-title">
        {props.title}
      </h1>
      <p className="embed-subtitle">{props.subtitle}</p>
      <EChart option={props.option} label={props.summary} height={props.height} testId="embed-chart" />
      {props.afterChart}
      <figcaption className="embed-summary">{withoutAppHints(props.summary, lang)}</figcaption>
      {props.newerData && (
        <EmbedFooterNote
          text={t('embedNewerData', { version: dataVersionLabel(props.pin.dataVersion, lang) })}
        />
      )}
      <EmbedFooter sources={props.sources} pin={props.pin} back={props.back} />
    </figure>
  );
}

/** What a pinned embed needs of its view's model (see src/views/viewModel.ts). */
interface PinnedModel {
  title: string;
  subtitle: string;
  summary: string;
  chart: { option: EChartsCoreOption; height: number } | null;
  export: { sources: string[] };
}

/**
 * The tail every pinned embed shares once its pin has been checked: "not available" naming the chart
 * it stands in for, a placeholder until the model exists, then the model's figure.
 */
export function PinnedModelFigure({
  chartTitle,
  model,
  check,
  pin,
  back,
}: {
  /** The chart's title as the app names it, for the "not available" message. */
  chartTitle: string;
  model: PinnedModel | null;
  /** The pin check (null while unknown); unavailable = the pinned rows are not in this data. */
  check: { status: PinStatus } | null;
  pin: EmbedPin;
  back: string;
}) {
  const { lang, t } = useI18n();
  if (check?.status.kind === 'unavailable')
    return (
      <EmbedMessage
        text={t('embedUnavailable', { chart: chartTitle, version: dataVersionLabel(pin.dataVersion, lang) })}
        back={back}
      />
    );
  if (!model?.chart || !check) return <EmbedLoading />;
  return (
    <EmbedFigure
      title={model.title}
      subtitle={model.subtitle}
      option={model.chart.option}
      height={model.chart.height}
      summary={model.summary}
      sources={model.export.sources}
      newerData={check.status.kind === 'same' && check.status.newerData}
      pin={pin}
      back={back}
    />
  );
}
