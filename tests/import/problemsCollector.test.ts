import { describe, expect, it } from 'vitest';
import { ProblemCollector, problemMessage } from '../../src/import/problems';

// What the analyst reads for a bad cell: row, column, value and reason in both languages; every
// problem counted, the first ones kept, in row order.

describe('problemMessage: the location first, then the reason', () => {
  it.each<{ name: string; row: number; column: string; zh: string; en: string }>([
    {
      name: 'a row and a column',
      row: 12,
      column: '数值',
      zh: '第12行“数值”列：“abc”不是数字。',
      en: 'Row 12, column “数值”: “abc” is not a number.',
    },
    {
      name: 'a row only',
      row: 3,
      column: '',
      zh: '第3行：“abc”不是数字。',
      en: 'Row 3: “abc” is not a number.',
    },
    {
      name: 'the whole file (row 0)',
      row: 0,
      column: '数值',
      zh: '“abc”不是数字。',
      en: '“abc” is not a number.',
    },
    {
      name: 'row 1 is a row',
      row: 1,
      column: '',
      zh: '第1行：“abc”不是数字。',
      en: 'Row 1: “abc” is not a number.',
    },
  ])('$name', ({ row, column, zh, en }) => {
    expect(problemMessage(row, column, 'problemNotANumber', { value: 'abc' })).toEqual({ zh, en });
  });

  it('a bilingual variable reads in each language, a number as it is', () => {
    expect(
      problemMessage(2, '', 'problemNegative', {
        value: -3,
        indicator: { zh: '立案提案', en: 'Proposals filed' },
      }),
    ).toEqual({
      zh: '第2行：-3是负数；“立案提案”的数量不能小于 0。',
      en: 'Row 2: -3 is negative; a count of “Proposals filed” cannot be below 0.',
    });
  });
});

describe('ProblemCollector', () => {
  it('keeps each problem with its defaults, the value in the message', () => {
    const c = new ProblemCollector();
    c.add({ kind: 'not_a_number', row: 5, column: '数值', value: 'x', reason: 'problemNotANumber' });
    c.add({ kind: 'not_a_number', severity: 'warning', row: 6, reason: 'problemNotANumber', byteOffset: 0 });
    expect(c.kept).toEqual([
      {
        kind: 'not_a_number',
        severity: 'error',
        row: 5,
        column: '数值',
        value: 'x',
        message: { zh: '第5行“数值”列：“x”不是数字。', en: 'Row 5, column “数值”: “x” is not a number.' },
      },
      {
        kind: 'not_a_number',
        severity: 'warning',
        row: 6,
        column: '',
        value: '',
        message: { zh: '第6行：“”不是数字。', en: 'Row 6: “” is not a number.' },
        byteOffset: 0,
      },
    ]);
    expect('byteOffset' in c.kept[0]!).toBe(false);
  });

  it('a variable given with the problem wins over its value', () => {
    const c = new ProblemCollector();
    c.add({
      kind: 'not_a_number',
      row: 1,
      value: 'raw',
      reason: 'problemNotANumber',
      vars: { value: 'shown' },
    });
    expect(c.kept[0]!.message.zh).toBe('第1行：“shown”不是数字。');
    expect(c.kept[0]!.value).toBe('raw');
  });

  it('counts every problem by kind, keeps only the first ones up to the limit', () => {
    const c = new ProblemCollector(2);
    for (const [kind, row] of [
      ['not_a_number', 1],
      ['negative_count', 2],
      ['not_a_number', 3],
      ['not_a_number', 4],
    ] as const)
      c.add({ kind, row, reason: 'problemNotANumber' });
    expect(c.total).toBe(4);
    expect(c.counts).toEqual({ not_a_number: 3, negative_count: 1 });
    expect(c.kept.map((p) => p.row)).toEqual([1, 2]);
  });

  it('sorted: row order, file-level first, same-row problems in the order added', () => {
    const c = new ProblemCollector();
    for (const [row, value] of [
      [3, 'a'],
      [1, 'b'],
      [0, 'file'],
      [3, 'c'],
      [1, 'd'],
      [2, 'e'],
      [3, 'f'],
    ] as const)
      c.add({ kind: 'not_a_number', row, value, reason: 'problemNotANumber' });
    expect(c.sorted().map((p) => `${p.row}${p.value}`)).toEqual([
      '0file',
      '1b',
      '1d',
      '2e',
      '3a',
      '3c',
      '3f',
    ]);
    // the kept list itself stays in the order added
    expect(c.kept.map((p) => p.value)).toEqual(['a', 'b', 'file', 'c', 'd', 'e', 'f']);
  });
});
