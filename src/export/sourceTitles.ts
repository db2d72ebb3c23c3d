import type { Source } from '../data/schema';
import type { Lang } from '../i18n/lang';
import { localized } from '../i18n/lang';

/**
 * How a figure's source is named in exports: the report's body and title from the sources catalog
 * (九三学社杭州市委员会《回望2022丨我们一起走过》), or, for uploaded data, the file name as given.
 */
export function sourceTitle(file: string, sources: readonly Source[], lang: Lang): string {
  const s = sources.find((x) => x.file === file);
  if (!s) return file;
  const body = localized(s, 'body', lang);
  const title = localized(s, 'title', lang);
  return lang === 'zh' ? `${body}《${title}》` : `${body}, “${title}”`;
}

/** Distinct source titles of the given files, in first-seen order. */
export function sourceTitles(
  files: readonly (string | null)[],
  sources: readonly Source[],
  lang: Lang,
): string[] {
  const seen = new Set<string>();
  for (const f of files) if (f) seen.add(sourceTitle(f, sources, lang));
  return [...seen];
}
