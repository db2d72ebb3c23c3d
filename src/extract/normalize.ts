/**
 * Text as the rules see it, with a map back to the original. Captured reports break words with
 * spaces ("办 复", "14 件"), use full-width digits, no-break spaces and both comma styles; the rules
 * see one form, while positions and quotes still point into what the analyst gave.
 */
export interface NormalizedText {
  text: string;
  /** `origin[i]` is the index in the original text of `text[i]`; one extra entry for the end */
  origin: number[];
}

const FULL_WIDTH_DIGIT = /[０-９]/u;
const SPACE = /[ \t\u00a0\u3000\u2002\u2003\u2009\u200b]/u;
const ASCII_WORD = /[A-Za-z]/u;

export function normalizeText(original: string): NormalizedText {
  const out: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    let c = original[i]!;
    const at = i;
    if (c === '\r') {
      if (original[i + 1] === '\n') continue;
      c = '\n';
    }
    if (SPACE.test(c)) {
      // keep a space only between two Latin words; elsewhere it is capture noise
      const prev = out[out.length - 1] ?? '';
      const next = original[i + 1] ?? '';
      if (ASCII_WORD.test(prev) && ASCII_WORD.test(next)) {
        out.push(' ');
        origin.push(at);
      }
      continue;
    }
    if (FULL_WIDTH_DIGIT.test(c)) c = String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    else if (c === '，') c = ',';
    else if (c === '；') c = ';';
    else if (c === '：') c = ':';
    else if (c === '（') c = '(';
    else if (c === '）') c = ')';
    else if (c === '．' && /\d/u.test(out[out.length - 1] ?? '')) c = '.';
    out.push(c);
    origin.push(at);
  }
  origin.push(original.length);
  return { text: out.join(''), origin };
}

/** The original text between two normalized positions, whitespace runs collapsed to one space. */
export function originalSlice(original: string, n: NormalizedText, start: number, end: number): string {
  const from = n.origin[start] ?? original.length;
  const to = end >= n.text.length ? original.length : (n.origin[end] ?? original.length);
  return original.slice(from, to).replace(/\s+/gu, ' ').trim();
}
