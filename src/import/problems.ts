import '../i18n/laterMessages'; // registers the data screen's messages this module names
import { translate, type MessageKey } from '../i18n/messages';
import type { Lang } from '../i18n/lang';
import { MAX_PROBLEMS_KEPT, type ImportProblem, type ProblemKind, type ProblemSeverity } from './types';

/** A message variable that reads differently per language (an indicator's zh/en name, a role). */
export type Bilingual = { zh: string; en: string };
export type ProblemVar = string | number | Bilingual;

function resolveVars(vars: Record<string, ProblemVar>, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(vars)) out[k] = typeof v === 'object' ? v[lang] : v;
  return out;
}

/** "第12行“数值”列：“abc”不是数字。" — location first, then the reason, in both languages. */
export function problemMessage(
  row: number,
  column: string,
  reason: MessageKey,
  vars: Record<string, ProblemVar>,
): Bilingual {
  const build = (lang: Lang) => {
    const text = translate(lang, reason, resolveVars(vars, lang));
    if (row <= 0) return text;
    const loc = column
      ? translate(lang, 'problemLocRowColumn', { row, column })
      : translate(lang, 'problemLocRow', { row });
    return loc + translate(lang, 'problemLocSep') + text;
  };
  return { zh: build('zh'), en: build('en') };
}

export interface ProblemInput {
  kind: ProblemKind;
  severity?: ProblemSeverity;
  row: number;
  column?: string;
  value?: string;
  reason: MessageKey;
  vars?: Record<string, ProblemVar>;
  byteOffset?: number;
}

/**
 * Problems of one import: every one counted, the first MAX_PROBLEMS_KEPT kept with their messages
 * (a file where every row is wrong must not exhaust memory building a million sentences).
 */
export class ProblemCollector {
  readonly kept: ImportProblem[] = [];
  readonly counts: Partial<Record<ProblemKind, number>> = {};
  total = 0;

  constructor(private readonly limit = MAX_PROBLEMS_KEPT) {}

  add(p: ProblemInput): void {
    this.total++;
    this.counts[p.kind] = (this.counts[p.kind] ?? 0) + 1;
    if (this.kept.length >= this.limit) return;
    const column = p.column ?? '';
    const value = p.value ?? '';
    const problem: ImportProblem = {
      kind: p.kind,
      severity: p.severity ?? 'error',
      row: p.row,
      column,
      value,
      message: problemMessage(p.row, column, p.reason, { value, ...p.vars }),
    };
    if (p.byteOffset !== undefined) problem.byteOffset = p.byteOffset;
    this.kept.push(problem);
  }

  /** Kept problems in row order (file-level first); stable, so same-row problems keep their order. */
  sorted(): ImportProblem[] {
    return this.kept
      .map((p, i) => [p, i] as const)
      .sort((a, b) => a[0].row - b[0].row || a[1] - b[1])
      .map(([p]) => p);
  }
}
