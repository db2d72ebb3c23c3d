// What `npm run bench` measures: every part by default, or only those named with `--only`, so that
// one part can be measured again without the others (a full run takes about ten minutes).

export const BENCH_PARTS = ['load', 'interaction', 'import'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export interface BenchOptions {
  parts: ReadonlySet<BenchPart>;
  /** True when every part runs: only then are the README table and bench/results.* rewritten. */
  full: boolean;
  /** Import sizes (rows) to measure; null for the default sizes. */
  importRows: number[] | null;
}

const USAGE =
  'usage: npm run bench [-- --only load|interaction|import[,…]] [--rows 1000000[,…]] (see README, 性能 · Speed)';

/** Reads `--only a,b` (or `--only=a`, repeatable) and `--rows n,m`; throws with the usage on anything else. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const parts = new Set<BenchPart>();
  let importRows: number[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value\n${USAGE}`);
      return v.split(',').map((s) => s.trim());
    };
    if (flag === '--only') {
      for (const p of value()) {
        if (!(BENCH_PARTS as readonly string[]).includes(p))
          throw new Error(`unknown part "${p}" (one of ${BENCH_PARTS.join(', ')})\n${USAGE}`);
        parts.add(p as BenchPart);
      }
    } else if (flag === '--rows') {
      importRows = value().map((s) => {
        const n = Number(s.replace(/_/g, ''));
        if (!Number.isInteger(n) || n <= 0) throw new Error(`--rows: "${s}" is not a row count\n${USAGE}`);
        return n;
      });
    } else throw new Error(`unknown argument "${arg}"\n${USAGE}`);
  }
  const chosen = parts.size > 0 ? parts : new Set(BENCH_PARTS);
  return { parts: chosen, full: chosen.size === BENCH_PARTS.length && importRows === null, importRows };
}
