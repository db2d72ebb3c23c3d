import { describe, it, expect } from 'vitest';
import { findNumbers, numbersIn, parseChineseNumber } from './chineseNumerals';

describe('parseChineseNumber', () => {
  it.each<[string, number]>([
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['二', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['三千', 3000],
    ['一千零五十', 1050],
    ['两千零二十二', 2022],
    ['一万', 10000],
    ['十万', 100000],
    ['二十万', 200000],
    ['一万二千', 12000],
    ['一万零五', 10005],
    ['一亿', 100000000],
    ['一亿二千万', 120000000],
    // units on both sides of 万/亿: the small units start again after the big one
    ['十万五千', 105000],
    ['一千二百万三千', 12003000],
    ['三亿零五百万', 305000000],
    ['一亿二千三百四十五万六千七百八十九', 123456789],
    // a 万 with nothing of its own after a 亿 adds nothing (一亿万 is 一亿): only a big unit with nothing
    // at all before it is refused (万 alone)
    ['一亿万', 100000000],
    ['三亿零万', 300000000],
    ['二〇二二', 2022],
    // spaces around the numeral (a spreadsheet cell) are not part of it
    [' 十二 ', 12],
  ])('%s → %d', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each<[string]>([['一百一百'], ['一十一百'], ['一万一万'], ['一万一亿']])(
    'rejects units that repeat or rise inside a number: %j',
    (input) => {
      expect(parseChineseNumber(input)).toBeNull();
    },
  );

  it.each<[string]>([
    [''],
    ['  '],
    ['万'],
    ['百'],
    ['十十'],
    ['二三十'],
    ['12'],
    ['十二大'],
    ['abc'],
    ['一,二'],
    // 十 after a completed 百 needs its digit (一百一十), and 零 is not that digit
    ['一百十'],
    ['一百零十'],
    // a digit after another digit, even after a 零 (一百零五 is fine, 一百零五六 is not)
    ['一百零五六'],
  ])('rejects %j', (input) => {
    expect(parseChineseNumber(input)).toBeNull();
  });
});

describe('numbersIn', () => {
  it.each<[string, number[]]>([
    ['立案74件', [74]],
    ['共收到提案84件,立案74件', [84, 74]],
    ['累计阅读量约25.6万人次', [25.6, 256000]],
    ['委员留贴发言1万余条', [1, 10000]],
    ['编辑专题文史资料20余万字', [20, 200000]],
    ['项目合同投资总额306亿元', [306, 30600000000]],
    ['等十二项重点学习', [12]],
    ['两次委员线上读书活动', [2]],
    ['市金融办等四个部门', [4]],
    ['参与15958人次', [15958]],
    ['合计1,250人次', [1250, 1, 250]],
    // every separator removed, not only the first
    ['合计1,234,567人次', [1234567, 1, 234, 567]],
    // decimals after thousands separators, scaled by 万
    ['共1,234.56万元', [1, 1234.56, 12345600, 234.56, 2345600]],
    // 万 scales only the number right before it
    ['20人，万', [20]],
    // a run cannot start with 万: 万一千 reads as 一千
    ['万一千人', [1000]],
    ['二十余万字', [20, 200000]],
    ['万元', []],
    // a separator group is exactly three digits after one to three leading ones
    ['共12,345人', [12345, 12, 345]],
    // every decimal digit belongs to the number
    ['增长3.14倍', [3.14]],
    // a numeral with 万 inside it is still scaled by a 万 after it: 一万五千多万 is 15,000 × 10,000
    ['投资一万五千多万元', [15000, 150000000]],
    // a numeral that already ends in 万 is not scaled again by a later 万
    ['一万余万字', [10000]],
    ['组织各类理论学习', []],
  ])('%s', (text, expected) => {
    const found = numbersIn(text);
    for (const n of expected) expect(found).toContain(n);
    expect(found).toHaveLength(expected.length);
  });

  it('finds numbers in mixed text with both scripts', () => {
    const found = numbersIn('社员中各级人大代表、政协委员215人次,十余次');
    expect(found).toEqual(expect.arrayContaining([215, 10]));
  });
});

describe('findNumbers positions', () => {
  it('reports start, digit end and scaled end', () => {
    const text = '约25.6万人次';
    const scaled = findNumbers(text).find((t) => t.value === 256000);
    expect(scaled).toMatchObject({ start: 1, numEnd: 5, end: 6, kind: 'arabic' });
  });

  it('keeps the 余 between a number and 万 outside the digits', () => {
    const text = '20余万字';
    const scaled = findNumbers(text).find((t) => t.value === 200000);
    expect(scaled).toMatchObject({ start: 0, numEnd: 2, end: 4 });
    expect(text.slice(scaled?.numEnd ?? 0)).toMatch(/^余/u);
  });

  it('lists numbers in text order, a scaled token after its base', () => {
    expect(findNumbers('两篇1万份')).toEqual([
      { value: 2, start: 0, numEnd: 1, end: 1, kind: 'chinese' },
      { value: 1, start: 2, numEnd: 3, end: 3, kind: 'arabic' },
      { value: 10000, start: 2, numEnd: 3, end: 4, kind: 'arabic' },
    ]);
  });

  it('starts a run after the 万 it cannot start with', () => {
    expect(findNumbers('万一千人')).toEqual([{ value: 1000, start: 1, numEnd: 3, end: 3, kind: 'chinese' }]);
  });

  it('gives each part of "1,250" its own position', () => {
    expect(findNumbers('1,250')).toEqual([
      { value: 1, start: 0, numEnd: 1, end: 1, kind: 'arabic' },
      { value: 1250, start: 0, numEnd: 5, end: 5, kind: 'arabic' },
      { value: 250, start: 2, numEnd: 5, end: 5, kind: 'arabic' },
    ]);
  });

  it('falls back to single characters, at their positions, when a run is not one numeral', () => {
    expect(findNumbers('共一二十')).toEqual([
      { value: 1, start: 1, numEnd: 2, end: 2, kind: 'chinese' },
      { value: 2, start: 2, numEnd: 3, end: 3, kind: 'chinese' },
      { value: 10, start: 3, numEnd: 4, end: 4, kind: 'chinese' },
    ]);
  });

  it('marks Chinese numerals as such', () => {
    expect(findNumbers('两篇论文')).toEqual([{ value: 2, start: 0, numEnd: 1, end: 1, kind: 'chinese' }]);
  });
});
