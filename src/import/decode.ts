import type { DecodeResult, EncodingChoice, TextEncoding } from './types';

// Bytes → text, never lossy: every decoder runs with `fatal: true`, and when bytes do not decode we
// say where (byte offset and line) instead of showing replacement characters.

export type BinaryKind = 'xlsx' | 'xls' | 'nul' | 'control';

export type DecodeFailure =
  | { reason: 'empty' }
  | { reason: 'binary'; kind: BinaryKind }
  | { reason: 'invalid'; encoding: TextEncoding; byteOffset: number; line: number; bytes: string };

export type DecodeOutcome = { ok: true; result: DecodeResult } | { ok: false; failure: DecodeFailure };

const SAMPLE = 65_536;

function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM: ASCII text has a zero in every other byte. */
function bomlessUtf16(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** A spreadsheet workbook renamed to .csv, known by its first bytes. */
function workbookKind(bytes: Uint8Array): BinaryKind | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  return null;
}

/** A workbook or other binary renamed to .csv: NUL bytes or many control characters. */
export function binaryKind(bytes: Uint8Array): BinaryKind | null {
  const workbook = workbookKind(bytes);
  if (workbook) return workbook;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'nul';
    // tab, LF, FF, CR and ESC-free text; anything else below 0x20 (and DEL) is not in a CSV
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.02 ? 'control' : null;
}

/** Offset of the first byte that is not part of well-formed UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array, from = 0): number {
  const n = bytes.length;
  // ASCII runs four bytes at a time: a large CSV is mostly ASCII, and this check stands in for a
  // full decode on the byte-scanner path (aligned views only; Uint32Array needs it)
  const words = bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, n >> 2) : null;
  let i = from;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      if (words !== null && (i & 3) === 0)
        for (let w = i >> 2; w < words.length && (words[w]! & 0x80808080) === 0; w++) i += 4;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Length of the GB18030 sequence at `i` (1, 2 or 4 bytes), or 0 when it is not well-formed. */
function gb18030Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b <= 0x80) return 1; // 0x80 is € in the WHATWG decoder
  if (b === 0xff) return 0;
  const b2 = bytes[i + 1];
  if (b2 === undefined) return 0;
  if ((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0x80 && b2 <= 0xfe)) return 2;
  if (b2 < 0x30 || b2 > 0x39) return 0;
  const b3 = bytes[i + 2];
  const b4 = bytes[i + 3];
  if (b3 === undefined || b4 === undefined || b3 < 0x81 || b3 > 0xfe || b4 < 0x30 || b4 > 0x39) return 0;
  return 4;
}

/** Offset of the first byte that is not a well-formed GB18030 sequence, or -1 (structure only). */
function invalidGb18030Offset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const length = gb18030Length(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

function invalidUtf16Offset(bytes: Uint8Array, start: number, le: boolean): number {
  const end = start + ((bytes.length - start) & ~1);
  for (let i = start; i < end; i += 2) {
    const u = le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (u >= 0xd800 && u <= 0xdbff) {
      const j = i + 2;
      if (j >= end) return i;
      const v = le ? bytes[j]! | (bytes[j + 1]! << 8) : (bytes[j]! << 8) | bytes[j + 1]!;
      if (v < 0xdc00 || v > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return end < bytes.length ? end : -1;
}

function tryDecode(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * 1-based line of a byte offset, in the encoding's code units. A line ends at LF, CRLF or a bare CR
 * (old Mac files and some exports end lines with CR only).
 */
function lineAt(bytes: Uint8Array, offset: number, encoding: TextEncoding): number {
  const wide = encoding === 'utf-16le' || encoding === 'utf-16be';
  const step = wide ? 2 : 1;
  const low = encoding === 'utf-16le' ? 0 : 1; // where the low byte of a code unit sits
  // an ASCII code unit's value, or -1 for any other (a UTF-16 unit whose high byte is not 0)
  const unit = (i: number): number => (!wide ? bytes[i]! : bytes[i + 1 - low] === 0 ? bytes[i + low]! : -1);
  let line = 1;
  for (let i = 0; i + step - 1 < offset; i += step) {
    const c = unit(i);
    if (c === 0x0a || (c === 0x0d && (i + step >= bytes.length || unit(i + step) !== 0x0a))) line++;
  }
  return line;
}

function hexBytes(bytes: Uint8Array, offset: number): string {
  return Array.from(
    bytes.subarray(offset, offset + 4),
    (b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join(' ');
}

function invalidOffset(bytes: Uint8Array, encoding: TextEncoding, start: number): number {
  switch (encoding) {
    case 'utf-8':
      return invalidUtf8Offset(bytes, start);
    case 'gb18030': {
      // an unmapped code before the first structural error comes first: look for one in the bytes
      // before it (they are well-formed, so only the decoder can refuse them)
      const structural = invalidGb18030Offset(bytes);
      if (structural < 0) return firstFailingPrefix(bytes);
      const before = bytes.subarray(0, structural);
      return tryDecode(before, 'gb18030') === null ? firstFailingPrefix(before) : structural;
    }
    case 'utf-16le':
      return invalidUtf16Offset(bytes, start, true);
    case 'utf-16be':
      return invalidUtf16Offset(bytes, start, false);
  }
}

/**
 * Well-formed but unmapped GB18030 sequences (a four-byte code past the last one mapped): the failing
 * line by bisection on line starts (a prefix decodes until it takes in that line), then the failing
 * character within it, decoded alone (the encoding carries no state from one character to the next).
 */
function firstFailingPrefix(bytes: Uint8Array): number {
  // GB18030 never uses 0x0A or 0x0D inside a character, so either ends a line
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a || bytes[i] === 0x0d) starts.push(i + 1);
  // the bytes before starts[good] decode; those before starts[bad] do not (the whole file does not)
  let good = 0;
  let bad = starts.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (tryDecode(bytes.subarray(0, starts[mid]), 'gb18030') === null) bad = mid;
    else good = mid;
  }
  const line = starts[good]!;
  for (let i = line; i < bytes.length;) {
    const length = gb18030Length(bytes, i);
    if (length > 1 && tryDecode(bytes.subarray(i, i + length), 'gb18030') === null) return i;
    i += length;
  }
  return line;
}

function failure(bytes: Uint8Array, encoding: TextEncoding, start: number): DecodeOutcome {
  const at = Math.max(invalidOffset(bytes, encoding, start), 0);
  return {
    ok: false,
    failure: {
      reason: 'invalid',
      encoding,
      byteOffset: at,
      line: lineAt(bytes, at, encoding),
      bytes: hexBytes(bytes, at),
    },
  };
}

function done(text: string, encoding: TextEncoding, overridden: boolean, bom: boolean): DecodeOutcome {
  if (text.trim() === '') return { ok: false, failure: { reason: 'empty' } };
  return { ok: true, result: { text, encoding, overridden, bom } };
}

/** Valid UTF-8 kept as bytes for the byte-level scanner (see Utf8DelimitedReader). */
export interface Utf8Body {
  bytes: Uint8Array;
  /** Where the text starts: 3 after a BOM, else 0. */
  start: number;
}

export type ScanOutcome = DecodeOutcome | { ok: true; utf8: Utf8Body; result: Omit<DecodeResult, 'text'> };

/**
 * Auto: a BOM decides; otherwise strict UTF-8, then GB18030 (Excel's "CSV" on Chinese Windows is GBK,
 * which GB18030 contains). An explicit choice is used as is.
 */
export function decodeBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodeOutcome {
  return decodeWith(bytes, choice, false) as DecodeOutcome;
}

/**
 * As decodeBytes, in the same order and with the same failures, but a file that is valid UTF-8 is
 * checked and not decoded: it comes back as bytes (`utf8`), for a scanner that reads them directly.
 * Any other encoding is decoded to text as before.
 */
export function decodeForScan(bytes: Uint8Array, choice: EncodingChoice = 'auto'): ScanOutcome {
  return decodeWith(bytes, choice, true);
}

function decodeWith(bytes: Uint8Array, choice: EncodingChoice, keepUtf8: boolean): ScanOutcome {
  // the one place the two differ: UTF-8 checked in place instead of decoded
  const attempt = (
    encoding: TextEncoding,
    start: number,
    overridden: boolean,
    bom: boolean,
  ): ScanOutcome | null => {
    if (keepUtf8 && encoding === 'utf-8') {
      if (invalidUtf8Offset(bytes, start) >= 0) return null;
      if (blankUtf8(bytes, start)) return { ok: false, failure: { reason: 'empty' } };
      return { ok: true, utf8: { bytes, start }, result: { encoding, overridden, bom } };
    }
    const text = tryDecode(start > 0 ? bytes.subarray(start) : bytes, encoding);
    return text === null ? null : done(text, encoding, overridden, bom);
  };
  if (bytes.length === 0) return { ok: false, failure: { reason: 'empty' } };
  const bom = bomOf(bytes);
  if (choice !== 'auto') {
    const skip = bom && bom.encoding === choice ? bom.length : 0;
    return attempt(choice, skip, true, skip > 0) ?? failure(bytes, choice, skip);
  }
  if (bom) {
    if (bytes.length === bom.length) return { ok: false, failure: { reason: 'empty' } };
    return attempt(bom.encoding, bom.length, false, true) ?? failure(bytes, bom.encoding, bom.length);
  }
  const workbook = workbookKind(bytes);
  if (workbook) return { ok: false, failure: { reason: 'binary', kind: workbook } };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return attempt(utf16, 0, false, false) ?? failure(bytes, utf16, 0);
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, failure: { reason: 'binary', kind: binary } };
  const utf8 = attempt('utf-8', 0, false, false);
  if (utf8 !== null) return utf8;
  const gb = attempt('gb18030', 0, false, false);
  if (gb !== null) return gb;
  // Neither fits: report against the encoding the file most resembles (valid UTF-8 up to a late
  // error means a UTF-8 file with a bad spot).
  const utf8Bad = invalidUtf8Offset(bytes);
  const looksUtf8 =
    utf8Bad > 0 && invalidUtf8Offset(bytes.subarray(0, utf8Bad)) < 0 && hasMultibyte(bytes, utf8Bad);
  return failure(bytes, looksUtf8 ? 'utf-8' : 'gb18030', 0);
}

/** What `text.trim() === ''` says of the decoded text, mostly without decoding it. */
function blankUtf8(bytes: Uint8Array, start: number): boolean {
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    // other whitespace (U+3000, NBSP…) is multi-byte: let trim decide, as the text path does
    return b < 0x80
      ? false
      : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(start)).trim() === '';
  }
  return true;
}

function hasMultibyte(bytes: Uint8Array, end: number): boolean {
  for (let i = 0; i < end; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}
