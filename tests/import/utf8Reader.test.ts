import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedReader, type RecordSource } from '../../src/import/delimitedReader';
import { importToColumns } from '../../src/import/runImport';
import { DELIMITERS, type ImportOptions } from '../../src/import/types';
import { Utf8DelimitedReader } from '../../src/import/utf8Reader';
import { bundledCatalog } from './bundledCatalog';

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

  it('decodes a repeated cell once and hands out the same text', () => {
    const r = new Utf8DelimitedReader(utf8('嘉兴,件\n嘉兴,件\n'), ',');
    r.next();
    const first = r.field(0);
    r.next();
    expect(r.field(0)).toBe(first);
    expect(r.field(1)).toBe('件');
  });

  it('refuses a delimiter that is not ASCII (it could sit inside a character)', () => {
    expect(() => new Utf8DelimitedReader(utf8('a，b'), '，')).toThrow(RangeError);
  });
});

describe('an import reads the same through the byte scanner and through decoded text', () => {
  const options: ImportOptions = { catalog: bundledCatalog(), currentYear: 2025 };
  async function both(bytes: Uint8Array) {
    const source = { kind: 'file' as const, name: 'x.csv', bytes };
    return {
      text: await importToColumns(source, options, undefined, { byteScanner: false }),
      bytes: await importToColumns(source, options),
    };
  }
  const noise = fc.string({
    unit: fc.constantFrom(',', '"', '\n', '\r', '\t', 'a', '余', '1', ' ', '𠀀'),
    maxLength: 8,
  });
  const quoted = (c: string) => (/[",\t;\r\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c);
  // mostly valid rows (so kept rows are compared too), some with noise in any cell
  const row = fc.tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom('嘉兴', '杭州', '宁波'), weight: 9 },
      { arbitrary: noise, weight: 1 },
    ),
    fc.oneof(
      { arbitrary: fc.constantFrom('2022', '2023', '2024'), weight: 9 },
      { arbitrary: noise, weight: 1 },
    ),
    fc.oneof({ arbitrary: fc.constantFrom('立案提案', '提案'), weight: 9 }, { arbitrary: noise, weight: 1 }),
    fc.oneof(
      { arbitrary: fc.constantFrom('12', '余12', '1,234', '约3.5', '-1', ''), weight: 9 },
      { arbitrary: noise, weight: 1 },
    ),
    fc.oneof({ arbitrary: fc.constantFrom('件', ''), weight: 9 }, { arbitrary: noise, weight: 1 }),
    fc.oneof(
      { arbitrary: fc.constantFrom('第一项', '“原文”', ''), weight: 9 },
      { arbitrary: noise, weight: 1 },
    ),
  );
  const csv = fc
    .tuple(
      fc.array(row, { minLength: 1, maxLength: 25 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.constantFrom(',', '\t', ';'),
      fc.boolean(),
    )
    .map(([rows, newline, d, quoteAll]) =>
      [['地区', '年份', '指标', '数值', '单位', '原文'], ...rows]
        .map((r) => r.map((c) => (quoteAll || /[",\t;\r\n]/u.test(c) ? quoted(c) : c)).join(d))
        .join(newline),
    );

  it('on random tables (problems, rows and columns), plain, with a BOM, or with a bad byte', async () => {
    let withRows = 0;
    await fc.assert(
      fc.asyncProperty(csv, fc.constantFrom('plain', 'bom', 'bad byte'), fc.nat(), async (text, form, at) => {
        let bytes = utf8(text);
        if (form === 'bom') bytes = Uint8Array.from([...BOM, ...bytes]);
        if (form === 'bad byte') {
          const cut = at % (bytes.length + 1);
          bytes = Uint8Array.from([...bytes.subarray(0, cut), 0xc3, 0x28, ...bytes.subarray(cut)]);
        }
        const { text: fromText, bytes: fromBytes } = await both(bytes);
        expect(fromBytes).toEqual(fromText);
        if (fromText.columns.length > 0) withRows++;
      }),
      { numRuns: 300 },
    );
    // the property compares kept rows, not only problems
    expect(withRows).toBeGreaterThan(10);
  });

  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const { text: fromText, bytes: fromBytes } = await both(bytes);
        expect(fromBytes).toEqual(fromText);
      }),
      { numRuns: 300 },
    );
  });
});
