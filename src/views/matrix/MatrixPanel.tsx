import { CatalogSelect } from '../../app/controls/CatalogSelect';
import { YearSelect } from '../../app/controls/YearSelect';
import { useI18n } from '../../i18n/i18nContext';
import { localized } from '../../i18n/lang';
import { Picker } from '../sharedControls';
import type { ViewPanelProps } from '../viewPanel';
import { MatrixView } from './MatrixView';

export function MatrixPanel(props: ViewPanelProps) {
  const { catalog, selectionCatalog, selection, actions } = props;
  const { lang, t } = useI18n();
  return (
    <>
      <div className="controls">
        <YearSelect
          value={selection.matrixYear}
          years={selectionCatalog.allYears}
          withLatest
          latestLabel="matrixYearDefault"
          onChange={(year) => actions.update({ year })}
        />
        <CatalogSelect
          label={t('matrixRows')}
          value={selection.category ?? ''}
          testId="category-select"
          options={[
            { value: '', label: t('matrixRowsShared') },
            ...catalog.categories.map((c) => ({ value: c.id, label: localized(c, 'name', lang) })),
          ]}
          onChange={(category) => actions.update({ category: category || null })}
        />
        <Picker {...props} />
      </div>
      <MatrixView
        catalog={catalog}
        year={selection.matrixYear}
        category={selection.category}
        selected={selection.jurisdictions}
        onOpenRanking={(indicator) =>
          // The ranking of the comparison the matrix shows: the same year, or the same default rule.
          typeof selection.matrixYear === 'number'
            ? actions.update(
                { view: 'ranking', indicator, measure: 'count', year: selection.matrixYear },
                { push: true },
              )
            : actions.openRanking(indicator)
        }
      />
    </>
  );
}
