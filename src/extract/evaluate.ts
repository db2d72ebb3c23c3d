import type { Observation } from '../data/schema';
import type { Candidate, ExtractResult } from './types';

/** Recall and precision of the proposed candidates against hand-read figures of the same report. */
export interface ReportScore {
  file: string;
  expected: number;
  proposed: number;
  /** hand-read figures found with the right value, qualifier, year and indicator */
  found: number;
  /** proposed figures that are among the hand-read ones (same value and qualifier, same words) */
  correct: number;
  recall: number;
  precision: number;
  detectedYear: number | null;
  expectedYear: number;
  detectedJurisdiction: string | null;
  expectedJurisdiction: string;
  missed: { indicator_id: string; value: number; qualifier: string; quote: string; got: string | null }[];
  wrong: { value: number; qualifier: string; indicator: string; text: string; quote: string }[];
}

const compact = (s: string) => s.replace(/\s+/gu, '');

const indicatorOf = (c: Candidate) =>
  c.suggestion.kind === 'catalog' ? c.suggestion.indicatorId : `new:${c.suggestion.name}`;

/** The words just before the figure and the figure itself, as the hand-read quote would carry them. */
function figureWithWords(text: string, c: Candidate): string {
  return compact(text.slice(Math.max(0, c.start - 12), c.end)).slice(-10);
}

/**
 * Is the proposed figure one of the hand-read ones? Same value and qualifier, and the hand-read
 * quote contains the figure with the words right before it (quotes are the shortest fragment that
 * says what the number counts, so they always end at or after the figure).
 */
export function sameFigure(text: string, c: Candidate, o: Observation): boolean {
  if (c.value !== o.value || c.qualifier !== o.qualifier) return false;
  const quote = compact(o.quote);
  const figure = compact(c.text);
  const withWords = figureWithWords(text, c).slice(-(figure.length + 2));
  return quote.includes(withWords) || (quote.startsWith(figure) && compact(c.quote).includes(quote));
}

export function scoreReport(
  file: string,
  text: string,
  result: ExtractResult,
  expected: readonly Observation[],
  expectedJurisdiction: string,
): ReportScore {
  const proposed = result.candidates.filter((c) => c.proposed);
  const missed: ReportScore['missed'] = [];
  let found = 0;
  for (const o of expected) {
    const hit = proposed.find(
      (c) =>
        c.value === o.value &&
        c.qualifier === o.qualifier &&
        c.year === o.year &&
        indicatorOf(c) === o.indicator_id,
    );
    if (hit) found++;
    else {
      const near = result.candidates.find((c) => sameFigure(text, c, o));
      missed.push({
        indicator_id: o.indicator_id,
        value: o.value,
        qualifier: o.qualifier,
        quote: o.quote,
        got: near
          ? `${near.proposed ? '' : `(${near.note}) `}${indicatorOf(near)} ${near.qualifier} y${near.year}`
          : null,
      });
    }
  }
  const wrong: ReportScore['wrong'] = [];
  let correct = 0;
  for (const c of proposed) {
    if (expected.some((o) => sameFigure(text, c, o))) correct++;
    else
      wrong.push({
        value: c.value,
        qualifier: c.qualifier,
        indicator: indicatorOf(c),
        text: c.text,
        quote: c.quote.slice(0, 80),
      });
  }
  return {
    file,
    expected: expected.length,
    proposed: proposed.length,
    found,
    correct,
    recall: expected.length === 0 ? 1 : found / expected.length,
    precision: proposed.length === 0 ? 0 : correct / proposed.length,
    detectedYear: result.year.year,
    expectedYear: expected[0]?.year ?? 0,
    detectedJurisdiction: result.body.jurisdictionId,
    expectedJurisdiction,
    missed,
    wrong,
  };
}
