import { describe, expect, it } from 'vitest';
import { outside, overlaps, type TextBox } from '../e2e/drawnLabels';

/** A w × h label turned by `deg` about its top-left corner placed at (x, y), as ECharts turns axis labels. */
function turned(text: string, x: number, y: number, w: number, h: number, deg: number): TextBox {
  const [c, s] = [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)];
  const corners = [
    [0, 0],
    [w, 0],
    [w, h],
    [0, h],
  ].map(([px, py]): [number, number] => [x + c * px! - s * py!, y + s * px! + c * py!]);
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  return { text, x: minX, y: minY, w: Math.max(...xs) - minX, h: Math.max(...ys) - minY, corners };
}
const box = (text: string, x: number, y: number, w = 40, h = 14): TextBox => ({ text, x, y, w, h });

describe('label overlap check of the browser test', () => {
  it.each([
    { name: 'side by side, apart', boxes: [box('a', 0, 0), box('b', 41, 0)], expected: [] },
    { name: 'touching within 1 px', boxes: [box('a', 0, 0), box('b', 39.5, 0)], expected: [] },
    { name: 'covering by 5 px', boxes: [box('a', 0, 0), box('b', 35, 0)], expected: [['a', 'b']] },
    { name: 'one above the other', boxes: [box('a', 0, 0), box('b', 0, 14)], expected: [] },
    {
      // Upright boxes around these two turned labels overlap; the labels themselves do not.
      name: 'turned labels side by side',
      boxes: [turned('a', 0, 0, 60, 14, -40), turned('b', 30, 0, 60, 14, -40)],
      expected: [],
    },
    {
      name: 'turned labels on top of each other',
      boxes: [turned('a', 0, 0, 60, 14, -40), turned('b', 4, 0, 60, 14, -40)],
      expected: [['a', 'b']],
    },
  ])('$name', ({ boxes, expected }) => {
    expect(overlaps(boxes)).toEqual(expected);
  });

  it('names the texts that run past the frame', () => {
    expect(outside([box('in', 0, 0), box('right', 380, 0), box('left', -5, 0)], 400, 100)).toEqual([
      'right',
      'left',
    ]);
  });
});
