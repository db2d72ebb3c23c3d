import type { NameIndex } from './nameIndex';
import { normalizeName } from './normalizeName';
import { parseValueCell, parseYear } from './parseCells';
import { DelimitedReader } from './delimitedReader';
import {
  DELIMITERS,
  type ColumnMapping,
  type ColumnRole,
  type Delimiter,
  type EncodingChoice,
  type Layout,
  type Mapping,
} from './types';

// Guessing how a table is laid out, from its header words (Chinese or English) and, where a header
// says nothing useful, from what its cells hold. Every guess is shown in the mapping step.

export interface PreviewRecord {
  row: number;
  cells: string[];
}

export interface NameIndexes {
  jurisdictions: NameIndex;
  indicators: NameIndex;
}

type HeaderRole = Exclude<ColumnRole, 'indicator_column' | 'year_column' | 'ignore'>;

const HEADER_WORDS: ReadonlyArray<readonly [HeaderRole, readonly string[]]> = [
  [
    'jurisdiction',
    [
      'jurisdiction',
      'jurisdiction_id',
      'jurisdiction id',
      'jurisdiction name',
      'region',
      'area',
      'body',
      'name',
      'city',
      '地区',
      '地区名称',
      '地区编号',
      '名称',
      '单位名称',
      '机构',
      '机构名称',
      '地方',
      '城市',
      '地市',
      '区县',
      '市县区',
      '政协',
      '党派',
      '组织',
    ],
  ],
  ['year', ['year', 'yr', '年份', '年度', '年', '统计年度', '报告年度', '所属年度']],
  [
    'indicator',
    [
      'indicator',
      'indicator_id',
      'indicator id',
      'indicator name',
      'metric',
      'measure',
      '指标',
      '指标名称',
      '指标编号',
      '项目',
      '统计项目',
    ],
  ],
  [
    'value',
    ['value', 'values', 'number', 'count', 'amount', '数值', '数量', '数据', '值', '数', '数目', '合计'],
  ],
  [
    'qualifier',
    ['qualifier', 'qualifiers', 'precision', '限定', '限定词', '限定语', '修饰', '精度', '约数标记'],
  ],
  ['unit', ['unit', 'units', '计量单位', '量词', '单位（量词）']],
  [
    'source',
    [
      'source',
      'source_file',
      'source file',
      'file',
      'report',
      '来源',
      '出处',
      '资料来源',
      '数据来源',
      '来源文件',
      '报告',
      '文件',
    ],
  ],
  ['quote', ['quote', 'quotation', 'excerpt', 'text', '原文', '引文', '原文片段', '摘录', '原话', '依据']],
  ['comparable', ['comparable', 'comparability', '可比', '可比性', '是否可比']],
  ['comparability_zh', ['comparability_zh', '可比性说明', '口径说明', '口径差异']],
  ['comparability_en', ['comparability_en', 'comparability note', 'comparability reason']],
];

/** 单位 means both "unit of measure" and "organisation": its cells decide. */
const AMBIGUOUS_UNIT = '单位';

const ROLE_OF_WORD = new Map<string, HeaderRole>();
for (const [role, words] of HEADER_WORDS) for (const w of words) ROLE_OF_WORD.set(normalizeName(w), role);

/** "立案提案（件）" → { name: "立案提案", unit: "件" }: wide headers often carry the unit. */
export function splitHeaderUnit(header: string): { name: string; unit: string } {
  const m = /^(.*?)\s*[（(]([^（()）]*)[)）]\s*$/u.exec(header.normalize('NFKC'));
  if (!m || m[1]!.trim() === '') return { name: header.trim(), unit: '' };
  return { name: m[1]!.trim(), unit: m[2]!.trim() };
}

export function headerRole(header: string): HeaderRole | 'ambiguous_unit' | null {
  const key = normalizeName(header);
  if (key === AMBIGUOUS_UNIT) return 'ambiguous_unit';
  return ROLE_OF_WORD.get(key) ?? ROLE_OF_WORD.get(normalizeName(splitHeaderUnit(header).name)) ?? null;
}

/** A header that names a year: 2023, 2023年, 2023年度. */
export function headerYear(header: string): number | null {
  const s = header.normalize('NFKC').trim();
  if (!/^\d{4}(?:年度|年)?$/u.test(s)) return null;
  const y = parseYear(s);
  return y !== null && y >= 1900 && y <= 2199 ? y : null;
}

export function headerIndicator(header: string, indexes: NameIndexes): string | null {
  return indexes.indicators.resolve(header) ?? indexes.indicators.resolve(splitHeaderUnit(header).name);
}

/** The delimiter that splits the first lines into the most consistent number (≥ 2) of fields. */
export function detectDelimiter(text: string): Delimiter {
  const sample = sampleLines(text);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const reader = new DelimitedReader(sample, d);
    const counts: number[] = [];
    while (counts.length < 40 && reader.next()) if (!reader.isBlank()) counts.push(reader.count);
    const mode = modeOf(counts);
    if (mode < 2) continue;
    const score = counts.filter((c) => c === mode).length / counts.length + Math.min(mode, 20) / 1000;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function sampleLines(text: string): string {
  if (text.length <= 65_536) return text;
  const cut = text.lastIndexOf('\n', 65_536);
  return text.slice(0, cut > 0 ? cut : 65_536);
}

function modeOf(values: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount || (c === bestCount && v > best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** The first records of the text (blank ones skipped), for header and role detection. */
export function readPreview(text: string, delimiter: Delimiter, max = 200): PreviewRecord[] {
  const reader = new DelimitedReader(sampleLines(text), delimiter);
  const out: PreviewRecord[] = [];
  while (out.length < max && reader.next()) {
    if (reader.isBlank()) continue;
    const cells: string[] = [];
    for (let i = 0; i < reader.count; i++) cells.push(reader.field(i).trim());
    out.push({ row: reader.row, cells });
  }
  return out;
}

/** Recognised column names in a record; 0 for a record that holds data (a jurisdiction, a count). */
function headerScore(cells: string[], indexes: NameIndexes): number {
  let score = 0;
  for (const c of cells) {
    if (c === '') continue;
    if (indexes.jurisdictions.resolve(c) !== null) return 0;
    if (headerYear(c) === null && parseValueCell(c).ok) return 0;
    if (headerRole(c) !== null || headerYear(c) !== null || headerIndicator(c, indexes) !== null) score++;
  }
  return score;
}

export type HeaderDetection = { ok: true; index: number } | { ok: false; row: number };

/**
 * The header is the early record with the most recognised column names (a title line above it is
 * skipped). With none recognised, the first record is the header unless it looks like data.
 */
export function detectHeader(preview: readonly PreviewRecord[], indexes: NameIndexes): HeaderDetection {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < Math.min(preview.length, 20); i++) {
    const s = headerScore(preview[i]!.cells, indexes);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  if (best >= 0) return { ok: true, index: best };
  const first = preview[0];
  if (!first) return { ok: true, index: 0 };
  const looksLikeData = first.cells.some(
    (c) =>
      c !== '' && (indexes.jurisdictions.resolve(c) !== null || (parseValueCell(c).ok && preview.length > 1)),
  );
  return looksLikeData ? { ok: false, row: first.row } : { ok: true, index: 0 };
}

interface ColumnEvidence {
  jurisdiction: number;
  indicator: number;
  year: number;
  numeric: number;
  nonEmpty: number;
}

function evidence(rows: readonly PreviewRecord[], col: number, indexes: NameIndexes): ColumnEvidence {
  const e: ColumnEvidence = { jurisdiction: 0, indicator: 0, year: 0, numeric: 0, nonEmpty: 0 };
  for (const r of rows) {
    const c = r.cells[col] ?? '';
    if (c === '') continue;
    e.nonEmpty++;
    if (indexes.jurisdictions.resolve(c) !== null) e.jurisdiction++;
    if (indexes.indicators.resolve(c) !== null) e.indicator++;
    const y = parseYear(c);
    if (y !== null && y >= 1900 && y <= 2199) e.year++;
    if (parseValueCell(c).ok) e.numeric++;
  }
  return e;
}

const share = (n: number, e: ColumnEvidence) => (e.nonEmpty === 0 ? 0 : n / e.nonEmpty);

/** Roles for every column of the header, and the layout they imply. */
export function detectMapping(
  preview: readonly PreviewRecord[],
  headerIndex: number,
  indexes: NameIndexes,
  delimiter: Delimiter,
  encoding: EncodingChoice,
): Mapping {
  const header = preview[headerIndex]?.cells ?? [];
  const data = preview.slice(headerIndex + 1);
  // Cells beyond the header are not columns: they are reported as too many cells in their row.
  const columns: ColumnMapping[] = [];
  for (let index = 0; index < header.length; index++)
    columns.push({ index, header: (header[index] ?? '').trim(), role: 'ignore' });

  const taken = new Set<ColumnRole>();
  const assign = (c: ColumnMapping, role: ColumnRole) => {
    c.role = role;
    if (role !== 'indicator_column' && role !== 'year_column' && role !== 'ignore') taken.add(role);
  };
  const ev = columns.map((c) => evidence(data, c.index, indexes));

  // 1. header words
  for (const c of columns) {
    const role = headerRole(c.header);
    if (role === 'ambiguous_unit') continue;
    if (role && !taken.has(role)) assign(c, role);
  }
  // 2. 单位: an organisation column when its cells are jurisdictions, else the unit of measure
  for (const c of columns) {
    if (headerRole(c.header) !== 'ambiguous_unit') continue;
    const e = ev[c.index]!;
    if (!taken.has('jurisdiction') && share(e.jurisdiction, e) >= 0.5) assign(c, 'jurisdiction');
    else if (!taken.has('unit') && share(e.numeric, e) < 0.5) assign(c, 'unit');
  }
  // 3. headers that are years or indicator names make the table wide
  const yearHeaders = columns.filter((c) => c.role === 'ignore' && headerYear(c.header) !== null);
  const indicatorHeaders = columns.filter(
    (c) =>
      c.role === 'ignore' && headerYear(c.header) === null && headerIndicator(c.header, indexes) !== null,
  );
  let layout: Layout = 'long';
  if (yearHeaders.length > 0 && !taken.has('year') && !taken.has('value')) layout = 'wide_years';
  else if (indicatorHeaders.length > 0 && !taken.has('indicator') && !taken.has('value'))
    layout = 'wide_indicators';

  if (layout === 'wide_years') {
    for (const c of yearHeaders) {
      c.role = 'year_column';
      c.year = headerYear(c.header)!;
    }
  } else if (layout === 'wide_indicators') {
    for (const c of indicatorHeaders) {
      c.role = 'indicator_column';
      c.indicatorId = headerIndicator(c.header, indexes)!;
    }
  }
  // 4. unnamed columns, judged by their cells
  for (const c of columns) {
    if (c.role !== 'ignore' || (headerRole(c.header) !== null && headerRole(c.header) !== 'ambiguous_unit'))
      continue;
    const e = ev[c.index]!;
    if (e.nonEmpty === 0) continue;
    if (!taken.has('jurisdiction') && share(e.jurisdiction, e) >= 0.5) assign(c, 'jurisdiction');
    else if (!taken.has('indicator') && layout !== 'wide_indicators' && share(e.indicator, e) >= 0.5)
      assign(c, 'indicator');
    else if (
      !taken.has('year') &&
      layout !== 'wide_years' &&
      share(e.year, e) >= 0.8 &&
      headerYear(c.header) === null
    )
      assign(c, 'year');
    else if (layout === 'wide_indicators' && c.header !== '' && share(e.numeric, e) >= 0.8)
      assign(c, 'indicator_column');
    else if (layout === 'long' && !taken.has('value') && share(e.numeric, e) >= 0.8) assign(c, 'value');
  }
  return { layout, delimiter, headerRow: preview[headerIndex]?.row ?? 1, columns, encoding };
}
