/** `?embed=1` turns the page into an embed: the chart, its title, source line and a link back. */
export function isEmbedMode(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}
