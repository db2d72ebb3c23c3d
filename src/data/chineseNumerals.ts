/**
 * Chinese numeral parsing and number discovery in Chinese text.
 *
 * - `parseChineseNumber` reads a string written purely in Chinese numerals
 *   (零〇一二两三四五六七八九十百千万亿), e.g. 两 → 2, 十二 → 12, 一百零五 → 105.
 *   Digit-only sequences without unit characters are read positionally
 *   (二〇二二 → 2022). Anything else returns null.
 * - `numbersIn` lists every number written in a text, in Arabic digits (with optional
 *   thousands separators and decimals) or in Chinese numerals. A number followed by 万/亿
 *   (optionally with 余/多 in between, as in "1万余" or "20余万") is also listed scaled
 *   (1万 → 1 and 10000).
 * - `findNumbers` returns the same numbers with their positions, for checks that need to
 *   look at the characters around a number (qualifiers such as 余, 多, 近, 约).
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

const ALL_CHARS = /^[零〇一二两三四五六七八九十百千万亿]+$/u;

export function parseChineseNumber(s: string): number | null {
  const text = s.trim();
  if (text === '' || !ALL_CHARS.test(text)) return null;

  const chars = [...text];
  const hasUnit = chars.some((c) => c in SMALL_UNITS || c in BIG_UNITS);
  if (!hasUnit) {
    // positional reading: 二〇二二 → 2022; a lone digit is itself
    let value = 0;
    for (const c of chars) value = value * 10 + (DIGITS[c] ?? 0);
    return value;
  }

  let total = 0; // completed 亿 part
  let tenThousands = 0; // completed 万 part (below 亿)
  let section = 0; // below 万
  let digit: number | null = null; // pending digit
  let lastSmallUnit = Infinity; // small units must descend inside a section
  let lastBigUnit = Infinity;

  for (const c of chars) {
    if (c in DIGITS) {
      const d = DIGITS[c] ?? 0;
      // 二三 with units around; a pending 零 may be followed by a digit (一百零五)
      if (digit !== null && digit !== 0) return null;
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      if (small >= lastSmallUnit) return null; // 十十, 十百
      let d = digit;
      if (d === null || d === 0) {
        // a bare 十 at the start of a section means 10; bare 百/千 is not a number
        if (small !== 10 || section !== 0) return null;
        d = 1;
      }
      section += d * small;
      digit = null;
      lastSmallUnit = small;
      continue;
    }
    const big = BIG_UNITS[c];
    if (big !== undefined) {
      const part = section + (digit ?? 0);
      if (part === 0 && total === 0 && tenThousands === 0) return null; // 万 alone
      if (big >= lastBigUnit) return null;
      if (big === 100_000_000) {
        total = (total + tenThousands + part) * big;
        tenThousands = 0;
      } else {
        tenThousands = part * big;
      }
      section = 0;
      digit = null;
      lastSmallUnit = Infinity;
      lastBigUnit = big;
      continue;
    }
    return null;
  }
  return total + tenThousands + section + (digit ?? 0);
}

export interface NumberToken {
  /** the number's value (scaled by 万/亿 when the token includes them) */
  value: number;
  /** index in `text` where the number starts */
  start: number;
  /** index just past the digits / numerals themselves (before 余/多/万/亿) */
  numEnd: number;
  /** index just past the whole token (after 万/亿 when scaled, else equal to numEnd) */
  end: number;
  kind: 'arabic' | 'chinese';
}

const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/gu;
const CHINESE = /[零〇一二两三四五六七八九十百千万亿]+/gu;
const SCALE_AFTER = /^([余多]?)([万亿])/u;

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function pushScaled(tokens: NumberToken[], text: string, base: NumberToken): void {
  const m = SCALE_AFTER.exec(text.slice(base.numEnd));
  if (!m) return;
  const factor = m[2] === '亿' ? 100_000_000 : 10_000;
  tokens.push({ ...base, value: round(base.value * factor), end: base.numEnd + m[0].length });
}

export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];

  for (const m of text.matchAll(ARABIC)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const end = start + raw.length;
    const base: NumberToken = {
      value: Number(raw.replace(/,/gu, '')),
      start,
      numEnd: end,
      end,
      kind: 'arabic',
    };
    tokens.push(base);
    pushScaled(tokens, text, base);
    if (raw.includes(',')) {
      // "5,100" may also be two numbers separated by an ASCII comma used as punctuation
      let offset = start;
      for (const part of raw.split(',')) {
        const partEnd = offset + part.length;
        const t: NumberToken = {
          value: Number(part),
          start: offset,
          numEnd: partEnd,
          end: partEnd,
          kind: 'arabic',
        };
        tokens.push(t);
        pushScaled(tokens, text, t);
        offset = partEnd + 1;
      }
    }
  }

  for (const m of text.matchAll(CHINESE)) {
    let run = m[0];
    let start = m.index ?? 0;
    // a run cannot start with 百/千/万/亿 (万元, 百姓 are not numbers)
    while (run !== '' && /^[百千万亿]/u.test(run)) {
      run = run.slice(1);
      start += 1;
    }
    if (run === '') continue;
    const value = parseChineseNumber(run);
    if (value !== null) {
      const end = start + run.length;
      const base: NumberToken = { value, start, numEnd: end, end, kind: 'chinese' };
      tokens.push(base);
      if (!/[万亿]$/u.test(run)) pushScaled(tokens, text, base);
      continue;
    }
    // not a well-formed numeral as a whole (e.g. 一一): fall back to its single characters
    [...run].forEach((c, i) => {
      const v = parseChineseNumber(c);
      if (v !== null)
        tokens.push({
          value: v,
          start: start + i,
          numEnd: start + i + 1,
          end: start + i + 1,
          kind: 'chinese',
        });
    });
  }

  return tokens.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function numbersIn(text: string): number[] {
  return findNumbers(text).map((t) => t.value);
}
