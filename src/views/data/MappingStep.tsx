import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import { useState } from 'react';
import type { Jurisdiction, Indicator } from '../../data/schema';
import { useI18n } from '../../i18n/i18nContext';
import { localized } from '../../i18n/lang';
import type { MessageKey } from '../../i18n/messages';
import { layoutOf } from '../../import/layoutOf';
import {
  COLUMN_ROLES,
  DELIMITERS,
  type ColumnMapping,
  type ColumnRole,
  type Delimiter,
  type EncodingChoice,
  type ImportOutcome,
  type Layout,
  type Mapping,
} from '../../import/types';
import '../../import/importSteps.css';

interface Props {
  outcome: ImportOutcome;
  /** Current catalog indicators (for an indicator column's target). */
  indicators: readonly Indicator[];
  /** Current catalog places (for the place of the whole file). */
  jurisdictions: readonly Jurisdiction[];
  busy: boolean;
  /** Re-run the import with this mapping (`columns: []` = detect the columns again). */
  onMapping: (mapping: Mapping) => void;
}

const ROLE_LABEL: Record<ColumnRole, MessageKey> = {
  jurisdiction: 'roleJurisdiction',
  year: 'roleYear',
  indicator: 'roleIndicator',
  value: 'roleValue',
  qualifier: 'roleQualifier',
  unit: 'roleUnit',
  source: 'roleSource',
  quote: 'roleQuote',
  comparable: 'roleComparable',
  comparability_zh: 'roleComparabilityZh',
  comparability_en: 'roleComparabilityEn',
  indicator_column: 'roleIndicatorColumn',
  year_column: 'roleYearColumn',
  ignore: 'roleIgnore',
};

const LAYOUT_LABEL: Record<Layout, MessageKey> = {
  long: 'uploadLayoutLong',
  wide_indicators: 'uploadLayoutWideIndicators',
  wide_years: 'uploadLayoutWideYears',
};

const DELIMITER_LABEL: Record<Delimiter, MessageKey> = {
  ',': 'uploadDelimiterComma',
  '\t': 'uploadDelimiterTab',
  ';': 'uploadDelimiterSemicolon',
  '|': 'uploadDelimiterPipe',
};

const ENCODINGS: readonly EncodingChoice[] = ['auto', 'utf-8', 'gb18030', 'utf-16le', 'utf-16be'];
const ENCODING_NAME: Record<EncodingChoice, string> = {
  auto: '',
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 / GBK',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

const sameColumns = (a: readonly ColumnMapping[], b: readonly ColumnMapping[]) =>
  a.length === b.length &&
  a.every((c, i) => c.role === b[i]!.role && c.indicatorId === b[i]!.indicatorId && c.year === b[i]!.year);

/**
 * The importer's guess at what each column holds, editable: roles per column (and the indicator or
 * year a wide column stands for), plus the file's structure (encoding, delimiter, header row).
 */
export function MappingStep({ outcome, indicators, jurisdictions, busy, onMapping }: Props) {
  const { lang, t } = useI18n();
  const mapping = outcome.mapping;
  const [base, setBase] = useState(mapping);
  const [columns, setColumns] = useState(mapping.columns);
  const [encoding, setEncoding] = useState<EncodingChoice>(mapping.encoding);
  const [delimiter, setDelimiter] = useState<Delimiter>(mapping.delimiter);
  const [headerRow, setHeaderRow] = useState(mapping.headerRow);
  const [fixedYear, setFixedYear] = useState(mapping.fixedYear ?? null);
  const [fixedPlace, setFixedPlace] = useState(mapping.fixedJurisdiction ?? null);
  if (base !== mapping) {
    setFixedYear(mapping.fixedYear ?? null);
    setFixedPlace(mapping.fixedJurisdiction ?? null);
    // a new outcome: start again from what it used
    setBase(mapping);
    setColumns(mapping.columns);
    setEncoding(mapping.encoding);
    setDelimiter(mapping.delimiter);
    setHeaderRow(mapping.headerRow);
  }

  const edited =
    !sameColumns(columns, mapping.columns) ||
    fixedYear !== (mapping.fixedYear ?? null) ||
    fixedPlace !== (mapping.fixedJurisdiction ?? null);
  const structureEdited =
    encoding !== mapping.encoding || delimiter !== mapping.delimiter || headerRow !== mapping.headerRow;
  const setColumn = (index: number, patch: Partial<ColumnMapping>) =>
    setColumns((cols) => cols.map((c) => (c.index === index ? { ...c, ...patch } : c)));
  const sortedIndicators = [...indicators]
    .filter((i) => !i.numerator_id)
    .sort((a, b) =>
      localized(a, 'name', lang).localeCompare(localized(b, 'name', lang), lang === 'zh' ? 'zh-CN' : 'en'),
    );
  const decoding = outcome.decoding;

  return (
    <div className="import-step mapping-step" data-testid="mapping-step">
      <h4>{t('uploadMappingTitle')}</h4>
      <p className="hint">{t('uploadMappingIntro')}</p>
      <dl className="mapping-facts">
        <dt>{t('uploadLayout')}</dt>
        <dd data-testid="mapping-layout">{t(LAYOUT_LABEL[layoutOf({ columns })])}</dd>
      </dl>
      {outcome.format === 'parquet' ? (
        <p className="hint">{t('uploadParquetNote')}</p>
      ) : (
        <div className="mapping-structure">
          {outcome.format === 'csv' && (
            <label>
              {t('uploadEncoding')}{' '}
              <select
                value={encoding}
                disabled={busy}
                onChange={(e) => setEncoding(e.target.value as EncodingChoice)}
                data-testid="mapping-encoding-select"
              >
                {ENCODINGS.map((e) => (
                  <option key={e} value={e}>
                    {e === 'auto' ? t('uploadEncodingAuto') : ENCODING_NAME[e]}
                  </option>
                ))}
              </select>
              {decoding && (
                <span className="hint" data-testid="mapping-encoding">
                  {' '}
                  {t('uploadEncodingDetected', { encoding: ENCODING_NAME[decoding.encoding] })}
                  {decoding.bom ? t('uploadEncodingBom') : ''}
                </span>
              )}
            </label>
          )}
          <label>
            {t('uploadDelimiter')}{' '}
            <select
              value={delimiter}
              disabled={busy}
              onChange={(e) => setDelimiter(e.target.value as Delimiter)}
              data-testid="mapping-delimiter-select"
            >
              {DELIMITERS.map((d) => (
                <option key={d} value={d}>
                  {t(DELIMITER_LABEL[d])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('uploadHeaderRow')}{' '}
            <input
              type="number"
              min={1}
              max={200}
              value={headerRow}
              disabled={busy}
              onChange={(e) => setHeaderRow(Math.max(1, Math.floor(Number(e.target.value) || 1)))}
              className="mapping-header-row"
              data-testid="mapping-header-row"
            />
          </label>
          <button
            type="button"
            disabled={busy || !structureEdited}
            onClick={() => onMapping({ ...mapping, encoding, delimiter, headerRow, columns: [] })}
            data-testid="mapping-redetect"
          >
            {t('uploadRedetect')}
          </button>
        </div>
      )}
      <div className="mapping-structure" data-testid="mapping-whole-file">
        {outcome.sheets.length > 0 && (
          <label>
            {t('uploadSheet')}{' '}
            <select
              value={mapping.sheet ?? ''}
              disabled={busy}
              onChange={(e) => onMapping({ ...mapping, sheet: e.target.value, columns: [], fixedYear: null })}
              data-testid="mapping-sheet"
            >
              {outcome.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.hidden ? t('uploadSheetHidden', { sheet: s.name }) : s.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {layoutOf({ columns }) !== 'wide_years' && (
          <label>
            {t('uploadFixedYear')}{' '}
            <input
              type="number"
              min={1949}
              max={2199}
              placeholder={t('uploadFixedYearNone')}
              value={fixedYear ?? ''}
              disabled={busy}
              onChange={(e) =>
                setFixedYear(e.target.value === '' ? null : Math.floor(Number(e.target.value)))
              }
              className="mapping-header-row"
              data-testid="mapping-fixed-year"
            />
            {outcome.titleYear !== null && (
              <span className="hint"> {t('uploadFixedYearFromTitle', { year: outcome.titleYear })}</span>
            )}
          </label>
        )}
        <label>
          {t('uploadFixedJurisdiction')}{' '}
          <select
            value={fixedPlace ?? ''}
            disabled={busy}
            onChange={(e) => setFixedPlace(e.target.value === '' ? null : e.target.value)}
            data-testid="mapping-fixed-place"
          >
            <option value="">{t('uploadFixedJurisdictionNone')}</option>
            {jurisdictions.map((j) => (
              <option key={j.id} value={j.id}>
                {localized(j, 'name', lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* a file that could not be read has no columns: no empty table */}
      {columns.length > 0 && (
        <div className="table-scroll">
          <table className="mapping-table">
            <thead>
              <tr>
                <th scope="col">{t('uploadColumn')}</th>
                <th scope="col">{t('uploadHeader')}</th>
                <th scope="col">{t('uploadSample')}</th>
                <th scope="col">{t('uploadRole')}</th>
                <th scope="col">{t('uploadTarget')}</th>
              </tr>
            </thead>
            <tbody>
              {columns.map((c) => {
                const samples = outcome.sampleRows
                  .map((r) => r[c.index] ?? '')
                  .filter((s) => s !== '')
                  .slice(0, 3);
                const label = t('uploadColumnLetter', { n: c.index + 1 });
                return (
                  <tr key={c.index} data-testid={`mapping-row-${c.index}`}>
                    <td>{c.index + 1}</td>
                    <th scope="row" className="mapping-header-cell">
                      {c.header}
                    </th>
                    <td className="mapping-sample">{samples.join(' · ')}</td>
                    <td>
                      <select
                        aria-label={`${label} ${c.header} · ${t('uploadRole')}`}
                        value={c.role}
                        disabled={busy}
                        onChange={(e) => setColumn(c.index, { role: e.target.value as ColumnRole })}
                        data-testid={`mapping-role-${c.index}`}
                      >
                        {COLUMN_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(ROLE_LABEL[r])}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {c.role === 'indicator_column' && (
                        <select
                          aria-label={`${label} ${c.header} · ${t('uploadTarget')}`}
                          value={c.indicatorId ?? ''}
                          disabled={busy}
                          onChange={(e) => setColumn(c.index, { indicatorId: e.target.value || undefined })}
                        >
                          <option value="">{t('uploadUnknownTarget')}</option>
                          {sortedIndicators.map((i) => (
                            <option key={i.id} value={i.id}>
                              {lang === 'zh' ? `${i.name_zh}（${i.unit_zh}）` : `${i.name_en} (${i.unit_en})`}
                            </option>
                          ))}
                        </select>
                      )}
                      {c.role === 'year_column' && (
                        <input
                          type="number"
                          aria-label={`${label} ${c.header} · ${t('roleYear')}`}
                          min={1949}
                          max={2100}
                          value={c.year ?? ''}
                          disabled={busy}
                          onChange={(e) =>
                            setColumn(c.index, {
                              year: e.target.value ? Math.floor(Number(e.target.value)) : undefined,
                            })
                          }
                          className="mapping-year"
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="step-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || !edited}
          onClick={() =>
            onMapping({
              ...mapping,
              columns,
              layout: layoutOf({ columns }),
              fixedYear,
              fixedJurisdiction: fixedPlace,
            })
          }
          data-testid="mapping-apply"
        >
          {t('uploadApplyMapping')}
        </button>
        {edited && <span className="hint">{t('uploadMappingChanged')}</span>}
      </div>
    </div>
  );
}
