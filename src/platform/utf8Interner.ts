// Decoded text of UTF-8 byte ranges, each distinct short sequence decoded once. Shared by the import's
// byte scanner (src/import/utf8Reader.ts: ids, names, units and quotes repeat row after row) and by
// the engine's result rows (src/engine/arrowRows.ts: a column's repeated strings).

/** Ranges longer than this are decoded each time: long texts rarely repeat, and would bloat the table. */
const INTERN_MAX_BYTES = 96;
/** Distinct sequences remembered by default (the import's scanner over a whole file). */
const INTERN_MAX_ENTRIES = 65_536;

/**
 * Decoded text of byte ranges, interned: equal byte sequences give the same string. Entries point
 * back into the input (where the sequence was first seen), so a hit costs a hash and a byte compare.
 * An open-addressing table of typed arrays, not a Map: it runs once per kept quote, a million times.
 */
export class Utf8Interner {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  /** Entry + 1 per slot (0: empty), probed linearly from the hash. */
  private readonly slots: Int32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly texts: (string | undefined)[];
  private readonly maxEntries: number;
  private count = 0;

  /**
   * `maxEntries`: distinct sequences remembered; past it the table stops growing (a column of unique
   * notes) and further ones are decoded each time. The table's memory is fixed by it up front.
   */
  constructor(
    private readonly bytes: Uint8Array,
    maxEntries = INTERN_MAX_ENTRIES,
  ) {
    this.maxEntries = maxEntries;
    // A power of two, at least twice the entries, so probes stay short.
    let slots = 2;
    while (slots < 2 * maxEntries) slots *= 2;
    this.slots = new Int32Array(slots);
    this.starts = new Int32Array(maxEntries);
    this.ends = new Int32Array(maxEntries);
    this.texts = new Array<string | undefined>(maxEntries).fill(undefined);
  }

  text(start: number, end: number): string {
    const len = end - start;
    if (len === 0) return '';
    const e = len > INTERN_MAX_BYTES ? -1 : this.id(start, end);
    if (e < 0) return this.decode(start, end);
    return (this.texts[e] ??= this.decode(start, end));
  }

  /**
   * The entry of these bytes (added if new; decoded only when its text is asked for), or -1 when the
   * table is full or the range is too long. Equal bytes always get the same answer.
   */
  id(start: number, end: number): number {
    const bytes = this.bytes;
    const len = end - start;
    if (len > INTERN_MAX_BYTES) return -1;
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k]!, 0x01000193);
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (let e = this.slots[slot]! - 1; e >= 0; e = this.slots[slot]! - 1) {
      const s = this.starts[e]!;
      if (this.ends[e]! - s === len) {
        let k = 0;
        while (k < len && bytes[s + k] === bytes[start + k]) k++;
        if (k === len) return e;
      }
      slot = (slot + 1) & mask;
    }
    const e = this.count;
    if (e >= this.maxEntries) return -1;
    this.count = e + 1;
    this.starts[e] = start;
    this.ends[e] = end;
    this.slots[slot] = e + 1;
    return e;
  }

  /** ASCII is built directly: TextDecoder's per-call cost outweighs a few characters. */
  private decode(start: number, end: number): string {
    const bytes = this.bytes;
    if (end - start > INTERN_MAX_BYTES) return this.decoder.decode(bytes.subarray(start, end));
    let ascii = true;
    for (let k = start; k < end && ascii; k++) ascii = bytes[k]! < 0x80;
    if (!ascii || end - start > 32) return this.decoder.decode(bytes.subarray(start, end));
    let s = '';
    for (let k = start; k < end; k++) s += String.fromCharCode(bytes[k]!);
    return s;
  }
}
