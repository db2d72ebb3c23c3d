import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/messages';
import type { YearChoice } from '../urlState';

interface Props {
  value: YearChoice | null;
  years: readonly number[];
  /** Offer "each jurisdiction's latest year" first (matrix). */
  withLatest?: boolean;
  /** What the 'latest' option is called (the matrix's is each indicator's default comparison). */
  latestLabel?: MessageKey;
  onChange: (year: YearChoice) => void;
}

export function YearSelect({
  value,
  years,
  withLatest = false,
  latestLabel = 'matrixYearLatest',
  onChange,
}: Props) {
  const { t } = useI18n();
  return (
    <label className="control control-year">
      {t('year')}
      <select
        value={value ?? ''}
        data-testid="year-select"
        onChange={(e) => onChange(e.target.value === 'latest' ? 'latest' : Number(e.target.value))}
      >
        {withLatest && <option value="latest">{t(latestLabel)}</option>}
        {[...years].reverse().map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
