import { describe, expect, it } from 'vitest';
import { richSafe } from './richText';

describe('data text inside ECharts rich-text labels', () => {
  it.each([
    ['braces would open a style', '{b|x}', '｛b｜x｝'],
    ['every occurrence, not only the first', '{{a}}|{b}|', '｛｛a｝｝｜｛b｝｜'],
    ['plain text is unchanged', '嘉兴市政协 (2022)', '嘉兴市政协 (2022)'],
  ])('%s', (_name, text, expected) => {
    expect(richSafe(text)).toBe(expected);
  });
});
