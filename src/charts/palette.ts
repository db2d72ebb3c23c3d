// One colour per jurisdiction in every view. The bundled five are fixed; uploaded ones hash into
// the rest of the palette so adding a jurisdiction never recolours the others.
const FIXED: Record<string, string> = {
  jiaxing: '#c23531',
  wuxing: '#2f6fb0',
  hezhou: '#3a9a5b',
  'hangzhou-jiusan': '#d48a1a',
  shengzhou: '#7b4fa8',
};
const EXTRA = ['#1f9aa6', '#a0522d', '#5a6b8c', '#b8336a', '#6b8e23', '#8c564b', '#e377c2', '#17becf'];

export function jurisdictionColor(id: string): string {
  const fixed = FIXED[id];
  if (fixed) return fixed;
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return EXTRA[h % EXTRA.length]!;
}

export const NO_DATA_COLOR = '#9aa0a6';
