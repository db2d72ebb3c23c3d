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
