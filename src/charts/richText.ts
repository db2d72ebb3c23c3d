/**
 * ECharts rich-text markup is `{style|text}`: braces or a bar inside data text would be read as markup.
 * Full-width look-alikes keep the text literal. (Canvas labels never interpret HTML, so only this matters.)
 */
export function richSafe(text: string): string {
  return text.replace(/\{/g, '｛').replace(/\}/g, '｝').replace(/\|/g, '｜');
}
