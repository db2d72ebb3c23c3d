import { parseChineseNumber } from '../data/chineseNumerals';
import type { Qualifier } from '../data/schema';
import {
  NOT_FIGURE_RULES,
  QUALIFIER_RULES,
  RANKING_RULES,
  UNIT_RULES,
  VOLUME_NOUNS,
  type UnitRule,
} from './rules';

/** A figure inside one sentence; positions are relative to the sentence. */
export interface Figure {
  kind: 'count' | 'ranking';
  value: number;
  qualifier: Qualifier;
  unit: UnitRule | null;
  unitText: string;
  start: number;
  /** just past the number itself */
  numEnd: number;
  end: number;
  chinese: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
// Longest unit first, so 人次 wins over 人 and 万元 over 万.
const UNIT_ALTERNATION = [...UNIT_RULES]
  .sort((a, b) => b.text.length - a.text.length)
  .map((u) => escape(u.text))
  .join('|');

// A number (Arabic, or Chinese starting with a digit or 十), 余/多, a scale 万/亿 not part of 万元/亿元,
// 余/多 again ("20余万", "1万余"), then the measure word. Each match is one figure, so figures run
// together without punctuation ("集体提案7件2篇被选为…") come out separately.
const FIGURE = new RegExp(
  `(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*)([余多])?(?:([万亿])(?!元))?([余多])?(${UNIT_ALTERNATION})?`,
  'gu',
);

const BEFORE_QUALIFIERS = QUALIFIER_RULES.filter((q) => q.position === 'before').sort(
  (a, b) => b.text.length - a.text.length,
);
const AFTER_NUMBER = new Map(
  QUALIFIER_RULES.filter((q) => q.position === 'after_number').map((q) => [q.text, q]),
);
const AFTER_UNIT = QUALIFIER_RULES.filter((q) => q.position === 'after_unit');

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function notFigure(
  sentence: string,
  start: number,
  numEnd: number,
  chinese: boolean,
  value: number,
): boolean {
  const before = sentence.slice(Math.max(0, start - 8), start);
  const after = sentence.slice(numEnd, numEnd + 24);
  return NOT_FIGURE_RULES.some(
    (r) =>
      (!r.chineseOnly || chinese) &&
      (r.onlyValue === undefined || r.onlyValue === value) &&
      r.pattern.test(r.side === 'before' ? before : after),
  );
}

/** Count figures (number + measure word, with qualifiers) in one sentence. */
export function findCountFigures(sentence: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const [whole, digits = '', more1, scale, more2, unitText] = m;
    const start = m.index ?? 0;
    const chinese = !/^\d/u.test(digits);
    // a digit glued to a longer Latin/number code (G60, 11777+N) is part of a name
    if (!chinese && /[\dA-Za-z.]$/u.test(sentence.slice(0, start))) continue;
    let unit = unitText ? (UNIT_RULES.find((u) => u.text === unitText) ?? null) : null;
    let shownUnit = unitText ?? '';
    if (!unit) {
      // "点击量突破200万": a scaled number after a volume noun counts without a measure word
      const volume = scale ? VOLUME_NOUNS.find((v) => sentence.slice(0, start).includes(v.word)) : undefined;
      if (!volume) continue;
      unit = UNIT_RULES.find((u) => u.text === volume.unit) ?? null;
      shownUnit = volume.unit;
    }
    const base = chinese ? parseChineseNumber(digits) : Number(digits);
    if (base === null || !Number.isFinite(base)) continue;
    const numEnd = start + digits.length;
    if (notFigure(sentence, start, numEnd, chinese, base)) continue;
    const factor = scale === '亿' ? 100_000_000 : scale === '万' ? 10_000 : 1;
    const value = round(base * factor);
    let end = start + whole.length;

    let qualifier: Qualifier = 'exact';
    const more = more1 ?? more2;
    if (more) qualifier = AFTER_NUMBER.get(more)?.qualifier ?? 'exact';
    const before = sentence.slice(0, start);
    const pre = BEFORE_QUALIFIERS.find((q) => before.endsWith(q.text));
    if (pre) qualifier = pre.qualifier;
    const post = AFTER_UNIT.find((q) => sentence.startsWith(q.text, end));
    if (post) {
      qualifier = post.qualifier;
      end += post.text.length;
    }
    figures.push({ kind: 'count', value, qualifier, unit, unitText: shownUnit, start, numEnd, end, chinese });
  }
  return figures;
}

const RANK_NUMBER = /第([一二三四五六七八九十\d]{1,3})/u;

/** Rankings ("居全市首位", "列全省第一"): kept for review, never a count. */
export function findRankings(sentence: string): Figure[] {
  const out: Figure[] = [];
  for (const rule of RANKING_RULES) {
    for (const m of sentence.matchAll(rule.pattern)) {
      const text = m[0];
      const start = m.index ?? 0;
      let value = 1;
      if (rule.name === 'nth-place') {
        const n = RANK_NUMBER.exec(text)?.[1] ?? '1';
        value = /^\d+$/u.test(n) ? Number(n) : (parseChineseNumber(n) ?? 1);
      }
      if (rule.name === 'top-group') continue; // "前列" gives no number to review
      if (out.some((f) => f.start === start)) continue;
      out.push({
        kind: 'ranking',
        value,
        qualifier: 'exact',
        unit: null,
        unitText: '位',
        start,
        numEnd: start + text.length,
        end: start + text.length,
        chinese: false,
      });
    }
  }
  return out;
}
