import { escapeMarkup } from './markup';

/** The message an embedded page posts to its host with its height (see EMBED_LISTENER). */
export const EMBED_HEIGHT_MESSAGE = 'luzhi-embed-height';

export interface EmbedSnippetInput {
  src: string;
  title: string;
  /** Starting height; the listener script follows the page's own height after it loads. */
  height: number;
  /** Distinguishes several embeds on one host page. */
  id: string;
  /** A still PNG (base64) shown where a system strips the iframe but keeps its content. */
  fallbackPng?: string | undefined;
  /** The fallback image's alt text (the chart's summary). */
  alt: string;
}

const ID_SAFE = /[^a-zA-Z0-9_-]/g;

/**
 * The snippet to paste into an intranet page: the iframe (with a still image inside it, shown only by
 * systems that drop the iframe tag), then a few lines that set the iframe's height to what the
 * embedded page reports, from that iframe only and only as a number. Every value is escaped.
 */
export function embedSnippet(input: EmbedSnippetInput): string {
  const id = `luzhi-${input.id.replace(ID_SAFE, '')}`;
  const fallback = input.fallbackPng
    ? `<a href="${escapeMarkup(input.src)}"><img src="data:image/png;base64,${input.fallbackPng.replace(/[^A-Za-z0-9+/=]/g, '')}" alt="${escapeMarkup(input.alt)}" style="max-width:100%;height:auto"></a>`
    : '';
  const iframe = `<iframe id="${id}" src="${escapeMarkup(input.src)}" title="${escapeMarkup(input.title)}" width="100%" height="${Math.round(input.height)}" style="border:0;width:100%;max-width:100%" loading="lazy" referrerpolicy="no-referrer">${fallback}</iframe>`;
  const listener =
    `<script>(function(){var f=document.getElementById(${JSON.stringify(id)});` +
    `window.addEventListener("message",function(e){var d=e.data;` +
    `if(!f||e.source!==f.contentWindow||!d||d.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)}||typeof d.height!=="number")return;` +
    `f.style.height=Math.max(120,Math.min(4000,Math.round(d.height)))+"px";});})();</script>`;
  return `${iframe}\n${listener}`;
}
