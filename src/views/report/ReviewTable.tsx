import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { QUALIFIERS, type Indicator, type Qualifier } from '../../data/schema';
import type { ReviewRow, RowProblem } from '../../extract/review';
import type { ExtractResult, NoteKey } from '../../extract/types';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/messages';

const NOTE: Record<NoteKey, MessageKey> = {
  plan: 'reportNotePlan',
  percent: 'reportNotePercent',
  ranking: 'reportNoteRanking',
  low_confidence: 'reportNoteLow',
  no_year: 'reportNoteNoYear',
  duplicate: 'reportNoteDuplicate',
};
const PROBLEM: Record<RowProblem, MessageKey> = {
  no_year: 'reportProblemNoYear',
  no_indicator: 'reportProblemNoIndicator',
  bad_value: 'reportProblemBadValue',
  duplicate: 'reportProblemDuplicate',
};
const QUALIFIER_LABEL: Record<Qualifier, MessageKey> = {
  exact: 'reportQualifierExact',
  at_least: 'reportQualifierAtLeast',
  approx: 'reportQualifierApprox',
};
const NEW = '__new';
/** Rows drawn at a time: a 300-page report can hold tens of thousands of figures. */
const PAGE = 200;

interface Props {
  result: ExtractResult;
  rows: readonly ReviewRow[];
  problems: ReadonlyMap<number, RowProblem>;
  indicators: readonly Indicator[];
  onChange: (row: ReviewRow) => void;
  onAll: (accepted: boolean | 'proposed') => void;
}

/** The quote with the figure marked; React escapes the text, so report text never becomes markup. */
function Quote({ quote, figure }: { quote: string; figure: string }) {
  const at = figure === '' ? -1 : quote.indexOf(figure);
  if (at < 0) return <>{quote}</>;
  return (
    <>
      {quote.slice(0, at)}
      <mark>{figure}</mark>
      {quote.slice(at + figure.length)}
    </>
  );
}

/** One row per candidate figure: tick, indicator, value, qualifier, year, with the sentence it is from. */
export function ReviewTable({ result, rows, problems, indicators, onChange, onAll }: Props) {
  const { t } = useI18n();
  const table = useRef<HTMLTableElement>(null);
  const options = useMemo(
    () =>
      indicators
        .filter((i) => !i.numerator_id)
        .map((i) => ({ id: i.id, label: `${i.name_zh}（${i.unit_zh}）` }))
        .sort((a, b) => a.label.localeCompare(b.label, 'zh')),
    [indicators],
  );
  const candidates = result.candidates;
  const [limit, setLimit] = useState(PAGE);
  const shown = rows.slice(0, limit);

  // ↑/↓ on a tick box moves to the same control in the previous/next row: long reports stay usable
  // from the keyboard alone.
  const onKey = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    table.current?.querySelector<HTMLInputElement>(`[data-row="${next}"]`)?.focus();
  };

  return (
    <div className="report-table-wrap">
      <div className="step-actions">
        <button type="button" onClick={() => onAll('proposed')}>
          {t('reportAcceptProposed')}
        </button>
        <button type="button" onClick={() => onAll(true)}>
          {t('reportAcceptAll')}
        </button>
        <button type="button" onClick={() => onAll(false)}>
          {t('reportRejectAll')}
        </button>
        <span className="hint">{t('reportKeyboardHint')}</span>
      </div>
      <table className="report-table" ref={table} data-testid="report-table">
        <thead>
          <tr>
            <th scope="col">{t('reportColAccept')}</th>
            <th scope="col">{t('reportColFigure')}</th>
            <th scope="col">{t('reportColIndicator')}</th>
            <th scope="col">{t('reportColValue')}</th>
            <th scope="col">{t('reportColQualifier')}</th>
            <th scope="col">{t('reportColYear')}</th>
            <th scope="col">{t('reportColQuote')}</th>
            <th scope="col">{t('reportColNote')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) => {
            const c = candidates[row.id]!;
            const problem = problems.get(row.id);
            const confidence = Math.round(c.suggestion.confidence * 100);
            return (
              <tr key={row.id} className={row.accepted ? 'accepted' : 'rejected'} data-testid="report-row">
                <td>
                  <input
                    type="checkbox"
                    checked={row.accepted}
                    data-row={index}
                    aria-label={`${t('reportColAccept')} ${c.text}`}
                    onChange={(e) => onChange({ ...row, accepted: e.target.checked })}
                    onKeyDown={(e) => onKey(e, index)}
                    data-testid="report-accept"
                  />
                </td>
                <td className="report-figure">
                  {c.text}
                  <span className="hint report-position">{t('reportPosition', { pos: c.start + 1 })}</span>
                </td>
                <td>
                  <select
                    value={row.indicator.kind === 'catalog' ? row.indicator.id : NEW}
                    aria-label={`${t('reportColIndicator')} ${c.text}`}
                    data-testid="report-indicator"
                    onChange={(e) =>
                      onChange({
                        ...row,
                        indicator:
                          e.target.value === NEW
                            ? {
                                kind: 'new',
                                name: c.suggestion.kind === 'new' ? c.suggestion.name : c.context,
                              }
                            : { kind: 'catalog', id: e.target.value },
                      })
                    }
                  >
                    {options.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.label}
                      </option>
                    ))}
                    <option value={NEW}>{t('reportNewIndicatorOption')}</option>
                  </select>
                  {row.indicator.kind === 'new' && (
                    <input
                      value={row.indicator.name}
                      aria-label={t('reportNewIndicator')}
                      onChange={(e) => onChange({ ...row, indicator: { kind: 'new', name: e.target.value } })}
                    />
                  )}
                  <span className={confidence < 50 ? 'hint report-unsure' : 'hint'}>
                    {t('reportConfidence', { pct: confidence })}
                  </span>
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    step="any"
                    value={Number.isFinite(row.value) ? row.value : ''}
                    aria-label={`${t('reportColValue')} ${c.text}`}
                    onChange={(e) =>
                      onChange({ ...row, value: e.target.value === '' ? NaN : Number(e.target.value) })
                    }
                    data-testid="report-value"
                  />
                </td>
                <td>
                  <select
                    value={row.qualifier}
                    aria-label={`${t('reportColQualifier')} ${c.text}`}
                    onChange={(e) => onChange({ ...row, qualifier: e.target.value as Qualifier })}
                  >
                    {QUALIFIERS.map((q) => (
                      <option key={q} value={q}>
                        {t(QUALIFIER_LABEL[q])}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    inputMode="numeric"
                    size={5}
                    value={row.year ?? ''}
                    aria-label={`${t('reportColYear')} ${c.text}`}
                    onChange={(e) => {
                      const v = e.target.value.trim();
                      onChange({ ...row, year: /^\d{4}$/u.test(v) ? Number(v) : null });
                    }}
                  />
                </td>
                <td className="report-quote" data-testid="report-quote">
                  <Quote quote={c.quote} figure={c.text} />
                </td>
                <td className="report-note">
                  {problem ? <strong>{t(PROBLEM[problem])}</strong> : c.note ? t(NOTE[c.note]) : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > shown.length && (
        <p className="table-more">
          {t('reportShown', { shown: shown.length, total: rows.length })}{' '}
          <button type="button" onClick={() => setLimit((n) => n + PAGE)} data-testid="report-more">
            {t('reportShowMore', { n: Math.min(PAGE, rows.length - shown.length) })}
          </button>
        </p>
      )}
    </div>
  );
}
