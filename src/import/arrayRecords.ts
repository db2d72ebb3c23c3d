import { plainInteger } from './parseCells';
import type { RecordDefect, RecordSource } from './delimitedReader';

/** Rows already split into cells (Parquet, workbooks), read like a CSV whose first row is the header. */
export class ArrayRecords implements RecordSource {
  row = 0;
  /** Cells come already split: there is no quoting to go wrong. */
  readonly defect: RecordDefect | null = null;
  readonly spans = null;
  private current: readonly string[] = [];

  constructor(private readonly rows: readonly (readonly string[])[]) {}

  get count(): number {
    return this.current.length;
  }

  next(): boolean {
    if (this.row >= this.rows.length) return false;
    this.current = this.rows[this.row]!;
    this.row++;
    return true;
  }

  field(i: number): string {
    return this.current[i] ?? '';
  }

  isBlank(): boolean {
    return this.current.every((c) => c.trim() === '');
  }

  fieldIs(i: number, text: string): boolean {
    return this.field(i) === text;
  }

  fieldHash(i: number): number {
    const text = this.field(i);
    let h = 0x811c9dc5;
    for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    return h;
  }

  intField(i: number): number {
    return plainInteger(this.field(i));
  }

  progress(): number {
    return this.rows.length === 0 ? 1 : this.row / this.rows.length;
  }
}
