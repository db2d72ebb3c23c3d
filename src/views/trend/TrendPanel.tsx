import { IndicatorControls, Picker } from '../sharedControls';
import type { ViewPanelProps } from '../viewPanel';
import { TrendControls } from './TrendControls';
import { TrendView } from './TrendView';

export function TrendPanel(props: ViewPanelProps) {
  const { selection } = props;
  return (
    <>
      <div className="controls">
        <IndicatorControls {...props} />
        <TrendControls {...props} />
        <Picker {...props} />
      </div>
      <TrendView
        catalog={props.catalog}
        indicator={props.shown}
        selected={selection.jurisdictions}
        mode={selection.trendMode}
        range={{ from: selection.from, to: selection.to }}
      />
    </>
  );
}
