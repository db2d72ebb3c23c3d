import { useMemo } from 'react';
import './echartsMatrixParts';
import { matrixIndicators } from './matrixSummary';
import { MAX_MATRIX_ROWS, matrixModel } from './matrixModel';
import type { Catalog } from '../../data/schema';
import { useEngine } from '../../engine/engineContext';
import { matrixPin } from './matrixExportData';
import { useI18n } from '../../i18n/i18nContext';
import { useShownMatrix, type MatrixCell } from './matrixQuery';
import { useCatalogMaps } from '../catalogMaps';
import { useNarrowScreen } from '../useNarrowScreen';
import { PinnedModelFigure } from '../../embed/EmbedFigure';
import { EmbedMessage } from '../../embed/EmbedMessage';
import { EmbedWithCatalog } from '../../embed/EmbedWithCatalog';
import type { EmbedPin } from '../../embed/pin';
import { usePinCheck } from '../../embed/usePinCheck';

interface Props {
  year: number | 'latest';
  category: string | null;
  jurisdictions: readonly string[];
  pin: EmbedPin;
  back: string;
}

/** The matrix as pinned: drawn only when the cells it shows in this browser hash to the pin. */
export function EmbedMatrix(props: Props) {
  return (
    <EmbedWithCatalog back={props.back}>{(c) => <PinnedMatrix {...props} catalog={c} />}</EmbedWithCatalog>
  );
}

function PinnedMatrix({ year, category, jurisdictions, pin, back, catalog }: Props & { catalog: Catalog }) {
  const { lang, t } = useI18n();
  const engine = useEngine();
  const maps = useCatalogMaps(catalog);
  const compact = useNarrowScreen();
  const categoryRow = catalog.categories.find((c) => c.id === category) ?? null;
  const matrix = useShownMatrix({ year: year === 'latest' ? null : year, selected: jurisdictions, category });
  const live = engine.status === 'ready' && matrix.data && !matrix.isPlaceholderData ? matrix.data : null;
  const shown = useMemo(() => {
    if (!live) return null;
    const all = matrixIndicators(live.cells, catalog.indicators, catalog.categories, category, jurisdictions);
    const indicators = all.slice(0, MAX_MATRIX_ROWS);
    return {
      indicators,
      total: live.indicatorsTotal,
      content: matrixPin({
        cells: live.cells,
        indicators,
        selected: jurisdictions,
        year,
        category: categoryRow,
      }),
    };
  }, [live, catalog, category, categoryRow, jurisdictions, year]);
  const check = usePinCheck<MatrixCell>(shown?.content ?? null, pin);
  // The same model as the app's card, computed from the pinned cells.
  const model = useMemo(
    () =>
      shown && check && check.status.kind !== 'unavailable' && shown.indicators.length > 0
        ? matrixModel({ year, category, selected: jurisdictions, compact }, check.content.rows, maps, lang)
        : null,
    [shown, check, jurisdictions, maps, year, category, compact, lang],
  );

  if (category !== null && !categoryRow)
    return <EmbedMessage text={t('embedUnknownIndicator', { value: category })} back={back} />;
  if (matrix.isError)
    return <EmbedMessage text={`${t('queryFailed')}: ${matrix.error.message}`} back={back} />;
  // No rows to show is also "not these rows": the pin is never satisfied by an empty chart of other data.
  const empty = !!check && shown?.indicators.length === 0;
  return (
    <PinnedModelFigure
      chartTitle={t('matrixTitle')}
      model={model}
      check={empty ? { status: { kind: 'unavailable' } } : check}
      pin={pin}
      back={back}
    />
  );
}
