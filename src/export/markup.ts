// Escaping for text written into SVG and HTML by hand. User text (names, titles, file names) is data:
// it becomes character data or a quoted attribute value, never markup.

// XML 1.0 forbids these characters even as entities; one in a label would make the whole SVG unreadable.
/* eslint-disable no-control-regex -- matching control characters is the point */
const XML_INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** Text for element content or a double- or single-quoted attribute, in HTML and in XML. */
export function escapeMarkup(text: string): string {
  return stripXmlInvalid(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
