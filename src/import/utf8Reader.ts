import type { RecordDefect, RecordSource, SpanSource } from './delimitedReader';
import { Utf8Interner } from '../platform/utf8Interner';

// The same pull reader as DelimitedReader, over the UTF-8 bytes of a file instead of its decoded
// text: a million-row import then never builds the whole file as one JS string (≈ 0.7 s in
// Chromium at 64 MB). It is a port line for line, which is sound because every byte the scanner
// looks at (quote, delimiter, CR, LF, space, tab, digits) is ASCII, and in UTF-8 an ASCII byte never
// occurs inside a multi-byte character: records split at the same places, byte offsets standing in
// for character offsets. Only valid UTF-8 reaches it (the decoder checks first); a differential
// property test holds it to DelimitedReader on random text.
//
// Cells are decoded only when read as text, and short ones once per distinct byte sequence: ids,
// names, units and quotes repeat from row to row, so a million reads become a few thousand decodes.

const QUOTE = 34;
const LF = 10;
const CR = 13;

function indexOrEnd(bytes: Uint8Array, byte: number, from: number): number {
  const i = bytes.indexOf(byte, from);
  return i < 0 ? bytes.length : i;
}

/** Offset of the line break (or end of input) at or after `from`. */
function lineEndAt(bytes: Uint8Array, from: number): number {
  let k = from;
  for (const len = bytes.length; k < len; k++) {
    const c = bytes[k]!;
    if (c === LF || c === CR) break;
  }
  return k;
}

function lineBreakBetween(bytes: Uint8Array, from: number, to: number): boolean {
  return lineEndAt(bytes, from) < to;
}

export class Utf8DelimitedReader implements RecordSource, SpanSource {
  row = 0;
  count = 0;
  defect: RecordDefect | null = null;
  readonly spans: SpanSource = this;
  private lineAt: number;
  private lineNo = 1;
  private starts = new Int32Array(32);
  private ends = new Int32Array(32);
  private escaped = new Uint8Array(32);
  private pos: number;
  private nextQuote = -1;
  private nextCr = -1;
  private nextLf = -1;
  private nextDelim = -1;
  private readonly delim: number;
  private readonly interner: Utf8Interner;

  /** `start`: where the text begins (3 after a UTF-8 BOM). `delimiter` must be ASCII. */
  constructor(
    private readonly bytes: Uint8Array,
    delimiter: string,
    private readonly start = 0,
  ) {
    this.delim = delimiter.charCodeAt(0);
    if (this.delim >= 0x80) throw new RangeError('Utf8DelimitedReader: the delimiter must be ASCII');
    this.pos = start;
    this.lineAt = start;
    this.interner = new Utf8Interner(bytes);
  }

  progress(): number {
    const len = this.bytes.length - this.start;
    return len <= 0 ? 1 : (this.pos - this.start) / len;
  }

  fieldStart(i: number): number {
    if (i >= this.count) return -1;
    return this.escaped[i] ? -(this.starts[i]! + 2) : this.starts[i]!;
  }

  fieldEnd(i: number): number {
    return i >= this.count ? -1 : this.ends[i]!;
  }

  spanText(start: number, end: number): string {
    if (start === -1) return '';
    if (start < -1) return this.interner.text(-start - 2, end).replace(/""/g, '"');
    return this.interner.text(start, end);
  }

  field(i: number): string {
    if (i >= this.count) return '';
    const s = this.interner.text(this.starts[i]!, this.ends[i]!);
    return this.escaped[i] ? s.replace(/""/g, '"') : s;
  }

  /** Compares the field's UTF-8 bytes with `text`'s UTF-16 code units, encoding as it goes. */
  fieldIs(i: number, text: string): boolean {
    if (i >= this.count) return text === '';
    if (this.escaped[i]) return false;
    const bytes = this.bytes;
    let k = this.starts[i]!;
    const end = this.ends[i]!;
    const n = text.length;
    // each code unit takes at least one byte and at most three
    if (end - k < n || end - k > 3 * n) return false;
    for (let c = 0; c < n; c++) {
      const u = text.charCodeAt(c);
      if (u < 0x80) {
        if (bytes[k] !== u) return false;
        k++;
      } else if (u < 0x800) {
        if (bytes[k] !== (0xc0 | (u >> 6)) || bytes[k + 1] !== (0x80 | (u & 0x3f))) return false;
        k += 2;
      } else if (u >= 0xd800 && u <= 0xdbff) {
        const v = text.charCodeAt(c + 1);
        if (!(v >= 0xdc00 && v <= 0xdfff)) return false; // a lone surrogate is in no valid UTF-8
        const cp = 0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00);
        if (
          bytes[k] !== (0xf0 | (cp >> 18)) ||
          bytes[k + 1] !== (0x80 | ((cp >> 12) & 0x3f)) ||
          bytes[k + 2] !== (0x80 | ((cp >> 6) & 0x3f)) ||
          bytes[k + 3] !== (0x80 | (cp & 0x3f))
        )
          return false;
        k += 4;
        c++;
      } else if (u >= 0xdc00 && u <= 0xdfff) return false;
      else {
        if (
          bytes[k] !== (0xe0 | (u >> 12)) ||
          bytes[k + 1] !== (0x80 | ((u >> 6) & 0x3f)) ||
          bytes[k + 2] !== (0x80 | (u & 0x3f))
        )
          return false;
        k += 3;
      }
      if (k > end) return false;
    }
    return k === end;
  }

  fieldId(i: number): number {
    if (i >= this.count || this.escaped[i]) return -1;
    return this.interner.id(this.starts[i]!, this.ends[i]!);
  }

  fieldHash(i: number): number {
    if (i >= this.count) return 0;
    let h = this.escaped[i]! ? 1 : 0x811c9dc5;
    for (let k = this.starts[i]!, end = this.ends[i]!; k < end; k++)
      h = Math.imul(h ^ this.bytes[k]!, 0x01000193);
    return h;
  }

  intField(i: number): number {
    if (i >= this.count) return -1;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (end === start || end - start > 15) return -1;
    let v = 0;
    for (let k = start; k < end; k++) {
      const c = this.bytes[k]! - 48;
      if (c < 0 || c > 9) return -1;
      v = v * 10 + c;
    }
    return v;
  }

  isBlank(): boolean {
    for (let i = 0; i < this.count; i++) {
      for (let k = this.starts[i]!; k < this.ends[i]!; k++) {
        const c = this.bytes[k]!;
        if (c !== 32 && c !== 9) return false;
      }
    }
    return true;
  }

  private push(start: number, end: number, escaped: number): void {
    const n = this.count;
    if (n === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (len: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts, (l) => new Int32Array(l));
      this.ends = grow(this.ends, (l) => new Int32Array(l));
      this.escaped = grow(this.escaped, (l) => new Uint8Array(l));
    }
    this.starts[n] = start;
    this.ends[n] = end;
    this.escaped[n] = escaped;
    this.count = n + 1;
  }

  next(): boolean {
    const i = this.pos;
    if (i >= this.bytes.length) return false;
    this.count = 0;
    this.defect = null;
    this.row++;
    const pos = this.plainRecord(i);
    if (pos >= 0) {
      this.pos = pos;
      return true;
    }
    this.count = 0;
    return this.generalRecord(i);
  }

  /**
   * The common record in one pass over its bytes: fields split at delimiters, quoted fields that
   * close on their line and are followed by a delimiter or the line's end, and an LF, CRLF or the end
   * of input after it. Anything else (a bare CR, a quoted field running over lines, text after a
   * closing quote) returns -1 and the record is read again by the general path below, which is
   * DelimitedReader's. Typed-array `indexOf` calls cost more than they save on fields a few bytes
   * long, so this loop looks at each byte once instead.
   */
  private plainRecord(from: number): number {
    const bytes = this.bytes;
    const len = bytes.length;
    const delim = this.delim;
    let s = from;
    let k = from;
    for (;;) {
      if (k >= len) {
        this.push(s, len, 0);
        // a last line without a break ends at the end of the bytes, as in DelimitedReader (progress ≤ 1)
        return len;
      }
      const c = bytes[k]!;
      if (c === delim) {
        this.push(s, k, 0);
        s = ++k;
      } else if (c === LF) {
        this.push(s, k, 0);
        return k + 1;
      } else if (c === CR) {
        if (bytes[k + 1] !== LF) return -1; // a bare CR ends lines in some files: the general path
        this.push(s, k, 0);
        return k + 2;
      } else if (c === QUOTE && k === s) {
        let escaped = 0;
        let j = k + 1;
        for (;;) {
          if (j >= len) return -1;
          const q = bytes[j]!;
          if (q === QUOTE) {
            if (bytes[j + 1] !== QUOTE) break;
            escaped = 1;
            j += 2;
          } else if (q === LF || q === CR) return -1;
          else j++;
        }
        const after = bytes[j + 1];
        if (after !== undefined && after !== delim && after !== LF && after !== CR) return -1;
        this.push(k + 1, j, escaped);
        if (after === undefined) return len;
        if (after === LF) return j + 2;
        if (after === CR) {
          if (bytes[j + 2] !== LF) return -1;
          return j + 3;
        }
        s = k = j + 2;
      } else {
        k++; // a quote inside a field is text
      }
    }
  }

  /** DelimitedReader.next, from the cached positions on. */
  private generalRecord(i: number): boolean {
    const bytes = this.bytes;
    if (this.nextLf < i) this.nextLf = indexOrEnd(bytes, LF, i);
    const nl = this.nextLf;
    let end = nl;
    if (end > i && bytes[end - 1] === CR) end--;
    if (this.nextQuote < i) this.nextQuote = indexOrEnd(bytes, QUOTE, i);
    if (this.nextCr < i) this.nextCr = indexOrEnd(bytes, CR, i);
    if (this.nextQuote >= end && this.nextCr >= end) {
      let s = i;
      for (;;) {
        const d = this.delimiterAt(s);
        if (d >= end) {
          this.push(s, end, 0);
          break;
        }
        this.push(s, d, 0);
        s = d + 1;
      }
      // past the LF; a last line without one ends at the end of the bytes, not one past it (progress ≤ 1)
      this.pos = Math.min(nl + 1, bytes.length);
      return true;
    }
    this.pos = this.nextCr >= end ? this.quotedRecord(i, end) : this.slowRecord(i);
    return true;
  }

  private quotedRecord(from: number, lineEnd: number): number {
    const bytes = this.bytes;
    const len = bytes.length;
    let i = from;
    for (;;) {
      if (bytes[i] === QUOTE && i < lineEnd) {
        const start = i + 1;
        let j = start;
        let escaped = 0;
        let close = -1;
        for (;;) {
          const k = bytes.indexOf(QUOTE, j);
          if (k < 0) break;
          if (bytes[k + 1] === QUOTE) {
            escaped = 1;
            j = k + 2;
            continue;
          }
          close = k;
          break;
        }
        if (close < 0 || close >= lineEnd) {
          this.count = 0;
          return this.slowRecord(from);
        }
        i = close + 1;
        if (i < lineEnd && bytes[i] !== this.delim) {
          const d = this.delimiterAt(i);
          i = d > lineEnd ? lineEnd : d;
          this.flag('text_after_quote', start - 1);
          this.push(start - 1, i, 0);
        } else this.push(start, close, escaped);
      } else {
        const d = this.delimiterAt(i);
        const end = d > lineEnd ? lineEnd : d;
        this.push(i, end, 0);
        i = end;
      }
      if (i >= lineEnd) {
        if (lineEnd >= len) return len;
        return bytes[lineEnd] === CR ? lineEnd + 2 : lineEnd + 1;
      }
      i++;
      if (i >= lineEnd) {
        this.push(i, i, 0);
        if (lineEnd >= len) return len;
        return bytes[lineEnd] === CR ? lineEnd + 2 : lineEnd + 1;
      }
    }
  }

  private delimiterAt(from: number): number {
    if (this.nextDelim < from) this.nextDelim = indexOrEnd(this.bytes, this.delim, from);
    return this.nextDelim;
  }

  private flag(kind: RecordDefect['kind'], at: number): void {
    if (this.defect) return;
    const bytes = this.bytes;
    for (let k = this.lineAt; k < at; k++) {
      const c = bytes[k];
      if (c === LF || (c === CR && bytes[k + 1] !== LF)) this.lineNo++;
    }
    this.lineAt = at;
    this.defect = { kind, field: this.count, line: this.lineNo };
  }

  private slowRecord(from: number): number {
    const bytes = this.bytes;
    const len = bytes.length;
    let i = from;
    for (;;) {
      if (i < len && bytes[i] === QUOTE) {
        const start = i + 1;
        let j = start;
        let escaped = 0;
        let close = -1;
        for (;;) {
          const k = bytes.indexOf(QUOTE, j);
          if (k < 0) break;
          if (bytes[k + 1] === QUOTE) {
            escaped = 1;
            j = k + 2;
            continue;
          }
          close = k;
          break;
        }
        let after = close + 1;
        while (close >= 0 && after < len) {
          const c = bytes[after];
          if (c === this.delim || c === LF || c === CR) break;
          after++;
        }
        const spansLines = close < 0 || lineBreakBetween(bytes, start, close);
        if (close < 0 || (spansLines && after > close + 1)) {
          this.flag('unclosed_quote', i);
          const eol = lineEndAt(bytes, start);
          this.push(start, eol, 0);
          if (eol >= len) return len;
          return bytes[eol] === CR && bytes[eol + 1] === LF ? eol + 2 : eol + 1;
        }
        if (after > close + 1) {
          this.flag('text_after_quote', i);
          this.push(i, after, 0);
        } else this.push(start, close, escaped);
        i = after;
      } else {
        const start = i;
        while (i < len) {
          const c = bytes[i];
          if (c === this.delim || c === LF || c === CR) break;
          i++;
        }
        this.push(start, i, 0);
      }
      if (i >= len) return len;
      const c = bytes[i];
      if (c === this.delim) {
        i++;
        if (i >= len) {
          this.push(len, len, 0);
          return len;
        }
        continue;
      }
      if (c === CR) return bytes[i + 1] === LF ? i + 2 : i + 1;
      return i + 1;
    }
  }
}
