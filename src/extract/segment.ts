import { PLAN_HEADING_RULES, PLAN_OPENING_RULES, PLAN_SENTENCE_RULES } from './rules';

/** A sentence of the normalized text, with whether it is a plan. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  plan: boolean;
}

const TOP_HEADING = /^[一二三四五六七八九十]+[、.．]/u;
const SENTENCE_END = /[。！？!?;；]/u;

function isHeading(line: string): boolean {
  return TOP_HEADING.test(line) || (line.length <= 30 && !/[。,;:]/u.test(line));
}

function nextYearOpening(text: string, reportYear: number | null): boolean {
  return PLAN_OPENING_RULES.some((r) => {
    const m = r.pattern.exec(text);
    if (!m) return false;
    if (r.name === 'next-year-is') return reportYear !== null && Number(m[1]) > reportYear;
    return true;
  });
}

/** A sentence about the future: "今年…将", "2025年…将" (after the year reported on), "要…". */
export function isPlanSentence(text: string, reportYear: number | null): boolean {
  if (PLAN_SENTENCE_RULES.some((r) => r.pattern.test(text))) return true;
  if (reportYear === null) return false;
  for (const m of text.matchAll(/(\d{4})\s*年/gu)) {
    if (Number(m[1]) > reportYear && /将|要|计划|拟|力争/u.test(text.slice(m.index ?? 0))) return true;
  }
  return false;
}

/**
 * Sentences with plan marks. Reports review the year first and turn to plans after; once a heading
 * or a section's opening sentence says the report has turned to plans ("2023年工作安排",
 * "2023年是…", "今年…总体要求是"), every sentence after it is a plan.
 */
export function segment(
  text: string,
  reportYear: number | null,
): { sentences: Sentence[]; planStart: number | null } {
  const sentences: Sentence[] = [];
  let planStart: number | null = null;
  let afterTopHeading = false;
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.trim();
    if (line === '') continue;
    if (planStart === null) {
      const heading = isHeading(line);
      if (heading && PLAN_HEADING_RULES.some((r) => r.pattern.test(line))) planStart = lineStart;
      else if (afterTopHeading && nextYearOpening(line, reportYear)) planStart = lineStart;
      if (heading) afterTopHeading = TOP_HEADING.test(line);
      else afterTopHeading = false;
    }
    let s = 0;
    const leading = rawLine.length - rawLine.trimStart().length;
    const body = rawLine;
    for (let i = leading; i <= body.length; i++) {
      if (i === body.length || SENTENCE_END.test(body[i]!)) {
        const end = i === body.length ? i : i + 1;
        const sentence = body.slice(s, end).trim();
        if (sentence !== '') {
          const start = lineStart + s + (body.slice(s, end).length - body.slice(s, end).trimStart().length);
          const inPlan = planStart !== null && start >= planStart;
          sentences.push({
            start,
            end: lineStart + end,
            text: sentence,
            plan: inPlan || isPlanSentence(sentence, reportYear),
          });
        }
        s = end;
      }
    }
  }
  return { sentences, planStart };
}
