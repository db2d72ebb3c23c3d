import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedReader, type RecordSource } from '../../src/import/delimitedReader';
import { DELIMITERS } from '../../src/import/types';
import { Utf8DelimitedReader } from '../../src/import/utf8Reader';

const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];

/** Everything a consumer can ask of each record, as one comparable value. */
function transcript(r: RecordSource & { spanText(s: number, e: number): string }, probes: readonly string[]) {
  const out: unknown[] = [];
  while (r.next()) {
    const fields = [];
    for (let i = 0; i <= r.count; i++) {
      const start = r.spans!.fieldStart(i);
      fields.push({
        text: r.field(i),
        int: r.intField(i),
        itself: r.fieldIs(i, r.field(i)),
        probes: probes.map((p) => r.fieldIs(i, p)),
        span: r.spanText(start, r.spans!.fieldEnd(i)),
        escaped: start < -1,
      });
    }
    out.push({ row: r.row, count: r.count, blank: r.isBlank(), defect: r.defect, fields });
  }
  // a fraction of characters or of bytes: only its end is comparable
  out.push({ done: r.progress() >= 1 });
  return out;
}

function bothReaders(text: string, delimiter: string, bom = false, probes: readonly string[] = []) {
  const bytes = Uint8Array.from([...(bom ? BOM : []), ...utf8(text)]);
  return {
    text: transcript(new DelimitedReader(text, delimiter), probes),
    bytes: transcript(new Utf8DelimitedReader(bytes, delimiter, bom ? 3 : 0), probes),
  };
}

describe('Utf8DelimitedReader reads the bytes as DelimitedReader reads the decoded text', () => {
  it.each<[string, string, string]>([
    ['plain LF lines', 'a,b\n1,2\n', ','],
    ['CRLF line ends', 'a,b\r\n1,2\r\n', ','],
    ['bare CR line ends', 'a,b\r1,2\r', ','],
    ['a bare CR ends the last line', 'a,b\r', ','],
    ['CR then LF split by a field', 'a\r,b\n', ','],
    ['no final line break', 'a,b\n1,2', ','],
    ['a quoted last field without a line break', 'a,"b"', ','],
    ['a quoted field, then a delimiter, at the end', 'a,"b",', ','],
    ['a trailing delimiter', 'a,b,\n', ','],
    ['quoted comma and CJK', '嘉兴,"1,234"\r\n', ','],
    ['doubled quotes', 'a,"say ""hi"""\n', ','],
    ['a quote inside a field is text', 'a,b"c,d\n', ','],
    ['a quote inside the last field, no break', 'a,b"c', ','],
    ['quoted line break', 'a,"x\ny"\nb,z\n', ','],
    ['quoted CRLF', '"x\r\ny",1\r\n', ','],
    ['quoted bare CR', '"x\ry",1\n', ','],
    ['text after the closing quote', '"三服务"活动,1\n', ','],
    ['quote closed then CR without LF', '"a"\rb,c\n', ','],
    ['an unclosed quote', 'a,"b\nc,d\n', ','],
    ['an unclosed quote at the end', 'a,"b', ','],
    ['closed lines later with text after it', 'a,"b\nc"d,e\nf,g\n', ','],
    ['blank lines and spreadsheet-empty rows', '\n,,\n \t\n\r\n', ','],
    ['astral characters', '𠀀,"𠀁"\n', ','],
    ['tabs', '地区\t数值\n嘉兴\t"1\t2"\n', '\t'],
    ['semicolons', 'a;"b;c";d\n', ';'],
    ['pipes', 'a|b\n', '|'],
    ['numbers', '0,007,123456789012345,1234567890123456,1.5,-3\n', ','],
    // a record holds 32 fields before its arrays grow: a wide sheet (one column per year and indicator)
    ['a record of 33 fields', `${'a,'.repeat(32)}b\n1,2\n`, ','],
    ['a record of 100 fields, quoted', `${'"a",'.repeat(99)}"b"\n`, ','],
    ['a record of 70 fields on the general path (bare CR)', `${'a,'.repeat(69)}b\r1\r`, ','],
  ])('%s', (_name, text, delimiter) => {
    const probes = ['', 'a', '嘉兴', '𠀀', '"'];
    const { text: fromText, bytes } = bothReaders(text, delimiter, false, probes);
    expect(bytes).toEqual(fromText);
    expect(bothReaders(text, delimiter, true, probes).bytes).toEqual(fromText);
  });

  it('on random text with CJK, quotes, delimiters and any mix of CR and LF', () => {
    const unit = fc.constantFrom(
      'a',
      '1',
      '嘉',
      'é',
      '𠀀',
      '\uFEFF',
      ',',
      ';',
      '\t',
      '|',
      '"',
      '""',
      '\n',
      '\r',
      '\r\n',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 60 }),
        fc.constantFrom(...DELIMITERS),
        fc.boolean(),
        fc.array(fc.string({ unit: fc.constantFrom('a', '1', '嘉', '𠀀', '"', ' '), maxLength: 3 }), {
          maxLength: 3,
        }),
        (text, delimiter, bom, probes) => {
          const { text: fromText, bytes } = bothReaders(text, delimiter, bom, probes);
          expect(bytes).toEqual(fromText);
        },
      ),
      { numRuns: 2000 },
    );
  });

  // fieldIs compares bytes with UTF-16 code units, encoding as it goes: a near miss in any byte of a
  // one- to four-byte character, or a code unit at the edge of a range, must not be taken for a match
  // (the import's caches would then give one name's place or indicator to another)
  const fromBytes = (...b: number[]) => new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(b));
  it.each<[string, string, string[]]>([
    ['é (C3 A9)', 'é', ['è', 'ũ', 'e', 'éa', '']],
    ['U+0080, the first two-byte code', '\u0080', ['\u0081', '\u00C0']],
    ['U+07FF, the last two-byte code', '\u07FF', ['\u07FE', '\u0800']],
    ['U+0800, the first three-byte code', '\u0800', ['\u0801', '\u07FF']],
    [
      '嘉 (E5 98 89)',
      '嘉',
      [fromBytes(0xe5, 0x98, 0x88), fromBytes(0xe5, 0x99, 0x89), fromBytes(0xe6, 0x98, 0x89)],
    ],
    ['U+D7FF, just below the surrogates', '\uD7FF', ['\uD7FE']],
    ['U+E000, just above the surrogates', '\uE000', ['\uE001']],
    ['a full-width comma (U+FF0C)', '，', [',', '；']],
    [
      '𠀀 (F0 A0 80 80)',
      '𠀀',
      [
        fromBytes(0xf0, 0xa0, 0x80, 0x81),
        fromBytes(0xf0, 0xa0, 0x81, 0x80),
        fromBytes(0xf0, 0xa1, 0x80, 0x80),
        fromBytes(0xf1, 0xa0, 0x80, 0x80),
        '\uD840',
        '\uD840A',
      ],
    ],
    ['U+10000, the first four-byte code (D800 DC00)', '\u{10000}', ['\u{10001}', '\uD800', '\uDC00']],
    ['U+103FF (D800 DFFF)', '\u{103FF}', ['\u{103FE}', '\uDFFF']],
    ['U+10FFFD (DBFF DFFD)', '\u{10FFFD}', ['\u{10FFFC}', '\uDBFF']],
    ['U+12441 against a high surrogate and a letter that would compute it', '\u{12441}', ['\uD840A']],
    ['a quoted field with doubled quotes, against its raw bytes', '"a""b"', ['a""b', 'a"b']],
    ['a field of two quotes, quoted', '', ['""', '"']],
  ])('fieldIs: %s is itself and nothing near it', (_name, cell, nearMisses) => {
    const csv = `${cell},x\n`;
    const text = new DelimitedReader(csv, ',');
    const bytes = new Utf8DelimitedReader(utf8(csv), ',');
    text.next();
    bytes.next();
    const field = bytes.field(0);
    for (const probe of [field, ...nearMisses])
      expect([probe, bytes.fieldIs(0, probe)]).toEqual([probe, text.fieldIs(0, probe)]);
    // an unquoted field is itself; one holding doubled quotes is never compared in place
    expect(bytes.fieldIs(0, field)).toBe(!cell.includes('""'));
  });

  it('decodes a repeated cell once and hands out the same text', () => {
    const r = new Utf8DelimitedReader(utf8('嘉兴,件\n嘉兴,件\n'), ',');
    r.next();
    const first = r.field(0);
    r.next();
    expect(r.field(0)).toBe(first);
    expect(r.field(1)).toBe('件');
  });

  it.each([
    ['，', 'a full-width comma'],
    ['\u0080', 'U+0080, the first code point past ASCII'],
  ])('refuses a delimiter that is not ASCII (it could sit inside a character): %s, %s', (delimiter) => {
    expect(() => new Utf8DelimitedReader(utf8(`a${delimiter}b`), delimiter)).toThrow(
      new RangeError('Utf8DelimitedReader: the delimiter must be ASCII'),
    );
  });

  it('accepts DEL (0x7F), the last ASCII byte, as a delimiter', () => {
    const r = new Utf8DelimitedReader(utf8('a\x7fb\n'), '\x7f');
    expect(r.next()).toBe(true);
    expect([r.field(0), r.field(1)]).toEqual(['a', 'b']);
  });

  // the import's progress bar: the share of the file read after each record, the BOM left out
  it.each<[string, string]>([
    ['plain lines', 'a,b\n1,2\n3,4\n'],
    ['no final line break', 'a,b\n1,2'],
    ['a quote in the last field, no final line break', 'a,b"c'],
    ['a quoted last field, no final line break', 'a,"b"'],
    ['a quoted line break', 'a,"x\ny"\nb,z\n'],
    ['bare CR line ends', 'a\rb\rc\r'],
    ['one line, no line break', 'x,12'],
    ['a bare CR last, no LF', 'a,b\r'],
  ])('reports the same progress after each record as the text reader (%s)', (_name, text) => {
    for (const bom of [false, true]) {
      const byText = new DelimitedReader(text, ',');
      const byBytes = new Utf8DelimitedReader(
        Uint8Array.from([...(bom ? BOM : []), ...utf8(text)]),
        ',',
        bom ? 3 : 0,
      );
      const seen: Array<[number, number]> = [[byBytes.progress(), byText.progress()]];
      while (byText.next()) {
        expect(byBytes.next()).toBe(true);
        seen.push([byBytes.progress(), byText.progress()]);
      }
      expect(byBytes.next()).toBe(false);
      for (const [bytes, chars] of seen) expect(bytes).toBe(chars);
      expect(seen[0]![0]).toBe(0);
      // the whole file read is 100%, never more: the bar and its percentage stop at the end
      expect(seen.at(-1)![0]).toBe(1);
    }
  });

  it('a file holding only its BOM is read through at once', () => {
    const r = new Utf8DelimitedReader(Uint8Array.from(BOM), ',', 3);
    expect(r.progress()).toBe(1);
    expect(r.next()).toBe(false);
  });
});

// The keys FieldCache finds a cell's place, indicator or unit by (fieldCache.test.ts runs them through
// the cache): an id per distinct byte sequence, else a hash to bucket by. A wrong id gives one name's
// place to another; a hash that ignores bytes piles every name into one bucket (a scan per row).
describe('Utf8DelimitedReader: field ids and hashes', () => {
  /** 32-bit FNV-1a over the field's UTF-8 bytes, from `seed`, as Math.imul leaves it (signed). */
  const fnv1a = (text: string, seed = 0x811c9dc5) =>
    utf8(text).reduce((h, b) => Math.imul(h ^ b, 0x01000193), seed);

  it('fieldHash is 32-bit FNV-1a over the UTF-8 bytes; doubled quotes seed it apart; past the last cell 0', () => {
    const r = new Utf8DelimitedReader(utf8('嘉兴,a,"x""y",,𠀀\n'), ',');
    r.next();
    expect([0, 1, 2, 3, 4, 5].map((i) => r.fieldHash(i))).toEqual([
      fnv1a('嘉兴'),
      fnv1a('a'),
      // the bytes between the quotes, doubled quotes and all, from another seed than the same bytes unquoted
      fnv1a('x""y', 1),
      fnv1a(''),
      fnv1a('𠀀'),
      0,
    ]);
    expect(fnv1a('a')).toBe(0xe40c292c | 0);
  });

  it.each([
    { name: 'the same name on two rows', csv: '嘉兴,1\n嘉兴,2\n', a: [0, 0], b: [1, 0], same: true },
    { name: 'a name quoted and unquoted', csv: '"嘉兴",1\n嘉兴,2\n', a: [0, 0], b: [1, 0], same: true },
    { name: 'the same name in two columns', csv: 'a,a\n', a: [0, 0], b: [0, 1], same: true },
    { name: 'two names', csv: '嘉兴,1\n湖州,2\n', a: [0, 0], b: [1, 0], same: false },
    { name: 'a name and its prefix', csv: 'ab,1\na,2\n', a: [0, 0], b: [1, 0], same: false },
    { name: 'a name and the empty cell', csv: 'a,\n', a: [0, 0], b: [0, 1], same: false },
  ] as const)('fieldId: $name', ({ csv, a, b, same }) => {
    // one reader for both cells: ids are per reader
    const r = new Utf8DelimitedReader(utf8(csv), ',');
    const ids: number[] = [];
    for (let row = 0; row <= Math.max(a[0], b[0]); row++) {
      r.next();
      for (const [atRow, col] of [a, b]) if (atRow === row) ids.push(r.fieldId(col));
    }
    expect(ids.every((id) => id >= 0)).toBe(true);
    expect(ids[0] === ids[1]).toBe(same);
  });

  it.each([
    { name: 'a quoted cell holding doubled quotes', csv: '"a""b",1\n', at: [0, 0] },
    { name: 'a cell past the last', csv: 'a,1\n', at: [0, 2] },
  ] as const)('fieldId: $name has none (-1): it is looked up by its text', ({ csv, at: [row, col] }) => {
    const r = new Utf8DelimitedReader(utf8(csv), ',');
    for (let k = 0; k <= row; k++) r.next();
    expect(r.fieldId(col)).toBe(-1);
  });
});

/** The bytes with their searches counted: the general path finds quotes, line breaks and delimiters with
 * indexOf, the fast path looks at each byte once and searches nothing. */
class CountingBytes extends Uint8Array {
  searches = 0;
  override indexOf(value: number, from?: number): number {
    this.searches++;
    return super.indexOf(value, from);
  }
}

// A line the fast path gives up on is read again on the general path: the same cells, twice the work.
// Excel on Windows writes CSV with CRLF and quotes every text cell, so a million-row export of it
// must stay on the fast path.
describe('Utf8DelimitedReader: the common lines are read on the fast path', () => {
  it.each<[string, string, boolean]>([
    ['LF lines of quoted cells', '"嘉兴","1,234"\n"湖州","5"\n', false],
    ['CRLF lines of quoted cells (Excel on Windows)', '"嘉兴","1,234"\r\n"湖州","5"\r\n', false],
    ['CRLF lines of plain cells', '嘉兴,1\r\n湖州,5\r\n', false],
    ['a quoted cell with doubled quotes, then CRLF', '"say ""hi""",1\r\n', false],
    ['a quoted last cell without a line break', 'a,"b"', false],
    ['a quoted cell between plain ones', 'a,"b",c\n', false],
    // the counter's control: a bare CR ending lines is left to the general path (the fast path's own
    // comment), which searches
    ['bare CR line ends', 'a,b\r1,2\r', true],
  ])('%s', (_name, text, searched) => {
    const bytes = new CountingBytes(utf8(text));
    const r = new Utf8DelimitedReader(bytes, ',');
    const fields: string[][] = [];
    while (r.next()) fields.push(Array.from({ length: r.count }, (_, i) => r.field(i)));
    const byText = new DelimitedReader(text, ',');
    const expected: string[][] = [];
    while (byText.next()) expected.push(Array.from({ length: byText.count }, (_, i) => byText.field(i)));
    expect(fields).toEqual(expected);
    expect(bytes.searches > 0).toBe(searched);
  });
});
