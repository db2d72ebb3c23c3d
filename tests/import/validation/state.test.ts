import { describe, expect, it } from 'vitest';
import { jurisdictionIndex } from '../../../src/import/nameIndex';
import { ProblemCollector } from '../../../src/import/problems';
import {
  CellState,
  MIN_YEAR,
  RowFlags,
  RowState,
  UnknownNames,
  type FileContext,
} from '../../../src/import/validation/state';
import { bundledCatalog } from '../bundledCatalog';

// The state the validation rules share: the rejected-row count (the "N rows rejected" figure), the
// unknown names offered for resolution, and how a rule reports an error or a warning.

const catalog = bundledCatalog();

describe('RowFlags: the rejected-row count', () => {
  it.each([
    ['each row counted once however many errors it has', [2, 2, 3, 2], 2],
    ['row 0 (a header-level problem) is a row like any other', [0, 0, 1], 2],
    ['the last row of the first block (1,023) counts', [1023, 1023], 1],
    ['rows past the first 1,024 grow the flags and still count once', [1024, 1024, 5000, 5000, 7], 3],
    ['a far row after a near one keeps the near one flagged', [3, 100_000, 3], 2],
  ])('%s', (_name, rows, count) => {
    const flags = new RowFlags();
    for (const r of rows) flags.mark(r);
    expect(flags.count).toBe(count);
  });
});

it('RowFlags.has tells the rows marked, before and after growing', () => {
  const flags = new RowFlags();
  flags.mark(3);
  flags.mark(5000);
  expect([2, 3, 4, 4999, 5000, 5001, 99_999].map((r) => flags.has(r))).toEqual([
    false,
    true,
    false,
    false,
    true,
    false,
    false,
  ]);
});

describe('UnknownNames: names offered for resolution', () => {
  const index = jurisdictionIndex(catalog.jurisdictions);

  it('one entry per normalized name, first spelling and column kept, every row counted', () => {
    const u = new UnknownNames(index);
    u.note('火星市', 2, '地区');
    u.note(' 火星市 ', 5, '地区2');
    u.note('木星', 7, '地区');
    const list = u.list();
    expect(list.map((x) => [x.name, x.rows, x.count, x.column])).toEqual([
      ['火星市', [2, 5], 2, '地区'],
      ['木星', [7], 1, '地区'],
    ]);
  });

  it('keeps the first 50 rows of a name but counts all of them', () => {
    const u = new UnknownNames(index);
    for (let r = 1; r <= 120; r++) u.note('火星市', r, '地区');
    const [only] = u.list();
    expect(only!.count).toBe(120);
    expect(only!.rows).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('each listed name carries the index’s suggestions for it', () => {
    const u = new UnknownNames(index);
    u.note('嘉兴市政协', 2, '地区');
    const [entry] = u.list();
    expect(entry!.suggestions).toEqual(index.suggest('嘉兴市政协'));
    expect(entry!.suggestions.length).toBeGreaterThan(0);
  });

  it('an index with no unknown names lists nothing', () => {
    expect(new UnknownNames(index).list()).toEqual([]);
  });
});

describe('RowState: how a rule reports', () => {
  const stateWith = () => {
    const problems = new ProblemCollector();
    const s = new RowState({ problems } as unknown as FileContext);
    return { s, problems };
  };

  it('fail records an error and keeps the row out', () => {
    const { s, problems } = stateWith();
    expect(s.ok).toBe(true);
    s.fail({ kind: 'not_a_number', row: 4, column: '数值', value: 'abc', reason: 'problemNotANumber' });
    expect(s.ok).toBe(false);
    expect(problems.sorted().map((p) => [p.kind, p.severity, p.row, p.column, p.value])).toEqual([
      ['not_a_number', 'error', 4, '数值', 'abc'],
    ]);
  });

  it('warn records a warning and leaves the row in', () => {
    const { s, problems } = stateWith();
    s.warn({ kind: 'ragged_row', row: 3, reason: 'problemRagged', vars: { count: 2, expected: 4 } });
    expect(s.ok).toBe(true);
    expect(problems.sorted().map((p) => [p.kind, p.severity, p.row])).toEqual([['ragged_row', 'warning', 3]]);
  });

  it('a fresh row state has resolved nothing yet', () => {
    const { s } = stateWith();
    expect([s.row, s.j, s.y, s.ind, s.rowQualifier, s.rowComparable, s.jCell, s.iCell]).toEqual([
      0,
      -1,
      -1,
      -1,
      null,
      '',
      null,
      null,
    ]);
  });
});

it('a fresh cell state has read nothing yet', () => {
  const c = new CellState();
  expect([c.ind, c.year, c.indicator, c.plain, c.text, c.value, c.qualifier, c.percent]).toEqual([
    -1,
    -1,
    null,
    false,
    '',
    0,
    null,
    false,
  ]);
  expect([c.failure, c.unit, c.unitColumn]).toEqual([null, '', '']);
});

it('the earliest year accepted is 1949', () => {
  expect(MIN_YEAR).toBe(1949);
});
