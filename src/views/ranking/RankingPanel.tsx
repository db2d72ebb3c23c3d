import { YearSelect } from '../../app/controls/YearSelect';
import { perBasesOffered } from '../../app/urlState';
import { IndicatorControls } from '../sharedControls';
import type { ViewPanelProps } from '../viewPanel';
import { RankingView } from './RankingView';
import { PerCapitaSwitch } from './PerCapitaSwitch';

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
          // A base the new year cannot offer is dropped, not reported: the user did not type it.
          onChange={(year) =>
            actions.update({
              year,
              per:
                selection.per && perBasesOffered(selectionCatalog, shown.id, year).includes(selection.per)
                  ? selection.per
                  : null,
            })
          }
        />
        <PerCapitaSwitch
          value={selection.per}
          offered={selection.perOffered}
          onChange={(per) => actions.update({ per })}
        />
      </div>
      {selection.year !== null && (
        <RankingView
          catalog={catalog}
          indicator={shown}
          year={selection.year}
          latestReason={selection.latestReason}
          per={selection.per}
          onOpenProfile={actions.openProfile}
        />
      )}
    </>
  );
}
