// Names as analysts type them: full-width letters and digits (ＡＢＣ１２３), stray spaces, mixed case,
// and the administrative suffixes that one file writes and another omits (嘉兴 / 嘉兴市 / 嘉兴市政协).

/** Case-, width- and space-insensitive form used as a lookup key. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

const ZH_PREFIXES = ['中国人民政治协商会议', '政协'];
// Longest first: 委员会 before 市, so 政协嘉兴市委员会 → 嘉兴 rather than 政协嘉兴市委员.
const ZH_SUFFIXES = ['常务委员会', '常委会', '委员会', '政协', '市委会', '市委', '市', '区', '县'];
const EN_WORDS = /\b(?:cppcc|city|district|county|municipal|committee|standing|the|of)\b/gu;

/**
 * The name without administrative prefixes and suffixes, for a second, looser lookup. Stops before
 * a name would shrink below two characters (so 吴兴区 → 吴兴, but never 区 → '').
 */
export function strippedName(name: string): string {
  let s = normalizeName(name);
  if (/^[\x20-\x7e]+$/u.test(s)) {
    const words = s.replace(EN_WORDS, ' ').replace(/\s+/gu, ' ').trim();
    return words.length >= 2 ? words : s;
  }
  s = s.replace(/\s+/gu, '');
  for (const p of ZH_PREFIXES) if (s.startsWith(p) && s.length - p.length >= 2) s = s.slice(p.length);
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of ZH_SUFFIXES) {
      if (s.endsWith(suffix) && s.length - suffix.length >= 2) {
        s = s.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}
