import type { ReactNode } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '../charts/EChart';
import { dataVersionLabel, sourceLine } from '../export/imageParts';
import { useI18n } from '../i18n/i18nContext';
import { EmbedBackLink } from './EmbedBackLink';
import { EmbedFooterNote } from './EmbedMessage';
import type { EmbedPin } from './pin';

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

/** An embedded chart as pinned: title, subtitle, chart, summary, source line and the link back. */
export function EmbedFigure(props: Props) {
  const { lang, t } = useI18n();
  const source = sourceLine({ sources: props.sources, lang });
  return (
    <figure className="embed-figure" aria-labelledby="embed-title">
      <h1 id="embed-title" className="embed-title">
        {props.title}
      </h1>
      <p className="embed-subtitle">{props.subtitle}</p>
      <EChart option={props.option} label={props.summary} height={props.height} testId="embed-chart" />
      {props.afterChart}
      <figcaption className="embed-summary">{props.summary}</figcaption>
      {props.newerData && (
        <EmbedFooterNote
          text={t('embedNewerData', { version: dataVersionLabel(props.pin.dataVersion, lang) })}
        />
      )}
      <footer className="embed-footer">
        <span className="embed-source" data-testid="embed-source" title={source}>
          {source}
        </span>
        <EmbedBackLink search={props.back} />
      </footer>
    </figure>
  );
}
