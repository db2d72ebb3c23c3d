import type { RecordSource } from './delimitedReader';

/**
 * Values keyed by a field's raw text, looked up without slicing the text out: a million rows naming
 * a few hundred jurisdictions and indicators then cost a hash and a compare each, not a million
 * short-lived strings for the garbage collector.
 */
export class FieldCache<T> {
  private readonly buckets = new Map<number, Array<{ text: string; value: T }>>();
  /**
   * The entry found last: a long table repeats a cell from row to row (one place for thousands of
   * rows, one unit, one qualifier), and comparing in place is cheaper than hashing and a map lookup.
   */
  private last: { text: string; value: T } | undefined;

  /** Entries by the reader's field id (see RecordSource.fieldId), where it has one. */
  private readonly byId: Array<{ text: string; value: T } | undefined> = [];

  get(records: RecordSource, i: number): { text: string; value: T } | undefined {
    const id = records.fieldId ? records.fieldId(i) : -1;
    if (id >= 0) return this.byId[id];
    const last = this.last;
    if (last !== undefined && records.fieldIs(i, last.text)) return last;
    const bucket = this.buckets.get(records.fieldHash(i));
    if (!bucket) return undefined;
    for (const entry of bucket)
      if (records.fieldIs(i, entry.text)) {
        this.last = entry;
        return entry;
      }
    return undefined;
  }

  /** Remembers `value` for field `i`'s raw text (as returned by `field(i)`, untrimmed). */
  set(records: RecordSource, i: number, value: T): { text: string; value: T } {
    const entry = { text: records.field(i), value };
    const id = records.fieldId ? records.fieldId(i) : -1;
    if (id >= 0) {
      // ids are small and dense: keep the array packed (holes would turn it into a dictionary)
      while (this.byId.length < id) this.byId.push(undefined);
      this.byId[id] = entry;
      return entry;
    }
    // a quoted field with doubled quotes never compares equal in place: look it up by slicing instead
    if (!records.fieldIs(i, entry.text)) return entry;
    const h = records.fieldHash(i);
    const bucket = this.buckets.get(h);
    if (bucket) bucket.push(entry);
    else this.buckets.set(h, [entry]);
    this.last = entry;
    return entry;
  }
}
