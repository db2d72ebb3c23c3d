import { describe, expect, it } from 'vitest';
import {
  EMPTY_RESULTS,
  mutationMarkdown,
  README_END,
  README_START,
  withMutationSection,
  type MutationResults,
} from '../../scripts/mutation/report';
import { combineScores, originalText, scoreModule, type MutantOutcome } from '../../scripts/mutation/score';

const at = (line: number, column: number, endColumn: number) => ({
  start: { line, column },
  end: { line, column: endColumn },
});
const mutant = (status: MutantOutcome['status'], extra: Partial<MutantOutcome> = {}): MutantOutcome => ({
  fileName: 'src/a.ts',
  mutatorName: 'EqualityOperator',
  replacement: 'a <= b',
  status,
  location: at(2, 5, 10),
  ...extra,
});
const SOURCE = 'const x = 1;\nif (a < b) f();\n';

describe('mutation score per module', () => {
  it('is detected ÷ valid: killed and timeout detected, survived and no coverage not; the rest (a survivor no test ran against included) not scored', () => {
    const r = scoreModule(
      [
        ...Array.from({ length: 6 }, () => mutant('Killed')),
        mutant('Timeout'),
        mutant('Survived'),
        mutant('NoCoverage'),
        mutant('Survived', { testsCompleted: 0 }),
        mutant('CompileError'),
        mutant('RuntimeError'),
        mutant('Ignored'),
      ],
      () => SOURCE,
      [],
    );
    expect(r.counts).toEqual({
      killed: 6,
      timeout: 1,
      survived: 1,
      noCoverage: 1,
      noTestRan: 1,
      compileError: 1,
      runtimeError: 1,
      ignored: 1,
    });
    expect(r.score).toBe(77.8); // 7 of 9
    expect(r.scoreExcludingEquivalent).toBe(77.8);
    expect(r.survivors.map((s) => [s.file, s.line, s.original, s.status])).toEqual([
      ['src/a.ts', 2, 'a < b', 'Survived'],
      ['src/a.ts', 2, 'a < b', 'NoCoverage'],
      ['src/a.ts', 2, 'a < b', 'NoTestRan'],
    ]);
  });

  it('leaves a listed equivalent mutant out of the second score, matched on file, mutator and text', () => {
    const equivalent = {
      file: 'src/a.ts',
      mutator: 'EqualityOperator',
      original: 'a < b',
      replacement: 'a <= b',
      reason: 'a and b are never equal here',
    };
    const results = [mutant('Killed'), mutant('Survived'), mutant('Survived', { replacement: 'a >= b' })];
    const r = scoreModule(results, () => SOURCE, [equivalent]);
    expect(r.score).toBe(33.3);
    expect(r.scoreExcludingEquivalent).toBe(50);
    expect(r.survivors.map((s) => s.equivalent)).toEqual(['a and b are never equal here', undefined]);
  });

  it('matches an equivalent given with a line only on that line (the same text mutated elsewhere is not excused)', () => {
    const onLine2 = {
      file: 'src/a.ts',
      mutator: 'EqualityOperator',
      original: 'a < b',
      replacement: 'a <= b',
      line: 2,
      reason: 'here a and b are never equal',
    };
    const elsewhere = { start: { line: 5, column: 5 }, end: { line: 5, column: 10 } };
    const source = `${SOURCE}\n\nif (a < b) g();\n`;
    const r = scoreModule([mutant('Survived'), mutant('Survived', { location: elsewhere })], () => source, [
      onLine2,
    ]);
    expect(r.survivors.map((s) => [s.line, s.equivalent])).toEqual([
      [2, 'here a and b are never equal'],
      [5, undefined],
    ]);
    expect(combineScores([r], [onLine2]).survivors.map((s) => s.equivalent !== undefined)).toEqual([
      true,
      false,
    ]);
  });

  it('has no score when nothing could be mutated', () => {
    expect(scoreModule([mutant('CompileError')], () => SOURCE, []).score).toBeNull();
  });

  it('adds up files measured one at a time, and marks a survivor listed as equivalent after it was measured', () => {
    const a = scoreModule([mutant('Killed'), mutant('Killed'), mutant('Survived')], () => SOURCE, []);
    const b = scoreModule(
      [mutant('Killed', { fileName: 'src/b.ts' }), mutant('NoCoverage', { fileName: 'src/b.ts' })],
      () => SOURCE,
      [],
    );
    const listedLater = {
      file: 'src/a.ts',
      mutator: 'EqualityOperator',
      original: 'a < b',
      replacement: 'a <= b',
      reason: 'never equal',
    };
    const both = combineScores([a, b], [listedLater]);
    expect(both.counts).toMatchObject({ killed: 3, survived: 1, noCoverage: 1 });
    expect(both.score).toBe(60); // 3 of 5
    expect(both.scoreExcludingEquivalent).toBe(75); // 3 of 4
    expect(both.survivors.map((s) => [s.file, s.status, s.equivalent])).toEqual([
      ['src/a.ts', 'Survived', 'never equal'],
      ['src/b.ts', 'NoCoverage', undefined],
    ]);
    // an entry removed from equivalents.ts no longer excuses the survivor
    expect(combineScores([both], []).survivors.map((s) => s.equivalent)).toEqual([undefined, undefined]);
  });

  it('reads the original text across lines', () => {
    expect(originalText('ab\ncd\nef', { start: { line: 1, column: 2 }, end: { line: 3, column: 2 } })).toBe(
      'b\ncd\ne',
    );
  });
});

describe('the README mutation section', () => {
  it.each([
    {
      name: 'an empty section is filled',
      readme: `# T\n${README_START}\n${README_END}\n## Next\n`,
      expected: `# T\n${README_START}\n| a |\n${README_END}\n## Next\n`,
    },
    {
      name: 'an earlier table is replaced, the rest kept',
      readme: `# T\n${README_START}\nold\n${README_END}\n## Next\n`,
      expected: `# T\n${README_START}\n| a |\n${README_END}\n## Next\n`,
    },
    { name: 'no markers: left alone', readme: '# T\n', expected: null },
    { name: 'markers out of order: left alone', readme: `${README_END}\n${README_START}\n`, expected: null },
  ])('$name', ({ readme, expected }) => {
    expect(withMutationSection(readme, '\n| a |\n\n')).toBe(expected);
  });

  const results: MutationResults = {
    stryker: {
      data: {
        date: '2026-11-28',
        target: 85,
        files: ['src/a.ts'],
        durationSeconds: 1,
        ...scoreModule([mutant('Killed'), mutant('Survived')], () => SOURCE, []),
      },
    },
    sql: {
      date: '2026-11-28',
      mutants: [
        { id: 'm1', module: 'ranking', kind: 'tie rule', effect: 'ties | split', status: 'killed' },
        { id: 'm2', module: 'trend', kind: 'qualifier', effect: 'marks lost', status: 'survived' },
      ],
    },
  };
  const modules = [
    { name: 'data', target: 85 },
    { name: 'import', target: 90 },
  ];

  it('shows each module’s score against its target, and what is not measured yet', () => {
    const md = mutationMarkdown(results, modules);
    expect(md).toContain(
      '| data | 2026-11-28 | 2 | 1 | 0 | 1 | 0 | 0 | 50.0% | 50.0% | ≥ 85% | **not met**; 1 survivor(s) not yet killed or explained | 0 |',
    );
    expect(md).toContain('| import | not measured yet |');
    expect(md).toContain('| src/a.ts:2 | Survived | EqualityOperator: `a < b` → `a <= b` |');
  });

  it('marks a module measured on some of its files as partial', () => {
    const partial: MutationResults = {
      ...results,
      stryker: { data: { ...results.stryker.data!, partialOf: 3 } },
    };
    expect(mutationMarkdown(partial, modules)).toContain(
      '| data | 2026-11-28 (partial: src/a.ts; 1 of 3 files) |',
    );
    expect(mutationMarkdown(partial, modules)).toContain(
      '**not met** on the files measured so far; 1 survivor(s) not yet killed or explained',
    );
  });

  it('lists each file measured on its own with its score and minutes', () => {
    const { counts, survivors } = results.stryker.data!;
    const perFile: MutationResults = {
      ...results,
      stryker: {
        data: {
          ...results.stryker.data!,
          byFile: { 'src/a.ts': { date: '2026-11-28', durationSeconds: 420, counts, survivors } },
        },
      },
    };
    expect(mutationMarkdown(perFile, modules)).toContain(
      '| data | src/a.ts | 2026-11-28 | 2 | 1 | 0 | 50.0% | 7 |',
    );
    expect(mutationMarkdown(results, modules)).not.toContain('Per file');
  });

  it('names the test files a file was measured with when they were narrowed (--tests): a lower bound', () => {
    const { counts, survivors } = results.stryker.data!;
    const narrowed: MutationResults = {
      ...results,
      stryker: {
        data: {
          ...results.stryker.data!,
          byFile: {
            'src/a.ts': {
              date: '2026-11-28',
              durationSeconds: 60,
              counts,
              survivors,
              tests: ['src/a.test.ts'],
            },
          },
        },
      },
    };
    expect(mutationMarkdown(narrowed, modules)).toContain(
      '| data | src/a.ts | 2026-11-28 (tests: src/a.test.ts) | 2 | 1 | 0 | 50.0% | 1 |',
    );
  });

  it('lists every SQL mutant with its result, escaping table pipes', () => {
    const md = mutationMarkdown(results, modules);
    expect(md).toContain('1 of 2 killed (1 survived, 0 stale).');
    expect(md).toContain('| m1 | ranking | tie rule | ties \\| split | killed |');
    expect(md).toContain('| m2 | trend | qualifier | marks lost | **survived** |');
    expect(mutationMarkdown(EMPTY_RESULTS, modules)).toContain('Not measured yet.');
  });
});
