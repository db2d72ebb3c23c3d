/** Hostile texts that a title, a jurisdiction name, a quote or an uploaded file name may carry. */
export const PAYLOADS = [
  { name: 'script tag', text: '<script>alert(1)</script>' },
  { name: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { name: 'javascript link', text: '<a href="javascript:alert(1)">点我</a>' },
  { name: 'svg onload', text: '"><svg onload=alert(1)>' },
  { name: 'formula', text: "=cmd|' /C calc'!A0" },
  { name: 'formula plus', text: '+1+1' },
  { name: 'at formula', text: '@SUM(1)' },
  { name: 'quotes and ampersand', text: `他说"好"&'坏'` },
  { name: 'control chars', text: 'a\u0000b\u0008c\u001fd' },
] as const;

/** Characters XML forbids; none may reach an exported SVG or HTML file. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
