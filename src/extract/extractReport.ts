import { findCountFigures, findRankings, type Figure } from './figures';
import { normalizeText, originalSlice } from './normalize';
import { detectBody, detectTitle, detectYear } from './reportMeta';
import { ACCEPT_CONFIDENCE, ALL_OF_RULES } from './rules';
import { segment, type Sentence } from './segment';
import { IndicatorIndex, newIndicatorName, type FigureContext } from './suggest';
import type { Candidate, ExtractCatalog, ExtractProgress, ExtractResult, NoteKey, Suggestion } from './types';

const CLAUSE_BREAK = /[,，;；:：]/u;
const LIST_BREAK = /[,，;；:：、]/u;

function boundaryBefore(text: string, at: number, re: RegExp): number {
  for (let i = at - 1; i >= 0; i--) if (re.test(text[i]!)) return i + 1;
  return 0;
}
function boundaryAfter(text: string, at: number, re: RegExp): number {
  for (let i = at; i < text.length; i++) if (re.test(text[i]!)) return i;
  return text.length;
}

const HEAD_END = /[,，;；:：、。(（被获在向于到由经和与及]/u;

/** The words that say what a figure counts: the words around it, its clause, its sentence. */
function contextOf(
  sentence: string,
  figures: readonly Figure[],
  index: number,
  cutAfter: number | null,
): FigureContext {
  const f = figures[index]!;
  const clauseStart = boundaryBefore(sentence, f.start, CLAUSE_BREAK);
  const clauseEnd = boundaryAfter(sentence, f.end, CLAUSE_BREAK);
  const prev = index > 0 ? figures[index - 1]! : null;
  const prevEnd = prev && prev.end > clauseStart ? prev.end : clauseStart;
  const nextStart = index + 1 < figures.length ? figures[index + 1]!.start : sentence.length;
  // a list of figures ("建议2件、提案2件"): the words after 、 belong to the next figure
  const listEnd = nextStart < clauseEnd ? boundaryAfter(sentence, f.end, LIST_BREAK) : clauseEnd;
  const nearEnd = Math.min(nextStart, cutAfter ?? sentence.length, clauseEnd, listEnd);
  let before = sentence.slice(prevEnd, f.start).replace(/^[、和及与]/u, '');
  // "…等6项机制": what comes before 等 are examples; the counted thing is named after the figure
  if (/等$/u.test(before)) before = '';
  const after = sentence.slice(f.end, nearEnd);
  let near = before + after;
  // "发言总数达到6991人次、82160条": a figure with no words of its own shares its neighbour's
  if (!/\p{Script=Han}{2}/u.test(near.replace(/^[、和及与]/u, '')) && prev) {
    near = sentence.slice(boundaryBefore(sentence, prev.start, LIST_BREAK), prev.start) + near;
  }
  const headEnd = boundaryAfter(after, 0, HEAD_END);
  return {
    near,
    head: after.slice(0, headEnd),
    clause: sentence.slice(clauseStart, clauseEnd),
    sentence,
    unitText: f.unitText,
  };
}

interface Draft {
  figure: Figure;
  sentence: Sentence;
  context: FigureContext;
  ranked: { indicatorId: string; confidence: number }[];
}

/**
 * Reads a work report: title, body, year, plan sections, and every candidate figure with its quote,
 * position and suggested indicator. Deterministic: the same text and catalog give the same result.
 */
export function extractReport(
  original: string,
  catalog: ExtractCatalog,
  onProgress: (p: ExtractProgress) => void = () => {},
): ExtractResult {
  const n = normalizeText(original);
  const year = detectYear(n.text);
  const body = detectBody(n.text, catalog.jurisdictions);
  const title = detectTitle(original);
  const { sentences, planStart } = segment(n.text, year.year);
  const index = new IndicatorIndex(catalog.indicators);

  const drafts: Draft[] = [];
  const step = Math.max(1, Math.floor(sentences.length / 50));
  sentences.forEach((sentence, si) => {
    if (si % step === 0) onProgress({ done: si, total: sentences.length });
    const counts = findCountFigures(sentence.text);
    counts.forEach((figure, i) => {
      const rest = sentence.text.slice(figure.end);
      const allOf = ALL_OF_RULES.map((r) => ({ r, m: r.pattern.exec(rest) })).find((x) => x.m);
      const cut = allOf ? figure.end + rest.indexOf('全部') : null;
      const context = contextOf(sentence.text, counts, i, cut);
      drafts.push({ figure, sentence, context, ranked: index.rank(context) });
      if (allOf) {
        const second = { ...context, near: allOf.r.as, head: '' };
        drafts.push({ figure, sentence, context: second, ranked: index.rank(second) });
      }
    });
    for (const figure of findRankings(sentence.text)) {
      const context: FigureContext = {
        near: sentence.text.slice(figure.start, figure.end),
        head: '',
        clause: sentence.text,
        sentence: sentence.text,
        unitText: '位',
      };
      drafts.push({ figure, sentence, context, ranked: [] });
    }
  });
  onProgress({ done: sentences.length, total: sentences.length });

  // One figure per indicator and year: the best-supported figure gets the indicator, the others
  // fall back to their next suggestion (a report may repeat a total in its summary and details).
  const assigned = new Map<number, { indicatorId: string; confidence: number }>();
  const taken = new Set<string>();
  const pairs = drafts
    .flatMap((d, di) => (d.sentence.plan ? [] : d.ranked.map((r) => ({ di, ...r }))))
    .sort((a, b) => b.confidence - a.confidence || a.di - b.di);
  for (const p of pairs) {
    if (assigned.has(p.di) || taken.has(p.indicatorId) || p.confidence < ACCEPT_CONFIDENCE) continue;
    assigned.set(p.di, p);
    taken.add(p.indicatorId);
  }

  const candidates: Candidate[] = drafts.map((d, id) => {
    const { figure, sentence } = d;
    const alternatives = d.ranked.map((r) => r.indicatorId);
    const best = assigned.get(id) ?? null;
    const top = d.ranked[0];
    const suggestion: Suggestion = best
      ? { kind: 'catalog', indicatorId: best.indicatorId, confidence: best.confidence, alternatives }
      : top && top.confidence >= ACCEPT_CONFIDENCE && !taken.has(top.indicatorId)
        ? { kind: 'catalog', indicatorId: top.indicatorId, confidence: top.confidence, alternatives }
        : { kind: 'new', name: newIndicatorName(d.context), confidence: top?.confidence ?? 0, alternatives };
    const note: NoteKey | null = sentence.plan
      ? 'plan'
      : figure.kind === 'ranking'
        ? 'ranking'
        : figure.unit?.family === 'percent'
          ? 'percent'
          : year.year === null
            ? 'no_year'
            : best
              ? null
              : top && top.confidence >= ACCEPT_CONFIDENCE
                ? 'duplicate'
                : 'low_confidence';
    const start = sentence.start + figure.start;
    const end = sentence.start + figure.end;
    return {
      id,
      kind: figure.kind,
      value: figure.value,
      qualifier: figure.qualifier,
      unitText: figure.unitText,
      text: originalSlice(original, n, start, end),
      quote: originalSlice(original, n, sentence.start, sentence.end),
      start: n.origin[start] ?? 0,
      end: n.origin[end] ?? original.length,
      year: year.year,
      plan: sentence.plan,
      context: d.context.near,
      suggestion,
      proposed: note === null,
      note,
    };
  });

  const figures = candidates.filter((c) => c.kind === 'count').length;
  return {
    title,
    body,
    year,
    candidates,
    length: original.length,
    planStart: planStart === null ? null : (n.origin[planStart] ?? null),
    looksLikeReport: figures > 0 && (body.body !== null || year.year !== null),
  };
}
