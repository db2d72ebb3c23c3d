// A pull reader for delimited text (CSV/TSV, RFC 4180 quoting). Hand-written because it is the hot
// loop of a million-row import: lines without a quote are split with indexOf and fields are sliced
// only when asked for; quoted fields (delimiters, doubled quotes, line breaks inside) take a slow path.

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * A malformed quote in the current record. `unclosed_quote`: a quote opens a field and never closes
 * (or closes only lines later, followed by more text), so the record is cut at the end of the line
 * where the quote opened and reading goes on with the next line: the rows after it are read, not
 * swallowed. `text_after_quote`: `"三服务"活动` — the field is kept as written, quotes included.
 */
export interface RecordDefect {
  kind: 'unclosed_quote' | 'text_after_quote';
  /** 0-based field index. */
  field: number;
  /** 1-based line of the text where the quote opened. */
  line: number;
}

/** Spans of a delimited text kept until the end of a large import (see DelimitedReader.fieldStart). */
export interface SpanSource {
  fieldStart(i: number): number;
  fieldEnd(i: number): number;
  spanText(start: number, end: number): string;
}

/** Anything a record-by-record consumer needs: CSV/TSV text and Parquet rows both implement it. */
export interface RecordSource {
  /** A malformed quote in the current record (null for almost every record). */
  readonly defect: RecordDefect | null;
  /** Text spans for cells kept to the end (null when the source has no text to keep spans in). */
  readonly spans: SpanSource | null;
  /** Advances to the next record; false at the end. */
  next(): boolean;
  /** 1-based spreadsheet row number of the current record. */
  readonly row: number;
  /** Number of fields in the current record. */
  readonly count: number;
  /** Field `i` as text ('' past the end). */
  field(i: number): string;
  /** 0..1, how far through the input the reader is. */
  progress(): number;
  /** True when every field is blank. */
  isBlank(): boolean;
  /** Field `i` is exactly `text` (compared without slicing). */
  fieldIs(i: number, text: string): boolean;
  /** Field `i` as a non-negative integer when it is plain digits (≤ 15), else -1; read without slicing. */
  intField(i: number): number;
  /** A 32-bit hash of field `i`'s raw text, computed in place (see FieldCache). */
  fieldHash(i: number): number;
  /**
   * A small number for field `i`'s raw text, equal for equal texts, or -1 (escaped, long, or too many
   * distinct texts); only the byte scanner has one. FieldCache then keys by it instead of the hash.
   */
  fieldId?(i: number): number;
}

function indexOrEnd(text: string, char: string, from: number): number {
  const i = text.indexOf(char, from);
  return i < 0 ? text.length : i;
}

// Both scan character by character, never past the field: searching the rest of the text for a CR
// that is not there would make a file full of such fields quadratic.
function lineBreakBetween(text: string, from: number, to: number): boolean {
  return lineEndAt(text, from) < to;
}

/** Offset of the line break (or end of text) at or after `from`. */
function lineEndAt(text: string, from: number): number {
  let k = from;
  for (const len = text.length; k < len; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || c === CR) break;
  }
  return k;
}

export class DelimitedReader implements RecordSource, SpanSource {
  row = 0;
  count = 0;
  defect: RecordDefect | null = null;
  readonly spans: SpanSource = this;
  /** Line counting for defects, resumed from the last one (defects come in text order). */
  private lineAt = 0;
  private lineNo = 1;
  private starts = new Int32Array(32);
  private ends = new Int32Array(32);
  /** 1 when the field was quoted and holds doubled quotes that need undoubling. */
  private escaped = new Uint8Array(32);
  private pos: number;
  private nextQuote = -1;
  private nextCr = -1;
  private nextLf = -1;
  private nextDelim = -1;
  private readonly delim: number;
  private readonly delimChar: string;

  constructor(
    private readonly text: string,
    delimiter: string,
    start = 0,
  ) {
    this.delimChar = delimiter;
    this.delim = delimiter.charCodeAt(0);
    this.pos = start;
  }

  progress(): number {
    return this.text.length === 0 ? 1 : this.pos / this.text.length;
  }

  /** Text offset where the next record starts. */
  get offset(): number {
    return this.pos;
  }

  /**
   * Where field `i` lies in the text, for cells kept until the end of a large import (quotes): slicing
   * them all at once later is far cheaper than a million strings living through the scan.
   * Returns -1 for a missing field; escaped (doubled-quote) fields as `-(start + 2)`.
   */
  fieldStart(i: number): number {
    if (i >= this.count) return -1;
    return this.escaped[i] ? -(this.starts[i]! + 2) : this.starts[i]!;
  }

  fieldEnd(i: number): number {
    return i >= this.count ? -1 : this.ends[i]!;
  }

  /** The text of a span recorded with fieldStart/fieldEnd. */
  spanText(start: number, end: number): string {
    if (start === -1) return '';
    if (start < -1) return this.text.slice(-start - 2, end).replace(/""/g, '"');
    return this.text.slice(start, end);
  }

  field(i: number): string {
    if (i >= this.count) return '';
    const s = this.text.slice(this.starts[i], this.ends[i]);
    return this.escaped[i] ? s.replace(/""/g, '"') : s;
  }

  fieldIs(i: number, text: string): boolean {
    if (i >= this.count) return text === '';
    const start = this.starts[i]!;
    const len = text.length;
    if (this.ends[i]! - start !== len || this.escaped[i]) return false;
    // a plain loop: `startsWith` at an offset into a 60 MB text cost ~0.4 µs a call in Chromium,
    // and this runs several times per row on names a few characters long
    const source = this.text;
    for (let k = 0; k < len; k++) if (source.charCodeAt(start + k) !== text.charCodeAt(k)) return false;
    return true;
  }

  fieldHash(i: number): number {
    if (i >= this.count) return 0;
    let h = this.escaped[i]! ? 1 : 0x811c9dc5;
    for (let k = this.starts[i]!, end = this.ends[i]!; k < end; k++)
      h = Math.imul(h ^ this.text.charCodeAt(k), 0x01000193);
    return h;
  }

  intField(i: number): number {
    if (i >= this.count) return -1;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (end === start || end - start > 15) return -1;
    let v = 0;
    for (let k = start; k < end; k++) {
      const c = this.text.charCodeAt(k) - 48;
      if (c < 0 || c > 9) return -1;
      v = v * 10 + c;
    }
    return v;
  }

  /** True when every field is blank (an empty line, or `,,,` that spreadsheets write for an empty row). */
  isBlank(): boolean {
    for (let i = 0; i < this.count; i++) {
      for (let k = this.starts[i]!; k < this.ends[i]!; k++) {
        const c = this.text.charCodeAt(k);
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
    const text = this.text;
    const len = text.length;
    const i = this.pos;
    if (i >= len) return false;
    this.count = 0;
    this.defect = null;
    this.row++;
    // Next LF / quote / CR / delimiter positions are cached: searching afresh on every line would be
    // quadratic in a file that has none (CR-only line ends: no LF; a column of notes: no delimiter).
    if (this.nextLf < i) this.nextLf = indexOrEnd(text, '\n', i);
    const nl = this.nextLf;
    let end = nl;
    if (end > i && text.charCodeAt(end - 1) === CR) end--;
    if (this.nextQuote < i) this.nextQuote = indexOrEnd(text, '"', i);
    if (this.nextCr < i) this.nextCr = indexOrEnd(text, '\r', i);
    if (this.nextQuote >= end && this.nextCr >= end) {
      // fast path: no quote and no bare CR on this line
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
      // past the LF; a last line without one ends at the end of the text, not one past it (progress ≤ 1)
      this.pos = Math.min(nl + 1, len);
      return true;
    }
    this.pos = this.nextCr >= end ? this.quotedRecord(i, end) : this.slowRecord(i);
    return true;
  }

  /**
   * A record with quoted fields and no bare CR on its first line (the common case: a quote column).
   * Unquoted fields are split with indexOf; a quoted field may run over line breaks, after which the
   * rest of the record is read by the general slow path.
   */
  private quotedRecord(from: number, lineEnd: number): number {
    const text = this.text;
    const len = text.length;
    let i = from;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE && i < lineEnd) {
        const start = i + 1;
        let j = start;
        let escaped = 0;
        let close = -1;
        for (;;) {
          const k = text.indexOf('"', j);
          if (k < 0) break;
          if (text.charCodeAt(k + 1) === QUOTE) {
            escaped = 1;
            j = k + 2;
            continue;
          }
          close = k;
          break;
        }
        if (close < 0 || close >= lineEnd) {
          // the quoted field spans lines: start this record again on the general path
          this.count = 0;
          return this.slowRecord(from);
        }
        i = close + 1;
        if (i < lineEnd && text.charCodeAt(i) !== this.delim) {
          // text after the closing quote (`"a"b,`): keep the field as written, quotes included
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
        return text.charCodeAt(lineEnd) === CR ? lineEnd + 2 : lineEnd + 1;
      }
      i++; // past the delimiter
      if (i >= lineEnd) {
        this.push(i, i, 0); // trailing delimiter: an empty last field
        if (lineEnd >= len) return len;
        return text.charCodeAt(lineEnd) === CR ? lineEnd + 2 : lineEnd + 1;
      }
    }
  }

  /**
   * The first delimiter at or after `from` (text length when none), cached: the reader only moves
   * forward, and a line without one must not search the rest of the text each time.
   */
  private delimiterAt(from: number): number {
    if (this.nextDelim < from) this.nextDelim = indexOrEnd(this.text, this.delimChar, from);
    return this.nextDelim;
  }

  private flag(kind: RecordDefect['kind'], at: number): void {
    if (this.defect) return; // the first defect of a record is the one to report
    // Only on a defect, so not on the hot path. A line ends at LF, CRLF or a bare CR (old Mac files).
    const text = this.text;
    for (let k = this.lineAt; k < at; k++) {
      const c = text.charCodeAt(k);
      if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) this.lineNo++;
    }
    this.lineAt = at;
    this.defect = { kind, field: this.count, line: this.lineNo };
  }

  /** One record with quotes or bare CRs, possibly spanning lines. Returns the next record's offset. */
  private slowRecord(from: number): number {
    const text = this.text;
    const len = text.length;
    let i = from;
    for (;;) {
      if (i < len && text.charCodeAt(i) === QUOTE) {
        const start = i + 1;
        let j = start;
        let escaped = 0;
        let close = -1;
        for (;;) {
          const k = text.indexOf('"', j);
          if (k < 0) break; // unterminated: the field runs to the end of the text
          if (text.charCodeAt(k + 1) === QUOTE) {
            escaped = 1;
            j = k + 2;
            continue;
          }
          close = k;
          break;
        }
        let after = close + 1;
        while (close >= 0 && after < len) {
          const c = text.charCodeAt(after);
          if (c === this.delim || c === LF || c === CR) break;
          after++;
        }
        const spansLines = close < 0 || lineBreakBetween(text, start, close);
        if (close < 0 || (spansLines && after > close + 1)) {
          // Never closed, or "closed" lines later by a quote with more text after it: the quote
          // was left open by mistake. Cut the record at the end of its line; the next line is a row.
          this.flag('unclosed_quote', i);
          const eol = lineEndAt(text, start);
          this.push(start, eol, 0);
          if (eol >= len) return len;
          return text.charCodeAt(eol) === CR && text.charCodeAt(eol + 1) === LF ? eol + 2 : eol + 1;
        }
        if (after > close + 1) {
          this.flag('text_after_quote', i);
          this.push(i, after, 0);
        } else this.push(start, close, escaped);
        i = after;
      } else {
        const start = i;
        while (i < len) {
          const c = text.charCodeAt(i);
          if (c === this.delim || c === LF || c === CR) break;
          i++;
        }
        this.push(start, i, 0);
      }
      if (i >= len) return len;
      const c = text.charCodeAt(i);
      if (c === this.delim) {
        i++;
        if (i >= len) {
          this.push(len, len, 0);
          return len;
        }
        continue;
      }
      if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      return i + 1; // LF
    }
  }
}
