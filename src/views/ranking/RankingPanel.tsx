import { YearSelect } from '../../app/controls/YearSelect';
import { IndicatorControls } from '../sharedControls';
import type { ViewPanelProps } from '../viewPanel';
import { RankingView } from './RankingView';

export function RankingPanel(props: ViewPanelProps) {
  const { catalog, selectionCatalog, selection, shown, actions } = props;
  return (
    <>
      <div className="controls">
        <IndicatorControls {...props} />
        <YearSelect
          value={selection.year}
          years={selectionCatalog.yearsByIndicator.get(shown.id) ?? []}
          withLatest
          onChange={(year) => actions.update({ year })}
        />
      </div>
      {selection.year !== null && (
        <RankingView
          catalog={catalog}
          indicator={shown}
          year={selection.year}
          latestReason={selection.latestReason}
          onOpenProfile={actions.openProfile}
        />
      )}
    </>
  );
}
