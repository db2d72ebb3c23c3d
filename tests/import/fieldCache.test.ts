import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedReader } from '../../src/import/delimitedReader';
import { FieldCache } from '../../src/import/fieldCache';
import { Utf8DelimitedReader } from '../../src/import/utf8Reader';

type Reader = DelimitedReader | Utf8DelimitedReader;
/** Both readers: the text one is looked up by hash and compare, the byte one by its field ids. */
const READERS: Array<[string, (csv: string) => Reader]> = [
  ['text', (csv) => new DelimitedReader(csv, ',')],
  ['bytes', (csv) => new Utf8DelimitedReader(new TextEncoder().encode(csv), ',')],
];

/** Every record's field 0 looked up (and filled on a miss) through the cache: what each lookup returned. */
function throughCache(csv: string, read: (csv: string) => Reader = READERS[0]![1]): string[] {
  const cache = new FieldCache<string>();
  const r = read(csv);
  const seen: string[] = [];
  while (r.next()) seen.push((cache.get(r, 0) ?? cache.set(r, 0, `<${r.field(0)}>`)).value);
  return seen;
}

describe.each(READERS)(
  'FieldCache: a lookup in place gives what the field text gives (%s reader)',
  (_kind, read) => {
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
      {
        // the same bytes between the quotes and unquoted: a"b and a""b are two texts
        name: 'doubled quotes in a quoted field and the same bytes unquoted',
        csv: '"a""b",1\na""b,2\n"a""b",3\n',
        expected: ['<a"b>', '<a""b>', '<a"b>'],
      },
    ])('$name', ({ csv, expected }) => {
      expect(throughCache(csv, read)).toEqual(expected);
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
          expect(throughCache(csv, read)).toEqual(clean.map((n) => `<${n}>`));
        }),
      );
    });
  },
);

describe('FieldCache over the byte reader when its table of field ids is full', () => {
  it('goes on by hash and compare, and still finds every name, early and late ones', () => {
    // more distinct names than the reader gives ids to (65,536), then the first and the last again
    const names = Array.from({ length: 70_000 }, (_, i) => `n${i}`);
    const csv = [...names, 'n0', 'n69999', 'n65535', 'n65536'].map((n) => `${n},1\n`).join('');
    const seen = throughCache(csv, READERS[1]![1]);
    expect(seen).toEqual([...names, 'n0', 'n69999', 'n65535', 'n65536'].map((n) => `<${n}>`));
  });
});

describe('FieldCache: texts that share a hash bucket', () => {
  // "glbvs" and "yacxa" have the same 32-bit FNV-1a hash (found by search): the bucket holds both, and
  // only the text compare inside it tells them apart. Without it the second place would be read as the first.
  it('each text gets its own value, in either order and again', () => {
    expect(throughCache('glbvs,1\nyacxa,2\nglbvs,3\nyacxa,4\n')).toEqual([
      '<glbvs>',
      '<yacxa>',
      '<glbvs>',
      '<yacxa>',
    ]);
    const r = new DelimitedReader('glbvs,1\nyacxa,2\n', ',');
    r.next();
    const h = r.fieldHash(0);
    r.next();
    expect(r.fieldHash(0)).toBe(h);
  });
});

/**
 * Every lookup through the cache, each miss working the value out anew with a counter: what each
 * lookup returned and how many times a value was worked out. A cache that never finds what it was
 * given gives the same texts, but works every cell out again (a million name lookups on a large file).
 */
function counted(csv: string, read: (csv: string) => Reader): { seen: string[]; workedOut: number } {
  const cache = new FieldCache<string>();
  const r = read(csv);
  const seen: string[] = [];
  let workedOut = 0;
  while (r.next()) seen.push((cache.get(r, 0) ?? cache.set(r, 0, `${r.field(0)}#${workedOut++}`)).value);
  return { seen, workedOut };
}

describe.each(READERS)(
  'FieldCache finds what it was given: each text is worked out once (%s reader)',
  (_kind, read) => {
    it.each([
      { name: 'one name on every row', csv: 'a,1\na,2\na,3\n', seen: ['a#0', 'a#0', 'a#0'], workedOut: 1 },
      {
        name: 'a name again after another (found in its bucket, not as the last one)',
        csv: 'a,1\nb,2\na,3\nb,4\n',
        seen: ['a#0', 'b#1', 'a#0', 'b#1'],
        workedOut: 2,
      },
      {
        name: 'the first name the reader numbers (id 0) again after others',
        csv: 'x,1\ny,2\nz,3\nx,4\n',
        seen: ['x#0', 'y#1', 'z#2', 'x#0'],
        workedOut: 3,
      },
      {
        name: 'a quoted field with doubled quotes is worked out each time (it never compares in place)',
        csv: '"a""b",1\nc,2\n"a""b",3\nc,4\n',
        seen: ['a"b#0', 'c#1', 'a"b#2', 'c#1'],
        workedOut: 3,
      },
    ])('$name', ({ csv, seen, workedOut }) => {
      expect(counted(csv, read)).toEqual({ seen, workedOut });
    });

    it('for any sequence of names: a name without doubled quotes is worked out once, then found', () => {
      const name = fc.oneof(
        fc.constantFrom('嘉兴', '嘉兴市', 'a', 'ab', '', 'a"b', 'x,y', ' a'),
        fc.string({ maxLength: 4 }),
      );
      fc.assert(
        fc.property(fc.array(name, { maxLength: 40 }), (names) => {
          const clean = names.map((n) => n.replace(/[\r\n]/g, ''));
          const csv = clean.map((n) => `"${n.replace(/"/g, '""')}",1\n`).join('');
          const first = new Map<string, string>();
          let workedOut = 0;
          const seen = clean.map((n) => {
            if (n.includes('"')) return `${n}#${workedOut++}`;
            if (!first.has(n)) first.set(n, `${n}#${workedOut++}`);
            return first.get(n)!;
          });
          expect(counted(csv, read)).toEqual({ seen, workedOut });
        }),
      );
    });
  },
);
