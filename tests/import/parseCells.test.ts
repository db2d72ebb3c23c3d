import { describe, expect, it } from 'vitest';
import type { Comparable, Qualifier } from '../../src/data/schema';
import {
  NO_DATA_MARKS,
  parseComparableCell,
  parseQualifierCell,
  parseValueCell,
  parseYear,
  plainInteger,
} from '../../src/import/parseCells';

// Cell parsing on its own (names.test.ts reads the common forms): the edges where a wrong answer would
// turn a figure into another figure, a no-data mark into zero, or a qualifier into exact.

describe('plainInteger: digits only, and only while exact', () => {
  it.each<{ name: string; text: string; expected: number }>([
    { name: 'digits', text: '0909', expected: 909 },
    { name: 'a zero', text: '0', expected: 0 },
    { name: 'fifteen digits are still exact', text: '123456789012345', expected: 123456789012345 },
    { name: 'sixteen digits go to the slow path', text: '1234567890123456', expected: -1 },
    { name: 'empty text', text: '', expected: -1 },
    { name: 'the character below 0 (/)', text: '1/2', expected: -1 },
    { name: 'the character above 9 (:)', text: '1:2', expected: -1 },
    { name: 'a sign', text: '-5', expected: -1 },
    { name: 'a decimal point', text: '1.5', expected: -1 },
  ])('$name: $text → $expected', ({ text, expected }) => {
    expect(plainInteger(text)).toBe(expected);
  });
});

describe('value cells: every no-data mark is no data (NULL), never zero', () => {
  it.each([...NO_DATA_MARKS].map((mark) => [mark]))('%s', (mark) => {
    expect(parseValueCell(mark)).toEqual({ ok: false, reason: 'no_data' });
  });

  it.each([['--'], ['–'], ['―'], ['暂无'], ['n/a'], ['N/A'], [' 暂 无 ']])(
    '%s as typed is no data',
    (text) => {
      expect(parseValueCell(text)).toEqual({ ok: false, reason: 'no_data' });
    },
  );
});

type Ok = { text: string; unit?: string; value: number; qualifier: Qualifier | null; percent?: boolean };

describe('value cells: the figure and its qualifier', () => {
  it.each<Ok>([
    // plain numbers beyond digits
    { text: '1e3', value: 1000, qualifier: null },
    { text: '1E3', value: 1000, qualifier: null },
    { text: '1e+3', value: 1000, qualifier: null },
    { text: '1e-3', value: 0.001, qualifier: null },
    { text: '.5', value: 0.5, qualifier: null },
    // more than one digit after a bare point, or in an exponent
    { text: '.25', value: 0.25, qualifier: null },
    { text: '1e10', value: 1e10, qualifier: null },
    { text: '5.', value: 5, qualifier: null },
    { text: '+5', value: 5, qualifier: null },
    { text: '-1.5', value: -1.5, qualifier: null },
    { text: '1234567890123456', value: 1234567890123456, qualifier: null },
    // a figure far below one is kept as written, not rounded to millionths
    { text: '0.0000001', value: 1e-7, qualifier: null },
    // thousands separators, with a sign or decimals
    { text: '+1,234', value: 1234, qualifier: null },
    { text: '-1,234', value: -1234, qualifier: null },
    { text: '12,345.67', value: 12345.67, qualifier: null },
    // every separator comes off, not only the first ("1,234,567" → "1234,567" is no number)
    { text: '1,234,567', value: 1234567, qualifier: null },
    { text: '1,234,567.5', value: 1234567.5, qualifier: null },
    // every at-least prefix and suffix
    { text: '>90', value: 90, qualifier: 'at_least' },
    { text: '≥90', value: 90, qualifier: 'at_least' },
    { text: '超过90', value: 90, qualifier: 'at_least' },
    { text: '90余', value: 90, qualifier: 'at_least' },
    { text: '90多', value: 90, qualifier: 'at_least' },
    { text: '90以上', value: 90, qualifier: 'at_least' },
    { text: '90+', value: 90, qualifier: 'at_least' },
    { text: '逾90', value: 90, qualifier: 'at_least' },
    { text: '不少于90', value: 90, qualifier: 'at_least' },
    { text: '至少90', value: 90, qualifier: 'at_least' },
    { text: '多于90', value: 90, qualifier: 'at_least' },
    { text: '突破90', value: 90, qualifier: 'at_least' },
    { text: '＞＝90', value: 90, qualifier: 'at_least' },
    // every approximate prefix and suffix
    { text: '~50', value: 50, qualifier: 'approx' },
    { text: '≈50', value: 50, qualifier: 'approx' },
    { text: '约50', value: 50, qualifier: 'approx' },
    { text: '近50', value: 50, qualifier: 'approx' },
    { text: '50左右', value: 50, qualifier: 'approx' },
    { text: '大约50', value: 50, qualifier: 'approx' },
    { text: '接近50', value: 50, qualifier: 'approx' },
    { text: '约 50 左右', value: 50, qualifier: 'approx' },
    // a prefix and a suffix of different kinds: the suffix's at-least wins, 左右 is not taken after it
    { text: '约50余', value: 50, qualifier: 'at_least' },
    // 万 and 亿, with 余/多 on either side, rounded to millionths only when scaled
    { text: '3亿', value: 300000000, qualifier: null },
    { text: '1.5亿余', value: 150000000, qualifier: 'at_least' },
    { text: '1万多', value: 10000, qualifier: 'at_least' },
    { text: '20多万', value: 200000, qualifier: 'at_least' },
    { text: '1.1万', value: 11000, qualifier: null },
    { text: '约1.2万', value: 12000, qualifier: 'approx' },
    { text: '十万', value: 100000, qualifier: null },
    // the scale is the last 万/亿, not the first: 十万亿 is ten trillion, not a billion
    { text: '十万亿', value: 1e13, qualifier: null },
    // the unit is taken off once, after the prefix; a percent sign after it
    { text: '约12件', unit: '件', value: 12, qualifier: 'approx' },
    { text: '12人次', unit: '人次', value: 12, qualifier: null },
    { text: '12', unit: '件', value: 12, qualifier: null },
    // with the % unit the sign is the unit, taken off like 件
    { text: '85.5%', unit: '%', value: 85.5, qualifier: null },
    { text: '85.5%', unit: '件', value: 85.5, qualifier: null, percent: true },
    { text: '≥85%', value: 85, qualifier: 'at_least', percent: true },
  ])('$text ($unit)', ({ text, unit, value, qualifier, percent }) => {
    expect(parseValueCell(text, unit)).toEqual({ ok: true, value, qualifier, percent: percent ?? false });
  });

  it.each<{ name: string; text: string; unit?: string }>([
    { name: 'a second qualifier after the first prefix', text: '≥约50' },
    { name: '左右 is not a suffix once 余 was taken', text: '50左右余' },
    { name: 'a number too large to hold', text: '1e400' },
    { name: 'an exponent without digits', text: '1e' },
    { name: 'a separator group of four digits', text: '1,2345' },
    { name: 'a separator in the wrong place', text: '1234,567' },
    { name: 'a separator group after the decimals', text: '1.5,000' },
    { name: 'a separator first', text: ',123' },
    { name: 'the unit alone', text: '件', unit: '件' },
    { name: 'the unit of another indicator', text: '12人', unit: '件' },
    { name: 'a prefix alone', text: '约' },
    { name: 'a scale alone', text: '万' },
    { name: 'a scale and 余 alone', text: '余万' },
    { name: 'a scale inside the figure', text: '1万2' },
    { name: 'an exponent inside the text', text: '1e+5x' },
  ])('$name: $text is not a number', ({ text, unit }) => {
    expect(parseValueCell(text, unit)).toEqual({ ok: false, reason: 'not_a_number' });
  });

  it('the + of an exponent is not the at-least suffix', () => {
    expect(parseValueCell('2e+5')).toEqual({ ok: true, value: 200000, qualifier: null, percent: false });
  });

  it('a unit is only taken off a cell that holds more than the unit', () => {
    // with no unit nothing is taken off: the figure stays whole
    expect(parseValueCell('12.5', '')).toEqual({ ok: true, value: 12.5, qualifier: null, percent: false });
  });

  it('a cell of spaces only is empty, a cell of tabs and full-width spaces too', () => {
    expect(parseValueCell('\t\u3000 ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseValueCell('')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('qualifier cells: every word the column accepts', () => {
  it.each<[string, Qualifier | null | undefined]>([
    ['exact', 'exact'],
    ['at_least', 'at_least'],
    ['approx', 'approx'],
    ['at least', 'at_least'],
    ['approximately', 'approx'],
    ['about', 'approx'],
    ['确数', 'exact'],
    ['精确', 'exact'],
    ['准确', 'exact'],
    ['=', 'exact'],
    ['余', 'at_least'],
    ['多', 'at_least'],
    ['以上', 'at_least'],
    ['超过', 'at_least'],
    ['逾', 'at_least'],
    ['突破', 'at_least'],
    ['至少', 'at_least'],
    ['不少于', 'at_least'],
    ['≥', 'at_least'],
    ['>=', 'at_least'],
    ['约', 'approx'],
    ['近', 'approx'],
    ['左右', 'approx'],
    ['约数', 'approx'],
    ['≈', 'approx'],
    ['~', 'approx'],
    // as typed: case, width, spaces
    ['Exact', 'exact'],
    [' exact ', 'exact'],
    ['ＥＸＡＣＴ', 'exact'],
    ['＞＝', 'at_least'],
    ['  ', null],
    ['', null],
    ['exactly', undefined],
    ['exac', undefined],
  ])('%j → %s', (text, expected) => {
    expect(parseQualifierCell(text)).toBe(expected);
  });
});

describe('comparability cells: every word the column accepts', () => {
  it.each<[string, Comparable | null | undefined]>([
    ['yes', 'yes'],
    ['可比', 'yes'],
    ['是', 'yes'],
    ['partly', 'partly'],
    ['部分可比', 'partly'],
    ['部分', 'partly'],
    ['no', 'no'],
    ['不可比', 'no'],
    ['否', 'no'],
    ['YES', 'yes'],
    [' No ', 'no'],
    ['ｐａｒｔｌｙ', 'partly'],
    ['', null],
    ['   ', null],
    ['maybe', undefined],
  ])('%j → %s', (text, expected) => {
    expect(parseComparableCell(text)).toBe(expected);
  });
});

describe('year cells', () => {
  it.each<[string, number | null]>([
    ['0', 0],
    [' 2023 ', 2023],
    ['2023.00', 2023],
    ['２０２３年度', 2023],
    ['二〇二三年', 2023],
    ['一千', 1000],
    ['九百九十九', null],
    ['2023.5', null],
    ['2023年年', null],
    // only a trailing 年 is the year's word: one in front is not taken off
    ['年2023', null],
    ['x2023', null],
    ['2023x', null],
    ['-2023', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(parseYear(text)).toBe(expected);
  });
});
