import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqlMutantPlugin } from '../../scripts/mutation/sqlMutantPlugin';
import { applySqlMutant, SQL_MUTANTS, SQL_QUERY_MODULES } from '../../scripts/mutation/sqlMutants';

const root = path.resolve(import.meta.dirname, '../..');

describe('the hand-written SQL mutants', () => {
  it.each(SQL_MUTANTS.map((m) => [m.id, m] as const))(
    '%s still applies to its query module, exactly once, and changes it',
    (_id, mutant) => {
      const query = SQL_QUERY_MODULES[mutant.module];
      const source = fs.readFileSync(path.join(root, query.file), 'utf8');
      const applied = applySqlMutant(source, mutant);
      expect(applied).toMatchObject({ ok: true });
      if (applied.ok) expect(applied.source).not.toBe(source);
      for (const test of query.tests) expect(fs.existsSync(path.join(root, test)), test).toBe(true);
    },
  );

  it('have unique ids', () => {
    expect(new Set(SQL_MUTANTS.map((m) => m.id)).size).toBe(SQL_MUTANTS.length);
  });

  it.each([
    {
      name: 'replaces the one occurrence',
      source: 'a RANK() b',
      expected: { ok: true, source: 'a DENSE_RANK() b' },
    },
    {
      name: 'reports text that is gone',
      source: 'a ROW_NUMBER() b',
      expected: { ok: false, reason: 'not found' },
    },
    {
      name: 'refuses an ambiguous search',
      source: 'RANK() RANK()',
      expected: { ok: false, reason: 'ambiguous' },
    },
  ])('applySqlMutant $name', ({ source, expected }) => {
    expect(applySqlMutant(source, { find: 'RANK()', replace: 'DENSE_RANK()' })).toEqual(expected);
  });
});

describe('the Vite plugin that applies one SQL mutant', () => {
  const mutant = SQL_MUTANTS.find((m) => m.id === 'comparison-dense-rank')!;
  const file = path.join(root, SQL_QUERY_MODULES[mutant.module].file);
  const source = fs.readFileSync(file, 'utf8');
  const transform = (id: string, mutantId?: string) => {
    const plugin = sqlMutantPlugin(root, mutantId);
    return (plugin.transform as (code: string, id: string) => { code: string } | null)(source, id);
  };

  it('changes only the mutant’s module, and only when a mutant is named', () => {
    expect(transform(file, mutant.id)?.code).toContain('DENSE_RANK() OVER (PARTITION BY indicator_id, grp');
    expect(transform(`${file}?v=1`, mutant.id)?.code).toContain(
      'DENSE_RANK() OVER (PARTITION BY indicator_id, grp',
    );
    expect(transform(path.join(root, 'src/queries/trend.ts'), mutant.id)).toBeNull();
    expect(transform(file)).toBeNull();
  });

  it('refuses an unknown mutant instead of silently testing the original', () => {
    expect(() => sqlMutantPlugin(root, 'no-such-mutant')).toThrow(/unknown SQL mutant/);
  });
});
