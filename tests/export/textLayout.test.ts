import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from '../../src/export/textLayout';

const summary = '2022年立案提案：嘉兴369件居首，吴兴98件，贺州74件；杭州九三、嵊州无此项数据。';

describe('line breaking for exported images', () => {
  it.each([
    { name: 'Chinese summary', text: summary, maxWidth: 200 },
    {
      name: 'English words',
      text: 'proposals filed, 2022: Jiaxing leads with 369 items, Wuxing 98 items',
      maxWidth: 180,
    },
    { name: 'one long token', text: 'x'.repeat(200), maxWidth: 100 },
  ])('$name: every line fits and no text is lost', ({ text, maxWidth }) => {
    const lines = wrapText(text, { maxWidth, fontSize: 16 });
    for (const line of lines) expect(estimateTextWidth(line, 16, false)).toBeLessThanOrEqual(maxWidth + 16);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('never starts a line with closing punctuation', () => {
    for (let w = 60; w < 400; w += 7) {
      for (const line of wrapText(summary, { maxWidth: w, fontSize: 16 }).slice(1)) {
        expect('，。、；：）》”').not.toContain(line[0]);
      }
    }
  });

  it('keeps English words whole', () => {
    const lines = wrapText('Jiaxing leads with 369 items', { maxWidth: 90, fontSize: 16 });
    expect(lines.every((l) => /^[\w ]+$/.test(l))).toBe(true);
    expect(lines.join(' ').split(/\s+/)).toEqual(['Jiaxing', 'leads', 'with', '369', 'items']);
  });

  it('ends with … when the lines run out', () => {
    const lines = wrapText(summary.repeat(5), { maxWidth: 200, fontSize: 16, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
