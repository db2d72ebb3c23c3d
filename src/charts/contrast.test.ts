import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';

// The WCAG ratio the colour tests (matrix cells, palette) rest on: a wrong formula or a colour read
// wrongly would pass colours that users cannot read.
describe('contrastRatio', () => {
  it.each<{ name: string; a: string; b: string; ratio: number }>([
    { name: 'black on white is the maximum', a: '#000', b: '#fff', ratio: 21 },
    { name: 'the order of the two colours does not matter', a: '#ffffff', b: '#000000', ratio: 21 },
    { name: 'a colour on itself is 1', a: '#3366cc', b: '#3366cc', ratio: 1 },
    // each channel weighs differently (0.2126 R, 0.7152 G, 0.0722 B): pure colours tell them apart
    { name: 'pure red on black', a: '#f00', b: '#000', ratio: 5.252 },
    { name: 'pure green on black', a: '#0f0', b: '#000', ratio: 15.304 },
    { name: 'pure blue on black', a: '#00f', b: '#000', ratio: 2.444 },
    // a dark channel (≤ 0.03928) is on the linear part of the sRGB curve
    { name: 'a very dark grey on black (linear part)', a: '#0a0a0a', b: '#000', ratio: 1.0607 },
    { name: 'a mid grey on white', a: '#777777', b: '#ffffff', ratio: 4.4776 },
    // #rgb doubles each digit (#9ab is #99aabb), not the whole text
    { name: 'three digits doubled one by one', a: '#9ab', b: '#000', ratio: 8.8219 },
    { name: 'the same colour in six digits', a: '#99aabb', b: '#000', ratio: 8.8219 },
    { name: 'upper-case digits', a: '#99AABB', b: '#000', ratio: 8.8219 },
  ])('$name: $a on $b is $ratio:1', ({ a, b, ratio }) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 3);
  });

  it.each([['red'], ['#ffff'], ['#fffffff'], ['fff'], ['x#fff'], ['#fff '], ['#ggg'], ['#12345']])(
    'rejects %j: not a #rgb or #rrggbb colour',
    (colour) => {
      expect(() => contrastRatio(colour, '#fff')).toThrow(`not a #rgb or #rrggbb colour: ${colour}`);
      expect(() => contrastRatio('#fff', colour)).toThrow(/not a #rgb or #rrggbb colour/);
    },
  );
});
