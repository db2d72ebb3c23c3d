import { IndicatorSelect } from '../app/controls/IndicatorSelect';
import { JurisdictionPicker } from '../app/controls/JurisdictionPicker';
import { MeasureSwitch } from '../app/controls/MeasureSwitch';
import type { ViewPanelProps } from './viewPanel';

/** Indicator list, and the count/rate switch where the indicator has a rate. */
export function IndicatorControls({ catalog, selectionCatalog, selection, shown, actions }: ViewPanelProps) {
  const byId = (id: string | null | undefined) => catalog.indicators.find((i) => i.id === id);
  const rate = selection.hasRatePair ? byId(selectionCatalog.rateOf.get(selection.indicator)) : undefined;
  return (
    <>
      <IndicatorSelect
        catalog={catalog}
        reporters={selectionCatalog.reporters}
        value={shown.id}
        onChange={actions.selectIndicator}
      />
      {rate && (
        <MeasureSwitch
          value={selection.measure}
          rate={rate}
          numerator={byId(rate.numerator_id)}
          denominator={byId(rate.denominator_id)}
          onChange={actions.selectMeasure}
        />
      )}
    </>
  );
}

export function Picker({ catalog, selection, actions }: ViewPanelProps) {
  return (
    <JurisdictionPicker
      jurisdictions={catalog.jurisdictions}
      selected={selection.jurisdictions}
      onChange={actions.selectJurisdictions}
    />
  );
}
