import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import { useMemo } from 'react';
import { CSV_MIME } from '../../export/spreadsheetSafe';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/messages';
import { problemsCsv, problemsFileName } from '../../import/problemsCsv';
import { PROBLEM_KINDS, type ImportOutcome, type ImportProblem, type ProblemKind } from '../../import/types';
import '../../import/importSteps.css';

/** How many problems are listed on screen; the download has all that were kept. */
export const PROBLEMS_SHOWN = 100;

export const PROBLEM_KIND_LABEL: Record<ProblemKind, MessageKey> = {
  empty_file: 'problemKindEmptyFile',
  binary_file: 'problemKindBinaryFile',
  decode_error: 'problemKindDecodeError',
  unreadable_parquet: 'problemKindUnreadableParquet',
  unreadable_workbook: 'problemKindUnreadableWorkbook',
  no_header: 'problemKindNoHeader',
  no_data_rows: 'problemKindNoDataRows',
  missing_column: 'problemKindMissingColumn',
  too_many_columns: 'problemKindTooManyColumns',
  ragged_row: 'problemKindRaggedRow',
  unclosed_quote: 'problemKindUnclosedQuote',
  text_after_quote: 'problemKindTextAfterQuote',
  hidden: 'problemKindHidden',
  missing_value: 'problemKindMissingValue',
  not_a_number: 'problemKindNotANumber',
  negative_count: 'problemKindNegativeCount',
  non_integer_count: 'problemKindNonIntegerCount',
  percent_not_allowed: 'problemKindPercentNotAllowed',
  year_out_of_range: 'problemKindYearOutOfRange',
  unknown_qualifier: 'problemKindUnknownQualifier',
  unknown_comparability: 'problemKindUnknownComparability',
  qualifier_conflict: 'problemKindQualifierConflict',
  unknown_jurisdiction: 'problemKindUnknownJurisdiction',
  unknown_indicator: 'problemKindUnknownIndicator',
  derived_indicator: 'problemKindDerivedIndicator',
  unit_mismatch: 'problemKindUnitMismatch',
  fixed_conflict: 'problemKindFixedConflict',
  catalog_conflict: 'problemKindCatalogConflict',
  total_row: 'problemKindTotalRow',
  year_not_ended: 'problemKindYearNotEnded',
  duplicate_key: 'problemKindDuplicateKey',
  answered_gt_filed: 'problemKindAnsweredGtFiled',
  adopted_gt_submitted: 'problemKindAdoptedGtSubmitted',
  numerator_gt_denominator: 'problemKindNumeratorGtDenominator',
};

interface Group {
  kind: ProblemKind;
  total: number;
  errors: boolean;
  shown: ImportProblem[];
}

/** The first PROBLEMS_SHOWN problems (in row order), grouped by kind, each group with its full count. */
export function groupProblems(
  outcome: Pick<ImportOutcome, 'problems' | 'problemCounts'>,
  limit = PROBLEMS_SHOWN,
): Group[] {
  const shown = new Map<ProblemKind, ImportProblem[]>();
  for (const p of outcome.problems.slice(0, limit)) {
    const list = shown.get(p.kind) ?? [];
    list.push(p);
    shown.set(p.kind, list);
  }
  const errorKinds = new Set(outcome.problems.filter((p) => p.severity === 'error').map((p) => p.kind));
  return PROBLEM_KINDS.filter((k) => (outcome.problemCounts[k] ?? 0) > 0).map((kind) => ({
    kind,
    total: outcome.problemCounts[kind] ?? 0,
    errors: errorKinds.has(kind),
    shown: shown.get(kind) ?? [],
  }));
}

function download(outcome: ImportOutcome) {
  const blob = new Blob([problemsCsv(outcome.problems)], { type: CSV_MIME });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = problemsFileName(outcome.sourceName);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Problems grouped by kind, errors and warnings told apart, the full list downloadable as CSV. */
export function ProblemList({ outcome }: { outcome: ImportOutcome }) {
  const { lang, t } = useI18n();
  const groups = useMemo(() => groupProblems(outcome), [outcome]);
  const errors = outcome.problems.filter((p) => p.severity === 'error').length;
  const warnings = outcome.problems.length - errors;
  const total = outcome.problemTotal;

  return (
    <div className="import-step problem-step" data-testid="problem-list">
      <h4>{t('uploadProblemsTitle', { total })}</h4>
      {total === 0 ? (
        <p className="hint" data-testid="problems-none">
          {t('uploadProblemsNone')}
        </p>
      ) : (
        <>
          <div className="problem-summary">
            {errors > 0 && (
              <span className="severity-error">{t('uploadProblemsErrors', { count: errors })}</span>
            )}
            {warnings > 0 && (
              <span className="severity-warning">{t('uploadProblemsWarnings', { count: warnings })}</span>
            )}
            <button type="button" onClick={() => download(outcome)} data-testid="problems-download">
              {t('uploadProblemsDownload')}
            </button>
          </div>
          {total > PROBLEMS_SHOWN && (
            <p className="hint" data-testid="problems-shown">
              {t('uploadProblemsShown', { shown: PROBLEMS_SHOWN, total })}
            </p>
          )}
          {total > outcome.problems.length && (
            <p className="hint">{t('uploadProblemsKept', { kept: outcome.problems.length, total })}</p>
          )}
          {groups.map((g) => (
            <details
              key={g.kind}
              className="problem-group"
              open={g.shown.length > 0}
              data-testid={`problem-group-${g.kind}`}
            >
              <summary className={g.errors ? 'severity-error' : 'severity-warning'}>
                {t(PROBLEM_KIND_LABEL[g.kind])} <span className="problem-count">({g.total})</span>
              </summary>
              <ul className="problem-list">
                {g.shown.map((p, i) => (
                  <li key={`${p.row}-${p.column}-${i}`} data-row={p.row}>
                    <span className={p.severity === 'error' ? 'severity-error' : 'severity-warning'}>
                      [{t(p.severity === 'error' ? 'uploadSeverityError' : 'uploadSeverityWarning')}]
                    </span>{' '}
                    {p.message[lang]}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </>
      )}
    </div>
  );
}
