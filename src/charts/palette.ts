import { BODIES, LEVELS, type Jurisdiction } from '../data/schema';

// One colour, dash and symbol per jurisdiction, and one order, in every view (trend lines and legend,
// ranking bars, overview, picker, exports and embeds). The bundled five are fixed; a jurisdiction
// added by an upload hashes its id into the rest of the palette, so adding one never recolours the
// others. Every colour has a contrast of at least 3:1 against white (WCAG's minimum for graphics, a
// test checks it), and lines differ by dash and symbol too, not only by hue.

export interface JurisdictionStyle {
  color: string;
  /** ECharts line type: lines told apart in greyscale print and without colour vision. */
  dash: 'solid' | 'dashed' | 'dotted' | number[];
  /** ECharts symbol of the line's points and legend icon. */
  symbol: string;
}

const FIXED: Record<string, JurisdictionStyle> = {
  hezhou: { color: '#2e7d4f', dash: 'solid', symbol: 'circle' },
  jiaxing: { color: '#c23531', dash: 'dashed', symbol: 'rect' },
  shengzhou: { color: '#7b4fa8', dash: 'dotted', symbol: 'triangle' },
  wuxing: { color: '#2f6fb0', dash: [10, 4, 2, 4], symbol: 'diamond' },
  'hangzhou-jiusan': { color: '#a86400', dash: [2, 6], symbol: 'roundRect' },
};

/** Colours for uploaded jurisdictions: none repeats a fixed one, each ≥ 3:1 against white. */
export const EXTRA_COLORS = [
  '#00798c',
  '#a0522d',
  '#5a6b8c',
  '#b8336a',
  '#5c7a1e',
  '#8c564b',
  '#9c3d9c',
  '#3d5a80',
] as const;
const EXTRA_DASHES: JurisdictionStyle['dash'][] = ['solid', 'dashed', 'dotted', [10, 4, 2, 4], [2, 6]];
const EXTRA_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin'];

function hash(id: string): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h;
}

export function jurisdictionStyle(id: string): JurisdictionStyle {
  // Own keys only: an uploaded id such as "constructor" must not find Object's prototype.
  if (Object.hasOwn(FIXED, id)) return FIXED[id]!;
  const h = hash(id);
  // Colour and dash from different parts of the hash: two uploads sharing a colour rarely share a dash.
  return {
    color: EXTRA_COLORS[h % EXTRA_COLORS.length]!,
    dash: EXTRA_DASHES[Math.floor(h / EXTRA_COLORS.length) % EXTRA_DASHES.length]!,
    symbol: EXTRA_SYMBOLS[Math.floor(h / 97) % EXTRA_SYMBOLS.length]!,
  };
}

export function jurisdictionColor(id: string): string {
  return jurisdictionStyle(id).color;
}

export const NO_DATA_COLOR = '#6b7075';

/**
 * The one jurisdiction order: CPPCCs by level (地级市, 县级市, 区), a city's full committee before its
 * standing committee, then the democratic parties' committees (a different kind of body), then by id
 * (stable, unlike a name that an upload may spell differently).
 */
export const LEVEL_GROUPS = [...LEVELS, 'party'] as const;
export type LevelGroup = (typeof LEVEL_GROUPS)[number];

/** The level a body is compared at: its level, or "party" for a democratic party's committee. */
export function levelGroup(j: Pick<Jurisdiction, 'level' | 'body'>): LevelGroup {
  return j.body === 'party_committee' ? 'party' : j.level;
}

const GROUP = (j: Pick<Jurisdiction, 'level' | 'body'>) => LEVEL_GROUPS.indexOf(levelGroup(j));

/**
 * The tint of each level's badge beside a name (ranking rows): light, so the bar keeps the one
 * jurisdiction colour, and each with dark text well above 4.5:1 (a test checks it).
 */
export const LEVEL_TINTS: Record<LevelGroup, string> = {
  prefecture_city: '#dce8f5',
  county_city: '#f3e6cf',
  district: '#dcefdc',
  party: '#ece0f2',
};
export const LEVEL_TEXT_COLOR = '#1f2933';

export function compareJurisdictions(
  a: Pick<Jurisdiction, 'id' | 'level' | 'body'>,
  b: Pick<Jurisdiction, 'id' | 'level' | 'body'>,
): number {
  return (
    GROUP(a) - GROUP(b) ||
    BODIES.indexOf(a.body) - BODIES.indexOf(b.body) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function orderJurisdictions<J extends Pick<Jurisdiction, 'id' | 'level' | 'body'>>(
  list: readonly J[],
): J[] {
  return [...list].sort(compareJurisdictions);
}

/** Position of each id in the one order; ids not in the catalog sort last (by id). */
export function jurisdictionRank(
  jurisdictions: ReadonlyMap<string, Pick<Jurisdiction, 'id' | 'level' | 'body'>>,
): (id: string) => number {
  const order = new Map(orderJurisdictions([...jurisdictions.values()]).map((j, i) => [j.id, i]));
  return (id) => order.get(id) ?? order.size;
}

// One WCAG contrast formula for the app: the palette's checks use the same one as the views' tests.
export { contrastRatio } from './contrast';
