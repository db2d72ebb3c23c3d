import { TREND_MODES, type TrendMode } from '../../app/urlState';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/messages';
import type { ViewPanelProps } from '../viewPanel';

const MODE_LABEL: Record<TrendMode, MessageKey> = {
  value: 'trendModeValue',
  change: 'trendModeChange',
  index: 'trendModeIndex',
};

/** What the trend shows (figures, change on the previous year, index) and the years, as in the link. */
export function TrendControls({ selection, selectionCatalog, shown, actions }: ViewPanelProps) {
  const { t } = useI18n();
  const years = selectionCatalog.yearsByIndicator.get(shown.id) ?? [];
  const span =
    years.length > 0
      ? Array.from({ length: years[years.length - 1]! - years[0]! + 1 }, (_, i) => years[0]! + i)
      : [];
  const bound = (which: 'from' | 'to') => (
    <label className="control control-year">
      {t(which === 'from' ? 'trendFrom' : 'trendTo')}
      <select
        value={selection[which] ?? ''}
        data-testid={`trend-${which}`}
        onChange={(e) => actions.update({ [which]: e.target.value === '' ? null : Number(e.target.value) })}
      >
        <option value="">{t('trendYearsAll')}</option>
        {span
          .filter((y) =>
            which === 'from'
              ? selection.to === null || y <= selection.to
              : selection.from === null || y >= selection.from,
          )
          .map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
      </select>
    </label>
  );
  return (
    <>
      <fieldset className="control measure-switch" data-testid="trend-mode">
        <legend>{t('trendModeLabel')}</legend>
        <div className="segmented">
          {TREND_MODES.map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name="trend-mode"
                value={mode}
                checked={selection.trendMode === mode}
                onChange={() => actions.update({ trendMode: mode })}
                data-testid={`trend-mode-${mode}`}
              />
              <span>{t(MODE_LABEL[mode])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {span.length > 1 && bound('from')}
      {span.length > 1 && bound('to')}
    </>
  );
}
