import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedReader } from '../../src/import/delimitedReader';
import { FieldCache } from '../../src/import/fieldCache';

/** Every record's field 0 looked up (and filled on a miss) through the cache: what each lookup returned. */
function throughCache(csv: string): string[] {
  const cache = new FieldCache<string>();
  const r = new DelimitedReader(csv, ',');
  const seen: string[] = [];
  while (r.next()) seen.push((cache.get(r, 0) ?? cache.set(r, 0, `<${r.field(0)}>`)).value);
  return seen;
}

describe('FieldCache: a lookup in place gives what the field text gives', () => {
  it.each([
    {
      name: 'a run of one name, then another, then the first again',
      csv: 'a,1\na,2\nb,3\na,4\n',
      expected: ['<a>', '<a>', '<b>', '<a>'],
    },
    {
      name: 'a prefix of the previous name is not it',
      csv: 'jiaxing,1\njiaxin,2\njiaxing,3\n',
      expected: ['<jiaxing>', '<jiaxin>', '<jiaxing>'],
    },
    { name: 'empty cells', csv: ',1\na,2\n,3\n', expected: ['<>', '<a>', '<>'] },
    {
      name: 'a quoted field with doubled quotes is read as its text',
      csv: '"a""b",1\n"a""b",2\nx,3\n',
      expected: ['<a"b>', '<a"b>', '<x>'],
    },
    { name: 'the same text quoted and unquoted', csv: '"ab",1\nab,2\n', expected: ['<ab>', '<ab>'] },
  ])('$name', ({ csv, expected }) => {
    expect(throughCache(csv)).toEqual(expected);
  });

  it('for any sequence of names (CJK, quotes, commas included)', () => {
    const name = fc.oneof(
      fc.constantFrom('嘉兴', '嘉兴市', 'a', 'ab', '', 'a"b', 'x,y', ' a'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), (names) => {
        const clean = names.map((n) => n.replace(/[\r\n]/g, ''));
        const csv = clean.map((n) => `"${n.replace(/"/g, '""')}",1\n`).join('');
        expect(throughCache(csv)).toEqual(clean.map((n) => `<${n}>`));
      }),
    );
  });
});
