import { describe, expect, it } from 'vitest';
import { diceSimilarity, editDistance, nameSimilarity } from '../../src/import/similarity';

// The scores behind "did you mean" suggestions: a wrong score suggests the wrong place or indicator
// (or none), and the analyst maps a figure to it.

describe('diceSimilarity: shared character pairs', () => {
  it.each<{ name: string; a: string; b: string; expected: number }>([
    { name: 'the same text', a: '立案提案', b: '立案提案', expected: 1 },
    { name: 'reordered words share most pairs', a: '提案立案', b: '立案提案', expected: 2 / 3 },
    { name: 'two characters are one pair', a: 'ab', b: 'abc', expected: 2 / 3 },
    { name: 'one changed character', a: 'abc', b: 'abd', expected: 0.5 },
    { name: 'nothing shared', a: 'ab', b: 'cd', expected: 0 },
    { name: 'a single character has no pair to share', a: 'a', b: 'ab', expected: 0 },
    { name: 'two different single characters', a: 'a', b: 'b', expected: 0 },
    { name: 'an empty text', a: '', b: 'ab', expected: 0 },
    { name: 'two empty texts are the same text', a: '', b: '', expected: 1 },
    // a repeated pair counts as often as both texts hold it, not more
    { name: 'a repeated pair on the longer side', a: 'aa', b: 'aaa', expected: 2 / 3 },
    { name: 'a repeated pair on the shorter side', a: 'aaa', b: 'aa', expected: 2 / 3 },
    { name: 'a pair held twice by each', a: 'abab', b: 'abab x', expected: 0.75 },
    // characters outside the basic plane are one character each, not two halves
    { name: 'characters beyond the basic plane', a: '𠀀𠀁', b: '𠀀𠀁𠀂', expected: 2 / 3 },
  ])('$name: $a / $b', ({ a, b, expected }) => {
    expect(diceSimilarity(a, b)).toBeCloseTo(expected, 12);
  });
});

describe('editDistance: insertions, deletions and substitutions', () => {
  it.each<{ a: string; b: string; expected: number }>([
    { a: 'kitten', b: 'sitting', expected: 3 },
    { a: '', b: 'abc', expected: 3 },
    { a: 'abc', b: '', expected: 3 },
    { a: 'abc', b: 'abc', expected: 0 },
    { a: 'ab', b: 'ba', expected: 2 },
    { a: '嘉兴市', b: '嘉心市', expected: 1 },
    { a: 'abc', b: 'xabc', expected: 1 },
    { a: 'abcd', b: 'abc', expected: 1 },
    { a: 'flaw', b: 'lawn', expected: 2 },
    { a: '𠀀a', b: 'a', expected: 1 },
  ])('$a → $b: $expected', ({ a, b, expected }) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});

describe('nameSimilarity: the better of pairs, edits and containment', () => {
  it.each<{ name: string; a: string; b: string; expected: number }>([
    { name: 'an empty name resembles nothing', a: '', b: '杭州', expected: 0 },
    { name: 'an empty name on the other side', a: '杭州', b: '', expected: 0 },
    { name: 'two empty names', a: '', b: '', expected: 0 },
    { name: 'the same name', a: '嘉兴', b: '嘉兴', expected: 1 },
    // one shared character of two is not a resemblance
    { name: 'two characters, one shared', a: '贺州', b: '嵊州', expected: 0 },
    // from three characters an edit counts: 1 - 1/3
    { name: 'three characters, one typo', a: 'abc', b: 'abd', expected: 2 / 3 },
    { name: 'a typo in a longer name', a: '嘉兴市政协', b: '嘉心市政协', expected: 0.8 },
    // a name inside another: at least 0.6, both ways round
    { name: 'the shorter name inside the longer', a: '杭州', b: '杭州九三', expected: 0.6 },
    { name: 'the longer name around the shorter', a: '杭州九三', b: '杭州', expected: 0.6 },
    { name: 'reordered words', a: '提案立案', b: '立案提案', expected: 2 / 3 },
    { name: 'nothing in common', a: 'abc', b: 'xyz', expected: 0 },
    { name: 'length counted in characters', a: '𠀀𠀁x', b: '𠀀𠀁y', expected: 2 / 3 },
    // edits count against the longer name, whichever side it is on: 1 - 2/6, not 1 - 2/5
    { name: 'the longer name first', a: 'abxdef', b: 'abcde', expected: 2 / 3 },
    { name: 'the longer name second', a: 'abcde', b: 'abxdef', expected: 2 / 3 },
  ])('$name: $a / $b', ({ a, b, expected }) => {
    expect(nameSimilarity(a, b)).toBeCloseTo(expected, 12);
  });
});
