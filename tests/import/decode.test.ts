import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeForScan, invalidUtf8Offset } from '../../src/import/decode';
import type { EncodingChoice, TextEncoding } from '../../src/import/types';
import { encodeGbk } from './gbk';

const TEXT = '地区,年份,数值\r\n嘉兴,2023,12\r\n';

function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (le) out.push(u & 0xff, u >> 8);
    else out.push(u >> 8, u & 0xff);
  }
  return Uint8Array.from(out);
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];
const withBom = (b: Uint8Array) => Uint8Array.from([...BOM, ...b]);

describe('decodeBytes reads every encoding analysts bring', () => {
  it.each<[string, Uint8Array, TextEncoding, boolean]>([
    ['UTF-8 without BOM', utf8(TEXT), 'utf-8', false],
    ['UTF-8 with BOM (Excel "CSV UTF-8")', withBom(utf8(TEXT)), 'utf-8', true],
    ['UTF-16 LE with BOM (Excel "Unicode text")', utf16(TEXT, true, true), 'utf-16le', true],
    ['UTF-16 BE with BOM', utf16(TEXT, false, true), 'utf-16be', true],
    ['UTF-16 LE without BOM', utf16(TEXT, true, false), 'utf-16le', false],
    ['GBK (Excel "CSV" on Chinese Windows)', encodeGbk(TEXT), 'gb18030', false],
  ])('%s', (_name, bytes, encoding, bom) => {
    const r = decodeBytes(bytes);
    expect(r).toEqual({ ok: true, result: { text: TEXT, encoding, overridden: false, bom } });
  });

  it('uses the encoding the analyst chose instead of detecting', () => {
    // GBK bytes that also happen to be valid UTF-8 would be misread by detection alone
    const r = decodeBytes(encodeGbk('嘉兴'), 'gb18030');
    expect(r).toEqual({
      ok: true,
      result: { text: '嘉兴', encoding: 'gb18030', overridden: true, bom: false },
    });
  });

  it.each<[EncodingChoice, Uint8Array]>([
    ['utf-8', encodeGbk('地区,年份\n嘉兴,2023\n')],
    ['utf-16le', Uint8Array.from([0x41, 0x00, 0x00, 0xd8, 0x42, 0x00])],
  ])('an override that does not fit (%s) reports where, never replaces', (choice, bytes) => {
    const r = decodeBytes(bytes, choice);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure.reason).toBe('invalid');
  });
});

describe('decodeBytes tries UTF-8 before GB18030', () => {
  // These UTF-8 files are also well-formed GB18030 (every CJK run is an even number of bytes whose
  // pairs are valid GB18030 codes), so only the detection order decides; GB18030 first would show
  // mojibake such as 鍦板尯 for 地区 without any error.
  it.each<[string, string]>([
    ['comma-separated, LF', '地区,年份,提案\n嘉兴,2023,12\n'],
    ['tab-separated, CRLF', '地区\t年份\r\n嘉兴\t2023\r\n'],
    ['a single name', '嘉兴'],
  ])('bytes valid in both encodings are read as UTF-8 (%s)', (_name, text) => {
    const bytes = utf8(text);
    const asGb18030 = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    expect(asGb18030).not.toBe(text);
    expect(decodeBytes(bytes)).toEqual({
      ok: true,
      result: { text, encoding: 'utf-8', overridden: false, bom: false },
    });
  });

  it('the same bytes read as GB18030 only when the analyst chooses it', () => {
    const bytes = utf8('地区,年份\n嘉兴,2023\n');
    expect(decodeBytes(bytes, 'gb18030')).toEqual({
      ok: true,
      result: { text: '鍦板尯,骞翠唤\n鍢夊叴,2023\n', encoding: 'gb18030', overridden: true, bom: false },
    });
  });
});

describe('decodeBytes refuses what is not text, saying where', () => {
  it('reports the byte offset and line of the first byte that is neither UTF-8 nor GB18030', () => {
    const bytes = Uint8Array.from([...utf8('地区,年份\n嘉兴,2023\n'), 0xff, 0xfe, 0x41, 0x0a]);
    const r = decodeBytes(bytes);
    expect(r).toEqual({
      ok: false,
      failure: {
        reason: 'invalid',
        encoding: 'utf-8',
        byteOffset: 26,
        line: 3,
        bytes: '0xFF 0xFE 0x41 0x0A',
      },
    });
  });

  it.each<[string, string, number]>([
    ['LF', '\n', 3],
    ['CRLF', '\r\n', 3],
    ['CR only (old Mac files)', '\r', 3],
  ])('counts lines ended by %s', (_, eol, line) => {
    const bytes = Uint8Array.from([...utf8(`地区,年份${eol}嘉兴,2023${eol}`), 0xff, 0x41]);
    const r = decodeBytes(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok && r.failure.reason === 'invalid') expect(r.failure.line).toBe(line);
  });

  it('counts CR-only lines in a GBK file too', () => {
    const good = encodeGbk('地区\r嘉兴\r');
    const r = decodeBytes(Uint8Array.from([...good, 0xb5, 0x0d]));
    expect(r.ok).toBe(false);
    if (!r.ok && r.failure.reason === 'invalid') {
      expect(r.failure.byteOffset).toBe(good.length);
      expect(r.failure.line).toBe(3);
    }
  });

  it('blames GB18030 for a GBK file with a broken byte', () => {
    const good = encodeGbk('地区\n嘉兴\n');
    const bytes = Uint8Array.from([...good, 0xb5, 0x0a]); // a lead byte followed by a line break
    const r = decodeBytes(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok && r.failure.reason === 'invalid') {
      expect(r.failure.encoding).toBe('gb18030');
      expect(r.failure.byteOffset).toBe(good.length);
      expect(r.failure.line).toBe(3);
    }
  });

  // 0x84 0x31 0xA5 0x30 is a well-formed four-byte GB18030 code past the last one mapped: only the
  // decoder refuses it. Finding it once hung the import (a bisection that stopped moving when the
  // failing line ended in a line break) or blamed the first line.
  const UNMAPPED = [0x84, 0x31, 0xa5, 0x30];
  it.each<{ name: string; bytes: number[]; byteOffset: number; line: number }>([
    { name: 'on the last line, ended by LF', bytes: [0x41, 0x0a, ...UNMAPPED, 0x0a], byteOffset: 2, line: 2 },
    { name: 'on the last line, not ended', bytes: [0x41, 0x0a, ...UNMAPPED], byteOffset: 2, line: 2 },
    {
      name: 'on a middle line, lines ended by CRLF',
      bytes: [0x41, 0x0d, 0x0a, 0x42, 0x0d, 0x0a, ...UNMAPPED, 0x0d, 0x0a, 0x43, 0x0d, 0x0a],
      byteOffset: 6,
      line: 3,
    },
    {
      name: 'after a GBK character on its line',
      bytes: [0x41, 0x0a, ...encodeGbk('嘉'), ...UNMAPPED, 0x0a],
      byteOffset: 4,
      line: 2,
    },
    { name: 'on the first line of one', bytes: [...UNMAPPED], byteOffset: 0, line: 1 },
  ])('an unmapped GB18030 code is found where it stands, without hanging ($name)', (c) => {
    for (const choice of ['auto', 'gb18030'] as const)
      expect(decodeBytes(Uint8Array.from(c.bytes), choice)).toEqual({
        ok: false,
        failure: {
          reason: 'invalid',
          encoding: 'gb18030',
          byteOffset: c.byteOffset,
          line: c.line,
          bytes: '0x84 0x31 0xA5 0x30',
        },
      });
  });

  it.each<[string, Uint8Array, string]>([
    ['an empty file', new Uint8Array(0), 'empty'],
    ['only a BOM', Uint8Array.from([0xef, 0xbb, 0xbf]), 'empty'],
    ['only blank lines', utf8('\r\n\r\n  \n'), 'empty'],
    ['an .xlsx renamed to .csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'binary'],
    ['an .xls renamed to .csv', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'binary'],
    [
      'an image with NUL bytes',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]),
      'binary',
    ],
  ])('%s', (_name, bytes, reason) => {
    const r = decodeBytes(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure.reason).toBe(reason);
  });
});

describe('invalidUtf8Offset', () => {
  it.each<[string, number[], number]>([
    ['valid ASCII and CJK', [...utf8('a地b')], -1],
    ['overlong encoding', [0x41, 0xc0, 0xaf], 1],
    ['surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], 0],
    ['truncated sequence at the end', [0x41, 0xe5, 0x9c], 1],
    ['lone continuation byte', [0x41, 0x80], 1],
  ])('%s', (_name, bytes, offset) => {
    expect(invalidUtf8Offset(Uint8Array.from(bytes))).toBe(offset);
  });

  it('finds the same offset whether it may skip ASCII four bytes at a time (aligned) or not', () => {
    const mostlyAscii = fc.array(
      fc.oneof(
        { arbitrary: fc.integer({ min: 0, max: 0x7f }), weight: 8 },
        { arbitrary: fc.integer({ min: 0x80, max: 0xff }), weight: 1 },
      ),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(mostlyAscii, fc.nat(8), (values, from) => {
        const aligned = Uint8Array.from(values);
        const unaligned = new Uint8Array(new ArrayBuffer(values.length + 1), 1);
        unaligned.set(values);
        const start = Math.min(from, values.length);
        const found = invalidUtf8Offset(aligned, start);
        expect(invalidUtf8Offset(unaligned, start)).toBe(found);
        // and it agrees with the platform's strict decoder
        const strict = (() => {
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(aligned.subarray(start));
            return true;
          } catch {
            return false;
          }
        })();
        expect(found < 0).toBe(strict);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeForScan keeps valid UTF-8 as bytes and otherwise decodes as decodeBytes', () => {
  /** decodeForScan's answer, with kept bytes decoded the way decodeBytes would have. */
  function asDecoded(bytes: Uint8Array, choice: EncodingChoice) {
    const r = decodeForScan(bytes, choice);
    if (!('utf8' in r)) return r;
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(r.utf8.bytes.subarray(r.utf8.start));
    return { ok: true, result: { text, ...r.result } };
  }
  const cases: Array<[string, Uint8Array]> = [
    ['UTF-8', utf8('地区,数值\n嘉兴,1\n')],
    ['UTF-8 with BOM', Uint8Array.from([...BOM, ...utf8('地区\n')])],
    ['a BOM alone', Uint8Array.from(BOM)],
    ['only ASCII whitespace', utf8(' \r\n\t')],
    ['only ideographic spaces', utf8('\u3000\u3000\n')],
    ['whitespace, then text', utf8('\n\u3000a')],
    ['GBK', encodeGbk('地区,数值\n嘉兴,1\n')],
    ['UTF-8 with a bad byte late', Uint8Array.from([...utf8('嘉兴,1\n'), 0xff, 0x0a])],
    ['a truncated character at the end', utf8('嘉兴').subarray(0, 5)],
    ['a workbook', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2])],
    ['empty', new Uint8Array(0)],
  ];
  it.each(cases)('%s', (_name, bytes) => {
    for (const choice of ['auto', 'utf-8', 'gb18030'] as const)
      expect(asDecoded(bytes, choice)).toEqual(decodeBytes(bytes, choice));
  });

  it('on random bytes, with and without a BOM', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.boolean(),
        fc.constantFrom<EncodingChoice>('auto', 'utf-8'),
        (raw, bom, choice) => {
          const bytes = bom ? Uint8Array.from([...BOM, ...raw]) : raw;
          expect(asDecoded(bytes, choice)).toEqual(decodeBytes(bytes, choice));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

// The edges of detection, each named for the misreading it prevents: a wrong guess shows mojibake or
// refuses a readable file, a wrong location sends the analyst to the wrong line.
type Outcome = ReturnType<typeof decodeBytes>;
const read = (text: string, encoding: TextEncoding, bom = false, overridden = false): Outcome => ({
  ok: true,
  result: { text, encoding, overridden, bom },
});
const invalid = (encoding: TextEncoding, byteOffset: number, line: number, bytes: string): Outcome => ({
  ok: false,
  failure: { reason: 'invalid', encoding, byteOffset, line, bytes },
});
const binary = (kind: 'xlsx' | 'xls' | 'nul' | 'control'): Outcome => ({
  ok: false,
  failure: { reason: 'binary', kind },
});
const EMPTY: Outcome = { ok: false, failure: { reason: 'empty' } };
const ascii = (n: number, c = 'a') => [...utf8(c.repeat(n))];

describe('decodeBytes: the edges of detection', () => {
  it.each<{ name: string; bytes: number[]; choice?: EncodingChoice; expected: Outcome }>([
    // only a whole byte order mark is one
    {
      name: 'EF BB without BF is no UTF-8 BOM',
      bytes: [0xef, 0xbb, 0x41, 0x42],
      expected: read('锘AB', 'gb18030'),
    },
    {
      name: 'EF without BB is no UTF-8 BOM',
      bytes: [0xef, 0x41, 0xbf, 0x42],
      expected: read('顰緽', 'gb18030'),
    },
    {
      name: 'BB BF without EF is no UTF-8 BOM',
      bytes: [0x41, 0xbb, 0xbf, 0x42],
      expected: read('A豢B', 'gb18030'),
    },
    {
      name: 'FF without FE is no UTF-16 LE BOM',
      bytes: [0xff, 0x41, 0x42, 0x43],
      expected: invalid('gb18030', 0, 1, '0xFF 0x41 0x42 0x43'),
    },
    {
      name: 'FE after another byte is no UTF-16 LE BOM',
      bytes: [0x41, 0xfe, 0x42, 0x43],
      expected: read('A\uFA0EC', 'gb18030'),
    },
    {
      name: 'FE without FF is no UTF-16 BE BOM',
      bytes: [0xfe, 0x41, 0x42, 0x43],
      expected: read('\uFA0DBC', 'gb18030'),
    },
    {
      name: 'FF after another byte is no UTF-16 BE BOM',
      bytes: [0x41, 0xff, 0x42, 0x43],
      expected: invalid('gb18030', 1, 1, '0xFF 0x42 0x43'),
    },
    // UTF-16 without a BOM: known by its zero bytes, from two characters on
    {
      name: 'two ASCII characters in UTF-16 LE',
      bytes: [...utf16('AB', true, false)],
      expected: read('AB', 'utf-16le'),
    },
    {
      name: 'two ASCII characters in UTF-16 BE',
      bytes: [...utf16('AB', false, false)],
      expected: read('AB', 'utf-16be'),
    },
    {
      name: 'UTF-16 LE with three of five characters ASCII (over 40%)',
      bytes: [...utf16('ABC嘉兴', true, false)],
      expected: read('ABC嘉兴', 'utf-16le'),
    },
    {
      name: 'UTF-16 LE with two of five characters ASCII (40%, not over) is not taken for text',
      bytes: [...utf16('AB嘉兴区', true, false)],
      expected: binary('nul'),
    },
    {
      name: 'UTF-16 BE with three of five characters ASCII',
      bytes: [...utf16('ABC嘉兴', false, false)],
      expected: read('ABC嘉兴', 'utf-16be'),
    },
    {
      name: 'UTF-16 BE with two of five characters ASCII',
      bytes: [...utf16('AB嘉兴区', false, false)],
      expected: binary('nul'),
    },
    {
      name: 'UTF-16 LE with one zero low byte in 40 characters (under 5%)',
      bytes: [...utf16(`${'a'.repeat(39)}Ā`, true, false)],
      expected: read(`${'a'.repeat(39)}Ā`, 'utf-16le'),
    },
    {
      name: 'UTF-16 LE with one zero low byte in 20 characters (5%, not under)',
      bytes: [...utf16(`${'a'.repeat(19)}Ā`, true, false)],
      expected: binary('nul'),
    },
    {
      name: 'UTF-16 BE with one zero low byte in 40 characters',
      bytes: [...utf16(`${'a'.repeat(39)}Ā`, false, false)],
      expected: read(`${'a'.repeat(39)}Ā`, 'utf-16be'),
    },
    {
      name: 'UTF-16 BE with one zero low byte in 20 characters',
      bytes: [...utf16(`${'a'.repeat(19)}Ā`, false, false)],
      expected: binary('nul'),
    },
    // control characters: up to 2% is text, tab, LF, FF, CR and space are not control characters
    {
      name: '2 control bytes in 100 are text',
      bytes: [...ascii(98), 1, 1],
      expected: read(`${'a'.repeat(98)}\u0001\u0001`, 'utf-8'),
    },
    {
      name: '3 control bytes in 100 are binary',
      bytes: [...ascii(97), 1, 1, 1],
      expected: binary('control'),
    },
    {
      name: 'tabs',
      bytes: [...ascii(1), ...ascii(10, '\t')],
      expected: read(`a${'\t'.repeat(10)}`, 'utf-8'),
    },
    {
      name: 'line feeds',
      bytes: [...ascii(1), ...ascii(10, '\n')],
      expected: read(`a${'\n'.repeat(10)}`, 'utf-8'),
    },
    {
      name: 'form feeds',
      bytes: [...ascii(1), ...ascii(10, '\f')],
      expected: read(`a${'\f'.repeat(10)}`, 'utf-8'),
    },
    {
      name: 'carriage returns',
      bytes: [...ascii(1), ...ascii(10, '\r')],
      expected: read(`a${'\r'.repeat(10)}`, 'utf-8'),
    },
    {
      name: 'spaces',
      bytes: [...ascii(1), ...ascii(10, ' ')],
      expected: read(`a${' '.repeat(10)}`, 'utf-8'),
    },
    {
      name: 'DEL is a control character',
      bytes: [...ascii(1), ...ascii(10, '\x7f')],
      expected: binary('control'),
    },
    {
      name: 'ESC is a control character',
      bytes: [...ascii(1), ...ascii(10, '\x1b')],
      expected: binary('control'),
    },
    {
      name: 'US (0x1F) is a control character',
      bytes: [...ascii(1), ...ascii(10, '\x1f')],
      expected: binary('control'),
    },
    // a workbook is known by its whole signature only
    { name: 'a CSV starting with PK', bytes: [...utf8('PK,1\n')], expected: read('PK,1\n', 'utf-8') },
    ...[0, 1, 2, 3].flatMap((at) => [
      {
        name: `the .xlsx signature with byte ${at} changed`,
        bytes: [0x50, 0x4b, 0x03, 0x04, 0x41, 0x41].map((b, i) => (i === at ? b + 1 : b)),
        expected: binary('control'),
      },
      {
        name: `the .xls signature with byte ${at} changed`,
        bytes: [0xd0, 0xcf, 0x11, 0xe0, 0x41, 0x41].map((b, i) => (i === at ? b + 1 : b)),
        expected: binary('control'),
      },
    ]),
    // blank after decoding
    { name: 'UTF-16 holding only blanks', bytes: [...utf16('  \r\n', true, true)], expected: EMPTY },
    { name: 'GBK holding only ideographic spaces', bytes: [0xa1, 0xa1, 0x0a, 0xa1, 0xa1], expected: EMPTY },
    // 0x80 is € in GB18030
    { name: '0x80 in a GBK file', bytes: [0x41, 0x80, 0x42], expected: read('A€B', 'gb18030') },
    // ASCII then a bad byte: nothing says UTF-8, so GB18030 is blamed
    {
      name: 'ASCII, then a byte neither encoding has',
      bytes: [0x41, 0x0a, 0xff, 0x41],
      expected: invalid('gb18030', 2, 2, '0xFF 0x41'),
    },
    // an override reads the bytes as told; only its own BOM is skipped
    {
      name: 'UTF-8 chosen for a file with its BOM',
      bytes: [...BOM, ...utf8('嘉')],
      choice: 'utf-8',
      expected: read('嘉', 'utf-8', true, true),
    },
    {
      name: 'UTF-16 LE chosen for a file with its BOM',
      bytes: [...utf16('嘉', true, true)],
      choice: 'utf-16le',
      expected: read('嘉', 'utf-16le', true, true),
    },
    {
      name: 'GB18030 chosen for a file with a UTF-8 BOM reads the BOM as text',
      bytes: [...BOM, 0x41],
      choice: 'gb18030',
      expected: read('锘緼', 'gb18030', false, true),
    },
    {
      name: 'UTF-16 BE chosen for a file with a UTF-16 LE BOM reads the BOM as text',
      bytes: [0xff, 0xfe, 0x41, 0x00],
      choice: 'utf-16be',
      expected: read('\ufffe\u4100', 'utf-16be', false, true),
    },
  ])('$name', ({ bytes, choice, expected }) => {
    expect(decodeBytes(Uint8Array.from(bytes), choice)).toEqual(expected);
  });
});

describe('decodeBytes: where a UTF-16 file breaks', () => {
  const le = (text: string) => [...utf16(text, true, true)];
  const be = (text: string) => [...utf16(text, false, true)];
  it.each<{ name: string; bytes: number[]; expected: Outcome }>([
    {
      name: 'a surrogate pair is one character',
      bytes: le('A\uD83D\uDE00'),
      expected: read('A😀', 'utf-16le', true),
    },
    {
      name: 'the last pair (DBFF DFFF)',
      bytes: le('\uDBFF\uDFFF'),
      expected: read('\uDBFF\uDFFF', 'utf-16le', true),
    },
    {
      name: 'D7FF and E000 are not surrogates',
      bytes: be('\uD7FF\uE000'),
      expected: read('\uD7FF\uE000', 'utf-16be', true),
    },
    {
      name: 'a lone low surrogate',
      bytes: le('A\uDC00B'),
      expected: invalid('utf-16le', 4, 1, '0x00 0xDC 0x42 0x00'),
    },
    {
      name: 'a lone DFFF',
      bytes: be('A\n\uDFFFB'),
      expected: invalid('utf-16be', 6, 2, '0xDF 0xFF 0x00 0x42'),
    },
    {
      name: 'a high surrogate before a letter',
      bytes: le('A\uD800B'),
      expected: invalid('utf-16le', 4, 1, '0x00 0xD8 0x42 0x00'),
    },
    {
      name: 'a high surrogate before another',
      bytes: le('\uD800\uDBFF'),
      expected: invalid('utf-16le', 2, 1, '0x00 0xD8 0xFF 0xDB'),
    },
    {
      name: 'a high surrogate before E000',
      bytes: le('\uD800\uE000'),
      expected: invalid('utf-16le', 2, 1, '0x00 0xD8 0x00 0xE0'),
    },
    {
      name: 'a high surrogate at the end',
      bytes: le('A\uD800'),
      expected: invalid('utf-16le', 4, 1, '0x00 0xD8'),
    },
    {
      name: 'an odd byte at the end',
      bytes: [...le('AB'), 0x43],
      expected: invalid('utf-16le', 6, 1, '0x43'),
    },
    // 上 is U+4E0A: its 0x0A byte is no line feed
    {
      name: 'LE: a character holding byte 0A is no line end',
      bytes: le('上\n上\uDC00'),
      expected: invalid('utf-16le', 8, 2, '0x00 0xDC'),
    },
    {
      name: 'BE: a character holding byte 0A is no line end',
      bytes: be('上\n上\uDC00'),
      expected: invalid('utf-16be', 8, 2, '0xDC 0x00'),
    },
    {
      name: 'lines ended by CR only',
      bytes: le('a\rb\r\uDC00'),
      expected: invalid('utf-16le', 10, 3, '0x00 0xDC'),
    },
    {
      name: 'lines ended by CRLF',
      bytes: le('a\r\nb\r\n\uDC00'),
      expected: invalid('utf-16le', 14, 3, '0x00 0xDC'),
    },
  ])('$name', ({ bytes, expected }) => {
    expect(decodeBytes(Uint8Array.from(bytes))).toEqual(expected);
  });
});

describe('decodeBytes: where a GB18030 file breaks', () => {
  // each well-formed sequence at the edge of its byte ranges is passed over: the error is the byte after
  it.each<[string, number[]]>([
    ['two bytes, trail 40', [0x81, 0x40]],
    ['two bytes, trail 7E', [0x81, 0x7e]],
    ['two bytes, trail 80', [0x81, 0x80]],
    ['two bytes, trail FE', [0x81, 0xfe]],
    ['two bytes, lead FE', [0xfe, 0x40]],
    ['four bytes, 81 30 81 30', [0x81, 0x30, 0x81, 0x30]],
    ['four bytes, 81 39 FE 39', [0x81, 0x39, 0xfe, 0x39]],
    ['one byte, 80 (€)', [0x80]],
  ])('%s', (_name, sequence) => {
    const bytes = Uint8Array.from([...sequence, 0x0a, 0xff]);
    expect(decodeBytes(bytes, 'gb18030')).toEqual(invalid('gb18030', sequence.length + 1, 2, '0xFF'));
  });

  it('80 is one byte, not the lead of a four-byte code', () => {
    expect(decodeBytes(Uint8Array.from([0x80, 0x30, 0x41, 0xff]), 'gb18030')).toEqual(
      invalid('gb18030', 3, 1, '0xFF'),
    );
  });
});

describe('binaryKind: only the first 64 KiB are looked at', () => {
  // a large export is not scanned twice: a NUL byte past the sample does not make it binary
  it.each<[string, number, Outcome]>([
    ['a NUL byte right after the first 64 KiB', 65_536, read(`${'a'.repeat(65_536)}\0b`, 'utf-8')],
    ['a NUL byte as the last of the first 64 KiB', 65_535, binary('nul')],
  ])('%s', (_name, at, expected) => {
    const bytes = new Uint8Array(at + 2).fill(0x61);
    bytes[at] = 0;
    bytes[at + 1] = 0x62;
    expect(decodeBytes(bytes)).toEqual(expected);
  });
});

describe('decodeForScan: blank files', () => {
  it.each<[string, number[], Outcome | 'kept']>([
    ['spaces and a backspace (not blank)', [...ascii(60, ' '), 0x08], 'kept'],
    ['spaces and a shift-out (not blank)', [...ascii(60, ' '), 0x0e], 'kept'],
    ['tab, LF, CR, space only', [...utf8('\t\n\r ')], EMPTY],
    ['a vertical tab among 60 spaces', [...ascii(60, ' '), 0x0b], EMPTY],
  ])('%s', (_name, bytes, expected) => {
    const r = decodeForScan(Uint8Array.from(bytes));
    if (expected === 'kept') expect('utf8' in r).toBe(true);
    else expect(r).toEqual(expected);
  });
});

describe('decodeBytes: UTF-16 without a BOM needs two characters', () => {
  it.each<{ name: string; bytes: number[]; expected: Outcome }>([
    { name: 'one character (A 00) is not enough to tell', bytes: [0x41, 0x00], expected: binary('nul') },
    {
      name: 'LE: an odd zero byte at the end is reported, not counted',
      bytes: [0x41, 0x00, 0x42, 0x00, 0x00],
      expected: invalid('utf-16le', 4, 1, '0x00'),
    },
    {
      name: 'BE: an odd zero byte at the end is reported, not counted',
      bytes: [0x00, 0x41, 0x00, 0x42, 0x00],
      expected: invalid('utf-16be', 4, 1, '0x00'),
    },
  ])('$name', ({ bytes, expected }) => {
    expect(decodeBytes(Uint8Array.from(bytes))).toEqual(expected);
  });
});

describe('invalidUtf8Offset: the edges of each sequence length', () => {
  // between A and B: -1 when the sequence is well-formed, else 1 (where it starts)
  it.each<[string, number[], number]>([
    ['C2 80, the first two-byte code', [0xc2, 0x80], -1],
    ['DF BF, the last two-byte code', [0xdf, 0xbf], -1],
    ['E0 A0 80, the first three-byte code', [0xe0, 0xa0, 0x80], -1],
    ['EF BF BF, the last three-byte code', [0xef, 0xbf, 0xbf], -1],
    ['F0 90 80 80, the first four-byte code', [0xf0, 0x90, 0x80, 0x80], -1],
    ['F4 8F BF BF, the last code point', [0xf4, 0x8f, 0xbf, 0xbf], -1],
    ['ED 9F BF, just below the surrogates', [0xed, 0x9f, 0xbf], -1],
    ['EE 80 80, just above the surrogates', [0xee, 0x80, 0x80], -1],
    ['C1 BF, an overlong two-byte code', [0xc1, 0xbf], 1],
    ['E0 9F BF, an overlong three-byte code', [0xe0, 0x9f, 0xbf], 1],
    ['F0 8F BF BF, an overlong four-byte code', [0xf0, 0x8f, 0xbf, 0xbf], 1],
    ['F4 90 80 80, past the last code point', [0xf4, 0x90, 0x80, 0x80], 1],
    ['F5, a lead byte no code uses', [0xf5, 0x80, 0x80, 0x80], 1],
    ['ED A0 80, the first surrogate', [0xed, 0xa0, 0x80], 1],
    ['ED BF BF, the last surrogate', [0xed, 0xbf, 0xbf], 1],
    ['C3 without a continuation', [0xc3, 0x41], 1],
    ['E5 9C with an ASCII third byte', [0xe5, 0x9c, 0x41], 1],
    ['F0 90 80 with an ASCII fourth byte', [0xf0, 0x90, 0x80, 0x41], 1],
  ])('%s', (_name, sequence, offset) => {
    expect(invalidUtf8Offset(Uint8Array.from([0x41, ...sequence, 0x42]))).toBe(offset);
  });

  it('starts where it is told: an error before the start is not seen', () => {
    const bytes = Uint8Array.from([0xff, 0x41, 0x42, 0x43, 0x44, 0x45, 0xff]);
    expect(invalidUtf8Offset(bytes, 1)).toBe(6);
    expect(invalidUtf8Offset(bytes.subarray(0, 6), 1)).toBe(-1);
  });
});

describe('decodeBytes: only the first byte-order mark is taken off', () => {
  // A file saved twice by a tool that adds a mark each time starts with two: the second is text
  // (U+FEFF), as the byte scanner keeps it; a decoder that also swallowed it would make the two paths
  // read different first cells.
  it.each<[string, number[], TextEncoding]>([
    ['UTF-8', [...BOM, ...BOM, 0x41], 'utf-8'],
    ['UTF-16 LE', [0xff, 0xfe, 0xff, 0xfe, 0x41, 0x00], 'utf-16le'],
    ['UTF-16 BE', [0xfe, 0xff, 0xfe, 0xff, 0x00, 0x41], 'utf-16be'],
  ])('%s with two marks keeps the second as text', (_, bytes, encoding) => {
    const b = Uint8Array.from(bytes);
    expect(decodeBytes(b)).toEqual(read('\uFEFFA', encoding, true));
    const scanned = decodeForScan(b);
    const kept =
      'utf8' in scanned
        ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(
            scanned.utf8.bytes.subarray(scanned.utf8.start),
          )
        : scanned.ok && 'text' in scanned.result
          ? scanned.result.text
          : null;
    expect(kept).toBe('\uFEFFA');
  });
});

// Survivors of the first mutation run of decode.ts, each a misreading a user would see.
describe('decodeBytes: what the first mutation run found untested', () => {
  it.each<{ name: string; bytes: number[]; expected: Outcome }>([
    // a renamed workbook is named as one (the message tells the analyst to upload it as a workbook)
    {
      name: 'an .xls renamed to .csv is named as a workbook, not as control characters',
      bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      expected: binary('xls'),
    },
    {
      name: 'an .xlsx renamed to .csv is named as a workbook',
      bytes: [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
      expected: binary('xlsx'),
    },
    // a valid surrogate pair before the break: the break is where it is, not at the pair
    {
      name: 'LE: a lone low surrogate after a valid pair',
      bytes: [...utf16('\uD83D\uDE00\uDC00', true, true)],
      expected: invalid('utf-16le', 6, 1, '0x00 0xDC'),
    },
    {
      name: 'BE: a high surrogate at the end after a valid pair',
      bytes: [...utf16('\uD83D\uDE00A\uD800', false, true)],
      expected: invalid('utf-16be', 8, 1, '0xD8 0x00'),
    },
    {
      name: 'LE: a high surrogate before a letter after a valid pair (DBFF DFFF)',
      bytes: [...utf16('\uDBFF\uDFFF\uD800B', true, true)],
      expected: invalid('utf-16le', 6, 1, '0x00 0xD8 0x42 0x00'),
    },
    // a line end right after a character whose high byte is not 0
    {
      name: 'LE: a line end after 上 counts, the letter after it does not',
      bytes: [...utf16('上\nA\uDC00', true, true)],
      expected: invalid('utf-16le', 8, 2, '0x00 0xDC'),
    },
    // a UTF-8 file is blamed where UTF-8 breaks, not where GB18030 would
    {
      name: 'UTF-8 with a bad byte after a CJK character',
      bytes: [0xe5, 0x98, 0x89, 0x0a, 0xff, 0x41],
      expected: invalid('utf-8', 4, 2, '0xFF 0x41'),
    },
  ])('$name', ({ bytes, expected }) => {
    expect(decodeBytes(Uint8Array.from(bytes))).toEqual(expected);
  });

  // found by the second run: valid characters above the surrogates, or a pair whose low half is DC00,
  // before the break must be read past (a full-width comma is in most Chinese text)
  it.each<{ name: string; bytes: number[]; expected: Outcome }>([
    {
      name: 'LE: a full-width comma (U+FF0C) before a lone low surrogate is read past',
      bytes: [...utf16('，\uDC00', true, true)],
      expected: invalid('utf-16le', 4, 1, '0x00 0xDC'),
    },
    {
      name: 'BE: U+E000 before a lone low surrogate is read past',
      bytes: [...utf16('\uE000\uDC00', false, true)],
      expected: invalid('utf-16be', 4, 1, '0xDC 0x00'),
    },
    {
      name: 'LE: the pair D800 DC00 (U+10000) before a lone low surrogate is one character',
      bytes: [...utf16('\uD800\uDC00\uDC00', true, true)],
      expected: invalid('utf-16le', 6, 1, '0x00 0xDC'),
    },
    {
      name: 'BE: a high surrogate before an odd last byte DC is the break, not the odd byte',
      bytes: [0xfe, 0xff, 0xd8, 0x00, 0xdc],
      expected: invalid('utf-16be', 2, 1, '0xD8 0x00 0xDC'),
    },
  ])('$name', ({ bytes, expected }) => {
    expect(decodeBytes(Uint8Array.from(bytes))).toEqual(expected);
  });

  it('UTF-8 chosen for a GBK file: the first byte UTF-8 cannot read', () => {
    expect(decodeBytes(Uint8Array.from([0x41, 0x0a, 0xbc, 0xce, 0x0a]), 'utf-8')).toEqual(
      invalid('utf-8', 2, 2, '0xBC 0xCE 0x0A'),
    );
  });

  it('F8, a lead byte no UTF-8 code uses, is invalid even before three continuation bytes', () => {
    expect(invalidUtf8Offset(Uint8Array.from([0x41, 0xf8, 0x90, 0x80, 0x80, 0x42]))).toBe(1);
  });
});

// An unmapped four-byte code (only the decoder refuses it) before a structural error (a byte no
// sequence starts with, a lead cut short): the analyst must be sent to the first bad byte, not to a
// later one the structural check happens to find first.
describe('decodeBytes: the first bad GB18030 byte is reported, whichever check finds it', () => {
  const UNMAPPED = [0x84, 0x31, 0xa5, 0x30];
  it.each<{ name: string; bytes: number[]; byteOffset: number; line: number; hex: string }>([
    {
      name: 'an unmapped code on line 2, a stray FF on line 3',
      bytes: [0x41, 0x0a, ...UNMAPPED, 0x0a, 0xff, 0x0a],
      byteOffset: 2,
      line: 2,
      hex: '0x84 0x31 0xA5 0x30',
    },
    {
      name: 'an unmapped code, then a lead byte cut short on the same line',
      bytes: [0x41, ...UNMAPPED, 0x42, 0xb5, 0x0a],
      byteOffset: 1,
      line: 1,
      hex: '0x84 0x31 0xA5 0x30',
    },
    {
      name: 'an unmapped code after GBK text, a four-byte code cut short lines later',
      bytes: [...encodeGbk('地区\n'), ...UNMAPPED, 0x0d, 0x0a, ...encodeGbk('嘉兴\n'), 0x81, 0x30, 0x0a],
      byteOffset: 5,
      line: 2,
      hex: '0x84 0x31 0xA5 0x30',
    },
    {
      name: 'a stray FF before an unmapped code is still the first',
      bytes: [0x41, 0x0a, 0xff, 0x0a, ...UNMAPPED],
      byteOffset: 2,
      line: 2,
      hex: '0xFF 0x0A 0x84 0x31',
    },
  ])('$name', ({ bytes, byteOffset, line, hex }) => {
    for (const choice of ['auto', 'gb18030'] as const)
      expect(decodeBytes(Uint8Array.from(bytes), choice)).toEqual(invalid('gb18030', byteOffset, line, hex));
  });

  // a well-formed character before an unmapped code is read whole: cut into other pieces, one piece
  // alone would not decode and the analyst would be sent to a character that is fine
  it.each<[string, number[]]>([
    ['a four-byte code (81 30 81 30)', [0x81, 0x30, 0x81, 0x30]],
    ['a four-byte code (81 39 FE 39)', [0x81, 0x39, 0xfe, 0x39]],
    ['a two-byte code (81 40)', [0x81, 0x40]],
    ['a two-byte code (FE FE)', [0xfe, 0xfe]],
    ['€ (80) before it', [0x80]],
  ])('%s before an unmapped code is not blamed', (_name, sequence) => {
    const bytes = Uint8Array.from([...sequence, ...UNMAPPED, 0x0a, 0xff]);
    expect(decodeBytes(bytes, 'gb18030')).toEqual(
      invalid('gb18030', sequence.length, 1, '0x84 0x31 0xA5 0x30'),
    );
  });

  it('on random GB18030 lines, everything before the reported byte decodes and the byte there does not', () => {
    const piece = fc.constantFrom(
      [0x41],
      [0x0a],
      [0x0d, 0x0a],
      [...encodeGbk('嘉')],
      [0x81, 0x30, 0x81, 0x30], // a mapped four-byte code
      UNMAPPED,
      [0xff], // no sequence starts with it
      [0xb5], // a lead byte, cut short by what follows
      [0x81, 0x30], // a four-byte code cut short
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const bytes = Uint8Array.from(pieces.flat());
        const r = decodeBytes(bytes, 'gb18030');
        if (r.ok || r.failure.reason !== 'invalid') return;
        const at = r.failure.byteOffset;
        expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes.subarray(0, at))).toBeTypeOf(
          'string',
        );
        expect(() => new TextDecoder('gb18030', { fatal: true }).decode(bytes.subarray(0, at + 4))).toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
