import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import { useId } from 'react';
import { useI18n } from '../../i18n/i18nContext';
import { formatValue } from '../../i18n/formatValue';
import { COMMIT_MODES, type CommitMode } from '../../storage/commitMode';
import type { ChangePreview, FigureChange } from '../../storage/previewChanges';
import type { CatalogLabels } from './catalogLabels';

export const MODE_TEXT = {
  merge: { name: 'storeModeMerge', help: 'storeModeMergeHelp', short: 'storeVersionModeMerge' },
  replace_slices: {
    name: 'storeModeReplaceSlices',
    help: 'storeModeReplaceSlicesHelp',
    short: 'storeVersionModeReplaceSlices',
  },
  replace_all: {
    name: 'storeModeReplaceAll',
    help: 'storeModeReplaceAllHelp',
    short: 'storeVersionModeReplaceAll',
  },
} as const;

interface Props {
  preview: ChangePreview | null;
  mode: CommitMode;
  onMode: (mode: CommitMode) => void;
  labels: CatalogLabels;
  /** Names of the catalog entries the commit adds. */
  newJurisdictions: string[];
  newIndicators: string[];
  busy: boolean;
  onCommit: () => void;
}

/** What the upload would change, per jurisdiction and year and figure by figure; the mode; commit. */
export function PreviewStep({
  preview,
  mode,
  onMode,
  labels,
  newJurisdictions,
  newIndicators,
  busy,
  onCommit,
}: Props) {
  const { lang, t } = useI18n();
  const modeName = useId();
  const totals = preview?.totals;
  const addsCatalog = newJurisdictions.length + newIndicators.length > 0;
  const nothing =
    totals !== undefined && totals.added + totals.changed + totals.removed === 0 && !addsCatalog;

  const value = (v: number | null, q: FigureChange['old_qualifier'], id: string, unit: string | null) =>
    v === null ? t('noData') : formatValue(v, q, labels.unit(id, unit), lang);

  return (
    <section className="data-card" aria-labelledby="preview-title" data-testid="preview-step">
      <h3 id="preview-title">{t('storeStepPreview')}</h3>
      <fieldset className="commit-modes" disabled={busy}>
        <legend>{t('storeModeLegend')}</legend>
        {COMMIT_MODES.map((m) => (
          <label key={m} className="commit-mode">
            <input
              type="radio"
              name={modeName}
              value={m}
              checked={mode === m}
              data-testid={`mode-${m}`}
              onChange={() => onMode(m)}
            />
            <span>
              <strong>{t(MODE_TEXT[m].name)}</strong> — {t(MODE_TEXT[m].help)}
            </span>
          </label>
        ))}
      </fieldset>

      {!preview ? (
        <p role="status">{t('storePreviewPreparing')}</p>
      ) : (
        <>
          <h4>{t('storePreviewTitle')}</h4>
          <p data-testid="preview-totals">{t('storePreviewTotals', { ...preview.totals })}</p>
          {addsCatalog && (
            <p>
              {t('storePreviewNewNames', {
                jurisdictions: newJurisdictions.join(t('listSep')) || t('storeNone'),
                indicators: newIndicators.join(t('listSep')) || t('storeNone'),
              })}
            </p>
          )}
          <div className="table-scroll">
            <table className="data-table" data-testid="preview-slices">
              <thead>
                <tr>
                  <th scope="col">{t('storePreviewJurisdiction')}</th>
                  <th scope="col">{t('storePreviewYear')}</th>
                  <th scope="col" className="num">
                    {t('storePreviewAdded')}
                  </th>
                  <th scope="col" className="num">
                    {t('storePreviewChanged')}
                  </th>
                  <th scope="col" className="num">
                    {t('storePreviewUnchanged')}
                  </th>
                  <th scope="col" className="num">
                    {t('storePreviewRemoved')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.slices.map((s) => (
                  <tr key={`${s.jurisdiction_id}|${s.year}`}>
                    <th scope="row">
                      {labels.jurisdiction(s.jurisdiction_id)}
                      {s.new_slice && <span className="badge">{t('storePreviewNewSlice')}</span>}
                    </th>
                    <td>{s.year}</td>
                    <td className={s.added ? 'num added' : 'num'}>{s.added}</td>
                    <td className={s.changed ? 'num changed' : 'num'}>{s.changed}</td>
                    <td className="num">{s.unchanged}</td>
                    <td className={s.removed ? 'num removed' : 'num'}>{s.removed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.details.length > 0 && (
            <>
              <h4>{t('storePreviewDetailsTitle')}</h4>
              {preview.details.length < preview.totals.changed + preview.totals.removed && (
                <p>
                  {t('storePreviewDetailsShown', {
                    shown: preview.details.length,
                    total: preview.totals.changed + preview.totals.removed,
                  })}
                </p>
              )}
              <div className="table-scroll table-tall">
                <table className="data-table" data-testid="preview-details">
                  <thead>
                    <tr>
                      <th scope="col">{t('storePreviewJurisdiction')}</th>
                      <th scope="col">{t('storePreviewYear')}</th>
                      <th scope="col">{t('storePreviewIndicator')}</th>
                      <th scope="col" className="num">
                        {t('storePreviewOld')}
                      </th>
                      <th scope="col" className="num">
                        {t('storePreviewNew')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.details.map((d) => (
                      <tr key={`${d.jurisdiction_id}|${d.year}|${d.indicator_id}`}>
                        <td>{labels.jurisdiction(d.jurisdiction_id)}</td>
                        <td>{d.year}</td>
                        <td>{labels.indicator(d.indicator_id)}</td>
                        <td className="num">
                          {value(d.old_value, d.old_qualifier, d.indicator_id, d.old_unit)}
                        </td>
                        <td className="num">
                          {d.change === 'removed' ? (
                            <span className="removed">{t('storePreviewGone')}</span>
                          ) : (
                            <>
                              {value(d.new_value, d.new_qualifier, d.indicator_id, d.new_unit)}
                              {d.old_value === d.new_value &&
                                d.old_qualifier === d.new_qualifier &&
                                d.source_changed && (
                                  <span className="hint"> · {t('storePreviewSourceOnly')}</span>
                                )}
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {nothing && <p data-testid="preview-nothing">{t('storePreviewNothing')}</p>}
        </>
      )}
      <div className="step-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || !preview || nothing}
          data-testid="commit-button"
          onClick={onCommit}
        >
          {busy ? t('storeCommitting') : t('storeCommitButton', { mode: t(MODE_TEXT[mode].name) })}
        </button>
      </div>
    </section>
  );
}
