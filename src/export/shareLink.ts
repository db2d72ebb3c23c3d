import type { PinnedRows } from './chartExport';

/** The URL parameters a view's pin may fill in (the names the app's URL state reads). */
const PINNABLE = ['indicator', 'year', 'jurisdictions', 'category'] as const;

/**
 * The link to share: the current URL with what the chart shows but the URL leaves to defaults (the
 * latest year, the first indicator) written in, so the link shows the same chart after newer data
 * arrive. Parameters the user chose are kept as they are.
 */
export function shareLink(href: string, pin: PinnedRows | null | undefined): string {
  if (!pin) return href;
  const url = new URL(href);
  for (const name of PINNABLE) {
    const value = pin.params[name];
    if (value === undefined || value === '' || url.searchParams.has(name)) continue;
    url.searchParams.set(name, String(value));
  }
  return url.toString();
}
