import { jurisdictionName, scopeOf, scopesDiffer, type JurisdictionMap } from '../charts/names';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/messages';

/**
 * "各地区层级与机构不同：嘉兴（地级市政协常委会）、吴兴（区政协）……" — only when the listed jurisdictions differ,
 * so a comparison across levels is never silent about it.
 */
export function scopeNote(
  ids: readonly string[],
  jurisdictions: JurisdictionMap,
  lang: Lang,
): string | undefined {
  if (!scopesDiffer(ids, jurisdictions)) return undefined;
  const list = ids
    .map(
      (id) =>
        jurisdictionName(id, jurisdictions, lang) +
        translate(lang, 'inParens', { text: scopeOf(id, jurisdictions, lang) }),
    )
    .join(translate(lang, 'listSep'));
  return translate(lang, 'scopeNote', { list });
}
