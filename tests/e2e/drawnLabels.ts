import type { Page } from 'playwright-core';

/** A text's box on the page or in the chart, in CSS px. */
export interface TextBox {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The four corners of a turned text (rotated axis labels); absent: the box itself. */
  corners?: [number, number][] | undefined;
}

/**
 * The texts a live ECharts chart drew (axis labels, bar and cell labels, legend, titles), each as its
 * box in the chart's own coordinates, read from the zrender scene after layout: labels ECharts hid to
 * avoid an overlap (`ignore`) are left out, as they are not on screen. Also the chart's size.
 */
export function chartTexts(page: Page, testId: string) {
  return page.evaluate((id) => {
    interface Rect {
      x: number;
      y: number;
      width: number;
      height: number;
      clone(): Rect;
      applyTransform(m: unknown): void;
    }
    interface El {
      type?: string;
      ignore?: boolean;
      invisible?: boolean;
      style?: { text?: unknown; opacity?: number };
      transform?: unknown;
      getBoundingRect?(): Rect;
      getTextContent?(): El | undefined;
      childrenRef?(): El[];
    }
    interface Chart {
      getZr(): { storage: { getRoots(): El[] } };
      getWidth(): number;
      getHeight(): number;
    }
    const box = document.querySelector(`[data-testid="${id}"]`) as
      (Element & { echartsInstance?: Chart }) | null;
    const chart = box?.echartsInstance;
    if (!chart) return null;
    const texts: {
      text: string;
      x: number;
      y: number;
      w: number;
      h: number;
      corners: [number, number][];
    }[] = [];
    const visit = (el: El, hidden: boolean) => {
      const off = hidden || !!el.ignore || !!el.invisible || el.style?.opacity === 0;
      if (el.type === 'text') {
        const text = String(el.style?.text ?? '').trim();
        if (!off && text && el.getBoundingRect) {
          const local = el.getBoundingRect();
          const r = local.clone();
          if (el.transform) r.applyTransform(el.transform);
          // The corners as drawn: a turned label's box, not the upright box around it.
          const [a, b, c, d, e, f] = (el.transform as number[] | undefined) ?? [1, 0, 0, 1, 0, 0];
          const corners = [
            [local.x, local.y],
            [local.x + local.width, local.y],
            [local.x + local.width, local.y + local.height],
            [local.x, local.y + local.height],
          ].map(([x, y]): [number, number] => [a! * x! + c! * y! + e!, b! * x! + d! * y! + f!]);
          texts.push({ text, x: r.x, y: r.y, w: r.width, h: r.height, corners });
        }
        return;
      }
      const label = el.getTextContent?.();
      if (label) visit(label, off);
      for (const child of el.childrenRef?.() ?? []) visit(child, off);
    };
    for (const root of chart.getZr().storage.getRoots()) visit(root, false);
    return { texts, width: chart.getWidth(), height: chart.getHeight() };
  }, testId);
}

/**
 * The line boxes of every visible text inside an element of the page (cards, tables, notes), and
 * whether each sits in a box that scrolls sideways (a wide table on a phone): those may run past the
 * window's edge on purpose.
 */
export function pageTexts(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return null;
    const out: { text: string; x: number; y: number; w: number; h: number; scrolls: boolean }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (!text || !node.parentElement) continue;
      // Not drawn: screen-reader-only text (clipped away), the body of a closed <details> (laid out,
      // not shown), anything invisible.
      const parent = node.parentElement;
      const folded = parent.closest('details:not([open])');
      if (folded && !parent.closest('summary')) continue;
      let scrolls = false;
      let hidden = false;
      for (let el: Element | null = parent; el && el !== root.parentElement; el = el.parentElement) {
        const { overflowX, clip, clipPath, visibility, opacity } = getComputedStyle(el);
        if (overflowX === 'auto' || overflowX === 'scroll') scrolls = true;
        if ((clip && clip !== 'auto') || (clipPath && clipPath !== 'none')) hidden = true;
        if (visibility === 'hidden' || opacity === '0') hidden = true;
      }
      if (hidden) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width > 1 && r.height > 1) out.push({ text, x: r.x, y: r.y, w: r.width, h: r.height, scrolls });
      }
    }
    return { texts: out, width: window.innerWidth };
  }, selector);
}

type Point = [number, number];
const cornersOf = (b: TextBox): Point[] =>
  b.corners ?? [
    [b.x, b.y],
    [b.x + b.w, b.y],
    [b.x + b.w, b.y + b.h],
    [b.x, b.y + b.h],
  ];

/**
 * How far two convex boxes cover each other along the axis that separates them best (separating axis
 * theorem): ≤ 0 when apart, else the smallest overlap in px. Turned labels are compared as drawn.
 */
function depth(p: readonly Point[], q: readonly Point[]): number {
  let least = Infinity;
  for (const poly of [p, q]) {
    for (let i = 0; i < poly.length; i += 1) {
      const [x1, y1] = poly[i]!;
      const [x2, y2] = poly[(i + 1) % poly.length]!;
      const len = Math.hypot(x2 - x1, y2 - y1);
      if (len === 0) continue;
      const [nx, ny] = [(y1 - y2) / len, (x2 - x1) / len];
      const span = (pts: readonly Point[]) => pts.map(([x, y]) => x * nx + y * ny);
      const [a, b] = [span(p), span(q)];
      const cover = Math.min(Math.max(...a), Math.max(...b)) - Math.max(Math.min(...a), Math.min(...b));
      least = Math.min(least, cover);
    }
  }
  return least;
}

/** Pairs of boxes that cover each other by more than `tolerance` px. */
export function overlaps<T extends TextBox>(boxes: readonly T[], tolerance = 1): [string, string][] {
  const found: [string, string][] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (depth(cornersOf(a), cornersOf(b)) > tolerance) found.push([a.text, b.text]);
    }
  });
  return found;
}

/** Boxes that run past a width × height frame (cut off by the chart's or the window's edge). */
export function outside<T extends TextBox>(
  boxes: readonly T[],
  width: number,
  height = Infinity,
  tolerance = 1,
) {
  return boxes
    .filter(
      (b) =>
        b.x < -tolerance ||
        b.y < -tolerance ||
        b.x + b.w > width + tolerance ||
        b.y + b.h > height + tolerance,
    )
    .map((b) => b.text);
}

/**
 * Texts inside an element whose colour on its background (the nearest opaque one, translucent layers
 * and opacity blended in) falls below WCAG AA: 4.5:1, or 3:1 for large text (≥ 24 px, or bold ≥ 18.66 px).
 */
export function lowContrastTexts(page: Page, selector: string) {
  return page.evaluate((sel) => {
    interface Rgba {
      r: number;
      g: number;
      b: number;
      a: number;
    }
    const parse = (c: string): Rgba | null => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return null;
      const v = m[1]!
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return { r: v[0]!, g: v[1]!, b: v[2]!, a: v.length > 3 ? v[3]! : 1 };
    };
    const lum = ({ r, g, b }: Omit<Rgba, 'a'>) => {
      const f = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const blend = (top: Rgba, base: Omit<Rgba, 'a'>, a = top.a) => ({
      r: top.r * a + base.r * (1 - a),
      g: top.g * a + base.g * (1 - a),
      b: top.b * a + base.b * (1 - a),
    });
    const background = (el: Element) => {
      const layers: Rgba[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0) {
          layers.push(c);
          if (c.a >= 1) break;
        }
      }
      return layers.reverse().reduce((base, layer) => blend(layer, base), { r: 255, g: 255, b: 255 });
    };
    const root = document.querySelector(sel);
    if (!root) return null;
    const low = new Set<string>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width < 2 || box.height < 2 || style.visibility === 'hidden') continue;
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      const fg = parse(style.color);
      if (!fg) continue;
      const bg = background(el);
      const [hi, lo] = [lum(blend(fg, bg, fg.a * opacity)), lum(bg)].sort((x, y) => y - x);
      const ratio = (hi! + 0.05) / (lo! + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
      if (ratio < (large ? 3 : 4.5)) low.add(`${ratio.toFixed(2)}:1 ${style.color} — ${text.slice(0, 40)}`);
    }
    return [...low];
  }, selector);
}
