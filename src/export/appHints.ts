import type { Lang } from '../i18n/lang';
import { MESSAGES, type MessageKey } from '../i18n/messages';

/**
 * Texts that tell the user what to do in the app ("click a name…", "upload more years…"). They make
 * no sense in an image, a document, an embed or on paper: each is left out, or replaced by its
 * statement without the instruction.
 */
const APP_HINTS: readonly { hint: MessageKey; instead: MessageKey | null }[] = [
  { hint: 'openProfileHint', instead: null },
  { hint: 'noEarlierYears', instead: 'exportNoEarlierYears' },
  { hint: 'trendOneYearNote', instead: 'exportTrendOneYearNote' },
  { hint: 'trendSinglePointNote', instead: 'exportTrendSinglePointNote' },
  { hint: 'sizeNote', instead: 'exportSizeNote' },
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A message template as a pattern: `{names}` matches any text, remembered by name. `literal` is its
 * longest fixed piece: a text without it cannot match, and is not handed to the lazy pattern at all.
 */
function templatePattern(template: string): { re: RegExp; names: string[]; literal: string } {
  const names: string[] = [];
  let literal = '';
  const source = template
    .split(/(\{\w+\})/)
    .map((piece) => {
      const m = /^\{(\w+)\}$/.exec(piece);
      if (!m) {
        if (piece.length > literal.length) literal = piece;
        return escapeRegExp(piece);
      }
      names.push(m[1]!);
      return '(.+?)';
    })
    .join('');
  return { re: new RegExp(source, 'gu'), names, literal };
}

// Built once per language: every card calls withoutAppHints on its summary and each note at every
// render (at 1M rows ≈ 6 ms of each view switch went to building and running these patterns).
const patternsByLang = new Map<
  Lang,
  (ReturnType<typeof templatePattern> & { instead: MessageKey | null })[]
>();
function hintPatterns(lang: Lang) {
  let patterns = patternsByLang.get(lang);
  if (!patterns) {
    patterns = APP_HINTS.map(({ hint, instead }) => ({ ...templatePattern(MESSAGES[lang][hint]), instead }));
    patternsByLang.set(lang, patterns);
  }
  return patterns;
}

/** `text` with every app hint removed or replaced by its plain statement. */
export function withoutAppHints(text: string, lang: Lang): string {
  let out = text;
  for (const { re, names, literal, instead } of hintPatterns(lang)) {
    if (!out.includes(literal)) continue;
    out = out.replace(re, (...m: unknown[]) => {
      if (!instead) return '';
      return names.reduce((s, name, i) => s.replace(`{${name}}`, String(m[i + 1])), MESSAGES[lang][instead]);
    });
  }
  return out.trim();
}

/** Notes for export: hints removed, notes left empty dropped. */
export function exportNotes(notes: readonly string[], lang: Lang): string[] {
  return notes.map((n) => withoutAppHints(n, lang)).filter((n) => n !== '');
}

/** The whole text is an app hint (left out on paper and in exports). */
export function isAppHint(text: string, lang: Lang): boolean {
  return text.trim() !== '' && withoutAppHints(text, lang) === '';
}
