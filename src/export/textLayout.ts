// Line breaking for text drawn into exported images (titles, summaries, source lines). SVG has no
// automatic wrapping, so lines are broken here: Chinese may break between any two characters, Latin
// text between words; closing punctuation never starts a line and opening punctuation never ends one.

/** Width in px of `text` at `fontSize` (bold or not). */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f]/u;

/** Deterministic estimate (Node, tests): CJK one em, Latin about half an em. */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch) || (ch.codePointAt(0) ?? 0) > 0xffff) em += 1;
    else if (ch === ' ') em += 0.28;
    else if (/[A-Z0-9%@#&mwMW]/.test(ch)) em += 0.64;
    else if (/[il.,:;'|!]/.test(ch)) em += 0.3;
    else em += 0.54;
  }
  return em * fontSize * (bold ? 1.05 : 1);
};

const CLOSING = '，。、；：！？）》」』】〉”’…%,.;:!?)]}·・';
const OPENING = '（《「『【〈“‘([{';

/** Units that must stay together: a Latin word with its trailing spaces, or one CJK character, with punctuation attached. */
function tokens(text: string): string[] {
  const raw = text.match(/[A-Za-z0-9\u00c0-\u024f'’_\-./]+\s*|\s+|./gsu) ?? [];
  const out: string[] = [];
  let carry = '';
  for (const tok of raw) {
    const first = tok[0] ?? '';
    if (out.length > 0 && carry === '' && CLOSING.includes(first) && tok.length === 1) {
      out[out.length - 1] += tok;
    } else if (OPENING.includes(tok)) {
      carry += tok;
    } else {
      out.push(carry + tok);
      carry = '';
    }
  }
  if (carry) out.push(carry);
  return out;
}

/** Splits a single over-long token into pieces that fit. */
function splitLong(
  token: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  measure: MeasureText,
): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of token) {
    if (piece && measure(piece + ch, fontSize, bold) > maxWidth) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function ellipsize(
  line: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  measure: MeasureText,
): string {
  let chars = [...line.trimEnd()];
  while (chars.length > 0 && measure(chars.join('') + '…', fontSize, bold) > maxWidth)
    chars = chars.slice(0, -1);
  return chars.join('').trimEnd() + '…';
}

/**
 * `text` broken into at most `maxLines` lines no wider than `maxWidth`; if it does not fit, the last
 * line ends with "…". Explicit newlines are kept as line breaks.
 */
export function wrapText(
  text: string,
  {
    maxWidth,
    fontSize,
    bold = false,
    maxLines = Infinity,
    measure = estimateTextWidth,
  }: {
    maxWidth: number;
    fontSize: number;
    bold?: boolean;
    maxLines?: number;
    measure?: MeasureText;
  },
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    for (const tok of tokens(paragraph)) {
      const candidate = line + tok;
      if (measure(candidate.trimEnd(), fontSize, bold) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      const trimmed = tok.trimStart();
      if (measure(trimmed.trimEnd(), fontSize, bold) <= maxWidth) line = trimmed;
      else {
        const pieces = splitLong(trimmed, maxWidth, fontSize, bold, measure);
        lines.push(...pieces.slice(0, -1));
        line = pieces[pieces.length - 1] ?? '';
      }
    }
    if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(kept[maxLines - 1]!, maxWidth, fontSize, bold, measure);
  return kept;
}
