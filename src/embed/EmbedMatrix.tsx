import { useMemo } from 'react';
import '../charts/echartsMatrixParts';
import { matrixHeight, matrixOption } from '../charts/matrixOption';
import { matrixIndicators, matrixSummary, matrixYearLabel } from '../charts/matrixSummary';
import { scopesDiffer } from '../charts/names';
import type { Catalog } from '../data/schema';
import { useEngine } from '../engine/engineContext';
import { dataVersionLabel } from '../export/imageParts';
import { matrixPin } from '../export/matrixExportData';
import { sourcesOfFigures } from '../export/sourcesOfFigures';
import { useI18n } from '../i18n/i18nContext';
import { useMatrix, type MatrixCell } from '../queries/matrix';
import { useCatalogMaps } from '../views/catalogMaps';
import { MAX_MATRIX_ROWS } from '../views/MatrixView';
import { useNarrowScreen } from '../views/useNarrowScreen';
import { EmbedFigure } from './EmbedFigure';
import { EmbedLoading, EmbedMessage } from './EmbedMessage';
import { EmbedWithCatalog } from './EmbedWithCatalog';
import type { EmbedPin } from './pin';
import { usePinCheck } from './usePinCheck';

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
  const matrix = useMatrix({ year: year === 'latest' ? null : year });
  const live = engine.status === 'ready' && matrix.data && !matrix.isPlaceholderData ? matrix.data : null;
  const shown = useMemo(() => {
    if (!live) return null;
    const all = matrixIndicators(live, catalog.indicators, catalog.categories, category, jurisdictions);
    const indicators = all.slice(0, MAX_MATRIX_ROWS);
    return {
      indicators,
      total: all.length,
      content: matrixPin({ cells: live, indicators, selected: jurisdictions, year, category: categoryRow }),
    };
  }, [live, catalog, category, categoryRow, jurisdictions, year]);
  const check = usePinCheck<MatrixCell>(shown?.content ?? null, pin);
  const input = useMemo(
    () =>
      shown && check && check.status.kind !== 'unavailable' && shown.indicators.length > 0
        ? {
            cells: check.content.rows,
            indicators: shown.indicators,
            totalIndicators: shown.total,
            selected: jurisdictions,
            jurisdictions: maps.jurisdictions,
            year,
            category: categoryRow,
            lang,
          }
        : null,
    [shown, check, jurisdictions, maps, year, categoryRow, lang],
  );
  const option = useMemo(() => (input ? matrixOption(input, { compact }) : null), [input, compact]);

  if (category !== null && !categoryRow)
    return <EmbedMessage text={t('embedUnknownIndicator', { value: category })} back={back} />;
  if (matrix.isError)
    return <EmbedMessage text={`${t('queryFailed')}: ${matrix.error.message}`} back={back} />;
  // No rows to show is also "not these rows": the pin is never satisfied by an empty chart of other data.
  if (check?.status.kind === 'unavailable' || (check && shown?.indicators.length === 0))
    return (
      <EmbedMessage
        text={t('embedUnavailable', {
          chart: t('matrixTitle'),
          version: dataVersionLabel(pin.dataVersion, lang),
        })}
        back={back}
      />
    );
  if (!input || !option || !check) return <EmbedLoading />;
  return (
    <EmbedFigure
      title={t('matrixTitle')}
      subtitle={t('matrixSubtitle', { year: matrixYearLabel(input) })}
      option={option}
      height={matrixHeight(input.indicators.length, scopesDiffer(jurisdictions, maps.jurisdictions), {
        compact,
      })}
      summary={matrixSummary(input)}
      sources={sourcesOfFigures(input.cells, catalog.sources, lang)}
      newerData={check.status.kind === 'same' && check.status.newerData}
      pin={pin}
      back={back}
    />
  );
}
