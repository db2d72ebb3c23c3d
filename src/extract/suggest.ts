import type { Indicator } from '../data/schema';
import { CONTRAST_RULES, CUE_RULES, SYNONYM_RULES, UNIT_RULES, type UnitFamily } from './rules';

/** The words around one figure, nearest first, with how much each part counts. */
export interface FigureContext {
  /** words between the previous figure (or clause start) and this one, plus the words right after it */
  near: string;
  /** the words right after the measure word: the head noun of what is counted ("6项机制") */
  head: string;
  /** the clause the figure is in */
  clause: string;
  /** the sentence */
  sentence: string;
  unitText: string;
}

const WEIGHT = { head: 1.2, near: 1, clause: 0.6, sentence: 0.3 } as const;
const DEFINITION_WEIGHT = 0.25;
const SPECIFICITY = 0.3;
/** matched name weight at which a name counts as fully specific (about four rare bigrams) */
const SPECIFIC_WEIGHT = 12;

const HAN_OR_WORD = /[\p{Script=Han}A-Za-z]/u;

function bigrams(s: string): string[] {
  const chars = [...s].filter((c) => HAN_OR_WORD.test(c));
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return [...new Set(out)];
}

const familyOf = (unit: string): UnitFamily | null => UNIT_RULES.find((u) => u.text === unit)?.family ?? null;

interface Entry {
  indicator: Indicator;
  name: string[];
  definition: string[];
  family: UnitFamily | null;
  cues: Set<string>;
}

/** Catalog indicators prepared for scoring: bigrams weighted by how rare they are across names. */
export class IndicatorIndex {
  private readonly entries: Entry[];
  private readonly idf = new Map<string, number>();

  constructor(indicators: readonly Indicator[]) {
    // derived rates have no rows of their own: the app computes them from their parts
    const base = indicators.filter((i) => !i.numerator_id);
    const df = new Map<string, number>();
    this.entries = base.map((indicator) => {
      const name = bigrams(indicator.name_zh);
      for (const b of name) df.set(b, (df.get(b) ?? 0) + 1);
      const text = `${indicator.name_zh}${indicator.definition_zh}`;
      return {
        indicator,
        name,
        definition: bigrams(indicator.definition_zh),
        family: familyOf(indicator.unit_zh),
        cues: new Set(CUE_RULES.filter((c) => c.words.some((w) => text.includes(w))).map((c) => c.name)),
      };
    });
    const n = Math.max(1, base.length);
    for (const [b, count] of df) this.idf.set(b, Math.log(1 + n / count));
  }

  private weight(b: string): number {
    return this.idf.get(b) ?? Math.log(1 + this.entries.length);
  }

  /** Share of the name's weight found around the figure, and the weight found (specificity). */
  private coverage(grams: readonly string[], ctx: FigureContext): { share: number; found: number } {
    let total = 0;
    let got = 0;
    for (const g of grams) {
      const w = this.weight(g);
      total += w;
      got +=
        w *
        (ctx.head.includes(g)
          ? WEIGHT.head
          : ctx.near.includes(g)
            ? WEIGHT.near
            : ctx.clause.includes(g)
              ? WEIGHT.clause
              : ctx.sentence.includes(g)
                ? WEIGHT.sentence
                : 0);
    }
    return { share: total === 0 ? 0 : Math.min(1, got / total), found: got };
  }

  /** Indicators ranked for one figure, with a confidence between 0 and 1. */
  rank(raw: FigureContext, limit = 4): { indicatorId: string; confidence: number }[] {
    const ctx = withSynonyms(raw);
    const family = familyOf(ctx.unitText);
    const cuesIn = (text: string) =>
      new Set(CUE_RULES.filter((c) => c.words.some((w) => text.includes(w))).map((c) => c.name));
    const nearCues = cuesIn(raw.near);
    const clauseCues = cuesIn(ctx.clause);
    const sentenceCues = cuesIn(ctx.sentence);
    const sentenceScoped = CUE_RULES.filter((c) => c.scope === 'sentence' && sentenceCues.has(c.name));
    const contrasts = CONTRAST_RULES.filter((r) =>
      [r.sides.join(''), r.sides.join('、'), r.sides.join('和')].some((both) => raw.sentence.includes(both)),
    );
    const scored: { indicatorId: string; confidence: number }[] = [];
    for (const e of this.entries) {
      if (family !== e.family) continue;
      const name = this.coverage(e.name, ctx);
      // a longer name found in full ("崇学系列读书活动") says more than a short one ("读书活动")
      const specific = 1 - SPECIFICITY + SPECIFICITY * Math.min(1, name.found / SPECIFIC_WEIGHT);
      let score =
        ((name.share + DEFINITION_WEIGHT * this.coverage(e.definition, ctx).share) /
          (1 + DEFINITION_WEIGHT)) *
        specific;
      if (score === 0) continue;
      if (e.indicator.unit_zh !== ctx.unitText) score *= 0.9;
      // a step the indicator names (立案, 办复, 采用…) must be in the figure's own clause
      const nameCues = CUE_RULES.filter((c) => c.words.some((w) => e.indicator.name_zh.includes(w)));
      for (const c of nameCues) if (!clauseCues.has(c.name)) score *= sentenceCues.has(c.name) ? 0.85 : 0.6;
      // and a step right next to the figure must be one the indicator is about
      for (const c of nearCues) if (!e.cues.has(c)) score *= 0.75;
      for (const c of sentenceScoped) if (!e.cues.has(c.name)) score *= 0.8;
      for (const r of contrasts) {
        const named = r.sides.filter((side) => e.indicator.name_zh.includes(side));
        if (named.length === 1) score *= 0.7;
      }
      scored.push({ indicatorId: e.indicator.id, confidence: Math.min(1, score) });
    }
    return scored
      .sort((a, b) => b.confidence - a.confidence || a.indicatorId.localeCompare(b.indicatorId))
      .slice(0, limit);
  }
}

/** The context with the catalog's words added wherever the report uses a synonym. */
function withSynonyms(ctx: FigureContext): FigureContext {
  const add = (text: string) =>
    text +
    SYNONYM_RULES.filter((r) => r.words.some((w) => text.includes(w)))
      .map((r) => `|${r.canonical}`)
      .join('');
  return {
    ...ctx,
    head: add(ctx.head),
    near: add(ctx.near),
    clause: add(ctx.clause),
    sentence: add(ctx.sentence),
  };
}

const LEADING_FILLER = /^(共|累计|全年|全市|今年|其中|并|和|及|与|另|还|已|先后|分别|总计|合计|共计)+/u;

/** A name for a new indicator from the words before (or after) the figure. */
export function newIndicatorName(ctx: FigureContext): string {
  const words = ctx.near
    .replace(/[“”"'()（）《》。，,;；:：、!！?？]/gu, '')
    .replace(/^(我们|市政协|区政协|县政协)?(将|要)?/u, '')
    .replace(LEADING_FILLER, '')
    .trim();
  return ([...words].slice(0, 20).join('') || ctx.clause.slice(0, 20)).trim();
}
