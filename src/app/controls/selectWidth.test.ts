import { describe, expect, it } from 'vitest';
import { MAX_SELECT_EM, MIN_SELECT_EM, selectWidthEm, textEm } from './selectWidth';

describe('a select sized from its longest option, without measuring', () => {
  it.each([
    {
      name: 'Chinese characters and full-width brackets are 1 em each',
      text: '立案提案（3个地区）',
      em: 9.6,
    },
    { name: 'Latin letters, digits and spaces are 0.6 em', text: 'Filed (3)', em: 5.4 },
    { name: 'empty text takes no room', text: '', em: 0 },
  ])('$name', ({ text, em }) => expect(textEm(text)).toBeCloseTo(em, 5));

  it.each([
    {
      name: 'the longest label decides, plus the arrow and padding',
      labels: ['短', '一二三四五六七八九十一二'],
      em: 15,
    },
    { name: 'a short list keeps a usable minimum', labels: ['2022'], em: MIN_SELECT_EM },
    {
      name: 'a very long label is capped (the list shows it whole)',
      labels: ['长'.repeat(80)],
      em: MAX_SELECT_EM,
    },
    { name: 'no options: the minimum', labels: [], em: MIN_SELECT_EM },
  ])('$name', ({ labels, em }) => expect(selectWidthEm(labels)).toBe(em));
});
