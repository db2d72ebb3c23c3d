/** Growable columns of candidate observations: the rows that passed the cell checks, in file order. */
export class Candidates {
  length = 0;
  jurisdiction = new Int32Array(1024);
  year = new Int32Array(1024);
  indicator = new Int32Array(1024);
  value = new Float64Array(1024);
  qualifier = new Uint8Array(1024);
  row = new Int32Array(1024);
  column = new Int32Array(1024);
  /** 0 kept, 1 rejected (error), 2 dropped (exact repeat). */
  status = new Uint8Array(1024);
  /**
   * Each candidate's source file as a code into `sources` (files with a source column): the column
   * repeats a few names, so a million rows hold a million small numbers, not a million references.
   */
  sourceCode = new Int32Array(0);
  readonly sources: string[] = [];
  private readonly sourceCodes = new Map<string, number>();
  quote: string[] = [];
  /** Per-figure comparability flag and reasons, when the file has those columns. */
  comparable: string[] = [];
  comparabilityZh: string[] = [];
  comparabilityEn: string[] = [];
  /** Quote cells as spans of the CSV text (delimited sources only), sliced once at the end. */
  quoteStart = new Int32Array(0);
  quoteEnd = new Int32Array(0);

  push(j: number, y: number, ind: number, v: number, q: number, row: number, col: number): number {
    const n = this.length;
    if (n === this.row.length) this.grow();
    this.jurisdiction[n] = j;
    this.year[n] = y;
    this.indicator[n] = ind;
    this.value[n] = v;
    this.qualifier[n] = q;
    this.row[n] = row;
    this.column[n] = col;
    this.length = n + 1;
    return n;
  }

  /** The code of a source name (each distinct name gets one, in order of appearance). */
  sourceCodeOf(name: string): number {
    let code = this.sourceCodes.get(name);
    if (code === undefined) {
      code = this.sources.length;
      this.sources.push(name);
      this.sourceCodes.set(name, code);
    }
    return code;
  }

  setSource(c: number, code: number): void {
    if (c >= this.sourceCode.length) this.sourceCode = grown(this.sourceCode);
    this.sourceCode[c] = code;
  }

  pushSpan(c: number, start: number, end: number): void {
    if (c >= this.quoteStart.length) {
      this.quoteStart = grown(this.quoteStart);
      this.quoteEnd = grown(this.quoteEnd);
    }
    this.quoteStart[c] = start;
    this.quoteEnd[c] = end;
  }

  private grow(): void {
    const size = this.row.length * 2;
    const g = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(size);
      b.set(a);
      return b;
    };
    this.jurisdiction = g(this.jurisdiction, Int32Array);
    this.year = g(this.year, Int32Array);
    this.indicator = g(this.indicator, Int32Array);
    this.value = g(this.value, Float64Array);
    this.qualifier = g(this.qualifier, Uint8Array);
    this.row = g(this.row, Int32Array);
    this.column = g(this.column, Int32Array);
    this.status = g(this.status, Uint8Array);
  }
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(1024, a.length * 2));
  b.set(a);
  return b;
}
