import { parseChineseNumber } from '../data/chineseNumerals';
import type { Comparable, Qualifier } from '../data/schema';

// Cell text → typed values. Written for the hot loop: plain digits are read without regexes or
// allocation; everything else (thousands separators, 余/约 forms, 万, Chinese numerals) on a slow path.

export type ValueCell =
  | {
      ok: true;
      value: number;
      qualifier: Qualifier | null;
      /** The text carried a percent sign (only percent-unit indicators accept one). */
      percent: boolean;
    }
  | { ok: false; reason: 'empty' | 'no_data' | 'not_a_number' };

/**
 * What Chinese office tables write for "no figure": dashes of every width, a slash, 无. They are no
 * data (NULL), never zero. Compared after NFKC and with spaces removed (so － and ／ are - and /).
 */
export const NO_DATA_MARKS: ReadonlySet<string> = new Set([
  '-',
  '--',
  '—',
  '——',
  '–',
  '―',
  '/',
  '无',
  '暂无',
  'n/a',
  'N/A',
]);

const AT_LEAST_PREFIX = /^(?:≥|>=|>|超过|逾|不少于|至少|多于|突破)/u;
const APPROX_PREFIX = /^(?:≈|~|约|近|大约|接近)/u;
const AT_LEAST_SUFFIX = /(?:余|多|以上|\+)$/u;
const APPROX_SUFFIX = /(?:左右)$/u;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u;
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/iu;

/** Digits only → the integer; -1 when the text is anything else (or too long to be exact). */
export function plainInteger(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function plainNumber(s: string): number | null {
  if (PLAIN.test(s)) return Number(s);
  if (THOUSANDS.test(s)) return Number(s.replace(/,/gu, ''));
  const zh = parseChineseNumber(s);
  return zh;
}

/**
 * A value cell: "1,234", "90余", "≥90", "约50", "1.2万", "十二", "12件" (with `unit` 件), "85%" (unit %).
 * The qualifier is null when the text carries none (the qualifier column, if any, decides then).
 */
export function parseValueCell(raw: string, unit = ''): ValueCell {
  const fast = plainInteger(raw);
  if (fast >= 0) return { ok: true, value: fast, qualifier: null, percent: false };
  let s = raw.normalize('NFKC').replace(/\s+/gu, '');
  if (s === '') return { ok: false, reason: 'empty' };
  if (NO_DATA_MARKS.has(s)) return { ok: false, reason: 'no_data' };
  let qualifier: Qualifier | null = null;
  const take = (re: RegExp, q: Qualifier, prefix: boolean) => {
    const m = re.exec(s);
    if (!m) return;
    s = prefix ? s.slice(m[0].length) : s.slice(0, s.length - m[0].length);
    qualifier = q;
  };
  take(AT_LEAST_PREFIX, 'at_least', true);
  if (qualifier === null) take(APPROX_PREFIX, 'approx', true);
  if (unit && s.endsWith(unit) && s.length > unit.length) s = s.slice(0, -unit.length);
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  const before = qualifier;
  take(AT_LEAST_SUFFIX, 'at_least', false);
  if (qualifier === before) take(APPROX_SUFFIX, 'approx', false);
  // 1万余 / 20余万 / 1.2万: the scale may sit on either side of 余
  let scale = 1;
  const scaleMatch = /([万亿])(余|多)?$/u.exec(s);
  if (scaleMatch) {
    scale = scaleMatch[1] === '亿' ? 1e8 : 1e4;
    s = s.slice(0, s.length - scaleMatch[0].length);
    if (scaleMatch[2]) qualifier = 'at_least';
    else {
      const inner = /(余|多)$/u.exec(s);
      if (inner) {
        s = s.slice(0, -1);
        qualifier = 'at_least';
      }
    }
  }
  if (s === '') return { ok: false, reason: 'not_a_number' };
  const n = plainNumber(s);
  if (n === null || !Number.isFinite(n)) return { ok: false, reason: 'not_a_number' };
  return { ok: true, value: scale === 1 ? n : Math.round(n * scale * 1e6) / 1e6, qualifier, percent };
}

const QUALIFIER_WORDS = new Map<string, Qualifier>([
  ['exact', 'exact'],
  ['at_least', 'at_least'],
  ['approx', 'approx'],
  ['at least', 'at_least'],
  ['approximately', 'approx'],
  ['about', 'approx'],
  ['确数', 'exact'],
  ['精确', 'exact'],
  ['准确', 'exact'],
  ['=', 'exact'],
  ['余', 'at_least'],
  ['多', 'at_least'],
  ['以上', 'at_least'],
  ['超过', 'at_least'],
  ['逾', 'at_least'],
  ['突破', 'at_least'],
  ['至少', 'at_least'],
  ['不少于', 'at_least'],
  ['≥', 'at_least'],
  ['>=', 'at_least'],
  ['约', 'approx'],
  ['近', 'approx'],
  ['左右', 'approx'],
  ['约数', 'approx'],
  ['≈', 'approx'],
  ['~', 'approx'],
]);

/** A qualifier cell; '' means none given (exact unless the value says otherwise); undefined = unknown. */
export function parseQualifierCell(raw: string): Qualifier | null | undefined {
  if (raw === 'exact' || raw === '') return raw === '' ? null : 'exact';
  const s = raw.normalize('NFKC').trim().toLowerCase();
  if (s === '') return null;
  return QUALIFIER_WORDS.get(s);
}

const COMPARABLE_WORDS = new Map<string, Comparable>([
  ['yes', 'yes'],
  ['可比', 'yes'],
  ['是', 'yes'],
  ['partly', 'partly'],
  ['部分可比', 'partly'],
  ['部分', 'partly'],
  ['no', 'no'],
  ['不可比', 'no'],
  ['否', 'no'],
]);

/** A per-figure comparability cell; '' (null) inherits the indicator's flag; undefined = unknown. */
export function parseComparableCell(raw: string): Comparable | null | undefined {
  const s = raw.normalize('NFKC').trim().toLowerCase();
  if (s === '') return null;
  return COMPARABLE_WORDS.get(s);
}

/** A year cell or header: 2022, 2022年, 2022年度, 2022.0; null when not a whole number. */
export function parseYear(raw: string): number | null {
  const fast = plainInteger(raw);
  if (fast >= 0) return fast;
  const s = raw
    .normalize('NFKC')
    .trim()
    .replace(/(?:年度|年)$/u, '');
  if (/^\d+(?:\.0+)?$/u.test(s)) return Number(s);
  const zh = parseChineseNumber(s);
  return zh !== null && zh >= 1000 ? zh : null;
}
