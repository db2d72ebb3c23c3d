import type { Indicator } from '../../data/schema';
import { useI18n } from '../../i18n/i18nContext';
import { localized } from '../../i18n/lang';
import type { Measure } from '../urlState';

interface Props {
  value: Measure;
  /** The derived rate paired with the chosen count. */
  rate: Indicator;
  numerator: Indicator | undefined;
  denominator: Indicator | undefined;
  onChange: (measure: Measure) => void;
}

/** Count ↔ rate, as native radio buttons (arrow keys move between them). */
export function MeasureSwitch({ value, rate, numerator, denominator, onChange }: Props) {
  const { lang, t } = useI18n();
  const formula =
    numerator && denominator
      ? `${localized(numerator, 'name', lang)} ÷ ${localized(denominator, 'name', lang)}`
      : localized(rate, 'name', lang);
  return (
    <fieldset className="control measure-switch" data-testid="measure-switch">
      <legend>{t('measure')}</legend>
      <div className="segmented">
        <label>
          <input
            type="radio"
            name="measure"
            value="count"
            checked={value === 'count'}
            onChange={() => onChange('count')}
          />
          <span>{t('measureCount')}</span>
        </label>
        <label title={formula}>
          <input
            type="radio"
            name="measure"
            value="rate"
            checked={value === 'rate'}
            onChange={() => onChange('rate')}
            data-testid="measure-rate"
          />
          <span>{t('measureRate')}</span>
        </label>
      </div>
      <span className="control-hint">{t('measureRateOf', { formula })}</span>
    </fieldset>
  );
}
