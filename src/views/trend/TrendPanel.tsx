import { IndicatorControls, Picker } from '../sharedControls';
import type { ViewPanelProps } from '../viewPanel';
import { TrendView } from './TrendView';

export function TrendPanel(props: ViewPanelProps) {
  return (
    <>
      <div className="controls">
        <IndicatorControls {...props} />
        <Picker {...props} />
      </div>
      <TrendView catalog={props.catalog} indicator={props.shown} selected={props.selection.jurisdictions} />
    </>
  );
}
