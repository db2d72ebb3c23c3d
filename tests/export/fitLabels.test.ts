import { describe, expect, it } from 'vitest';
import { wrapAxisLabels, wrapRichTokens } from '../../src/export/fitLabels';
import { estimateTextWidth } from '../../src/export/textLayout';

const rich = { name: { fontSize: 13, fontWeight: 'bold' }, scope: { fontSize: 10 } };

describe('column heads wrapped to their column', () => {
  it('breaks each styled token into lines that fit, keeping its style on every line', () => {
    const out = wrapRichTokens('{name|Hangzhou}\n{scope|democratic party city committee}', 90, rich, 12);
    const lines = out.split('\n');
    expect(lines[0]).toBe('{name|Hangzhou}');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines.slice(1)) {
      const m = /^\{scope\|(.*)\}$/.exec(l)!;
      expect(m).not.toBeNull();
      expect(estimateTextWidth(m[1]!, 10, false)).toBeLessThanOrEqual(90);
    }
    expect(
      lines
        .slice(1)
        .map((l) => /^\{scope\|(.*)\}$/.exec(l)![1])
        .join(' '),
    ).toBe('democratic party city committee');
  });

  it('leaves a line of several styled tokens whole', () => {
    const line = '{rank|1} {name|Jiaxing prefecture-level CPPCC Standing Committee}';
    expect(wrapRichTokens(line, 40, rich, 12)).toBe(line);
  });

  it('leaves labels that fit alone, and wraps through the axis formatter', () => {
    expect(wrapRichTokens('{name|Jiaxing}', 200, rich, 12)).toBe('{name|Jiaxing}');
    const option = wrapAxisLabels(
      { xAxis: { axisLabel: { rich, formatter: (v: string) => `{scope|${v} county-level CPPCC}` } } },
      'xAxis',
      60,
    );
    const label = (option.xAxis as { axisLabel: { formatter: (v: string, i: number) => string } }).axisLabel;
    expect(label.formatter('Shengzhou', 0).split('\n').length).toBeGreaterThan(1);
  });
});
