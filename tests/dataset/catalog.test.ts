/** Integrity of the bundled dataset: catalogs, keys, references, enums and file format. */
import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCatalogId } from '../../src/data/catalogIds';
import { PER_CAPITA_BASES } from '../../src/data/perCapitaBases';

type Row = Record<string, string>;

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.resolve(here, '../../data');

const HEADERS: Record<string, string> = {
  'observations.csv':
    'jurisdiction_id,year,indicator_id,value,qualifier,unit,source_file,quote,comparable,comparability_zh,comparability_en',
  'jurisdictions.csv':
    'id,name_zh,name_en,aliases,level,body,body_name_zh,body_name_en,province_zh,province_en,parent_zh,parent_en',
  'indicators.csv':
    'id,name_zh,name_en,unit_zh,unit_en,category,definition_zh,definition_en,better,comparability_zh,comparability_en,numerator_id,denominator_id,comparable,sort_order',
  'categories.csv': 'id,name_zh,name_en,sort_order',
  'sources.csv': 'file,jurisdiction_id,year,title_zh,title_en,body_zh,body_en,published',
};

const raw = (file: string): string => fs.readFileSync(path.join(dataDir, file), 'utf8');
function load(file: string): { rows: Row[]; fields: string[] } {
  const parsed = Papa.parse<Row>(raw(file), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return { rows: parsed.data, fields: parsed.meta.fields ?? [] };
}

const observations = load('observations.csv').rows;
const jurisdictions = load('jurisdictions.csv').rows;
const indicators = load('indicators.csv').rows;
const categories = load('categories.csv').rows;
const sources = load('sources.csv').rows;

const byId = <T extends Row>(rows: T[], key = 'id'): Map<string, T> =>
  new Map(rows.map((r) => [r[key] ?? '', r]));
const jurisdictionById = byId(jurisdictions);
const indicatorById = byId(indicators);
const categoryById = byId(categories);
const sourceByFile = byId(sources, 'file');
const isDerived = (i: Row | undefined): boolean =>
  (i?.numerator_id ?? '') !== '' || (i?.denominator_id ?? '') !== '';
const observationCases = observations.map((o) => [`${o.jurisdiction_id} ${o.indicator_id}`, o] as const);
const baseIndicators = indicators.filter((i) => !isDerived(i));
const derivedIndicators = indicators.filter((i) => isDerived(i));

const ENUMS = {
  qualifier: ['exact', 'at_least', 'approx'],
  level: ['prefecture_city', 'county_city', 'district'],
  body: ['cppcc_committee', 'cppcc_standing_committee', 'party_committee'],
  better: ['higher', 'lower', 'none'],
  comparable: ['yes', 'partly', 'no'],
};

describe.each(Object.entries(HEADERS))('file format: %s', (file, header) => {
  it('has exactly the agreed header', () => {
    expect(load(file).fields.join(',')).toBe(header);
    expect(raw(file).split('\n', 1)[0]).toBe(header);
  });
  it('is UTF-8 without BOM, with LF line ends', () => {
    const bytes = fs.readFileSync(path.join(dataDir, file));
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(0x0d)).toBe(false);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
  });
  it('has the same number of fields on every row', () => {
    const width = header.split(',').length;
    const parsed = Papa.parse<string[]>(raw(file), { skipEmptyLines: true });
    for (const [n, r] of parsed.data.entries()) expect(r.length, `${file} line ${n + 1}`).toBe(width);
  });
});

describe('catalog ids', () => {
  it.each([
    ['jurisdictions', jurisdictions, 'id'],
    ['indicators', indicators, 'id'],
    ['categories', categories, 'id'],
    ['sources', sources, 'file'],
  ] as const)('%s ids are unique and non-empty', (_name, rows, key) => {
    const ids = rows.map((r) => r[key] ?? '');
    expect(ids.every((id) => id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the five bundled jurisdictions', () => {
    expect([...jurisdictionById.keys()].sort()).toEqual([
      'hangzhou-jiusan',
      'hezhou',
      'jiaxing',
      'shengzhou',
      'wuxing',
    ]);
  });

  it('indicator and category ids are snake_case', () => {
    for (const r of [...indicators, ...categories]) expect(r.id).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/u);
  });

  it('every id passes the one id rule the URL and the upload form use', () => {
    for (const r of indicators) expect(isCatalogId('indicator', r.id ?? '')).toBe(true);
    for (const r of categories) expect(isCatalogId('category', r.id ?? '')).toBe(true);
    for (const r of jurisdictions) expect(isCatalogId('jurisdiction', r.id ?? '')).toBe(true);
  });
});

describe('bilingual names', () => {
  it.each(jurisdictions)('jurisdiction $id', (j) => {
    for (const k of ['name_zh', 'name_en', 'body_name_zh', 'body_name_en', 'province_zh', 'province_en']) {
      expect(j[k]?.trim(), `${j.id}.${k}`).not.toBe('');
    }
    expect((j.parent_zh ?? '') === '', `${j.id}: parent_zh/parent_en both or neither`).toBe(
      (j.parent_en ?? '') === '',
    );
  });
  it.each(indicators)('indicator $id', (i) => {
    for (const k of ['name_zh', 'name_en', 'unit_zh', 'unit_en', 'definition_zh', 'definition_en']) {
      expect(i[k]?.trim(), `${i.id}.${k}`).not.toBe('');
    }
    expect((i.comparability_zh ?? '') === '', `${i.id}: comparability zh/en both or neither`).toBe(
      (i.comparability_en ?? '') === '',
    );
  });
  it('indicators have one logical order: distinct sort_order values, counts before the rates that divide them', () => {
    const order = indicators.map((i) => Number(i.sort_order));
    expect(order.every((n) => Number.isInteger(n) && n > 0)).toBe(true);
    expect(new Set(order).size).toBe(order.length);
    const at = new Map(indicators.map((i) => [i.id, Number(i.sort_order)]));
    for (const r of indicators.filter((i) => i.numerator_id)) {
      expect(at.get(r.numerator_id!)!, r.id).toBeLessThan(at.get(r.id)!);
      expect(at.get(r.denominator_id!)!, r.id).toBeLessThan(at.get(r.id)!);
    }
    // 收到 → 立案 → 办复, then 立案率 before 办复率.
    const seq = [
      'proposals_received',
      'proposals_filed',
      'proposals_answered',
      'proposals_filing_rate',
      'proposals_answer_rate',
    ];
    expect(seq.map((id) => at.get(id)!)).toEqual([...seq.map((id) => at.get(id)!)].sort((a, b) => a - b));
  });
  it.each(indicators)('indicator $id: Chinese text uses full-width punctuation', (i) => {
    for (const k of ['name_zh', 'definition_zh', 'comparability_zh']) {
      // ASCII , ; : ( ) next to a Chinese character.
      expect(i[k] ?? '', `${i.id}.${k}`).not.toMatch(/[\u4e00-\u9fff“”][,;:()]|[,;:()][\u4e00-\u9fff“”]/);
    }
  });
  it.each(categories)('category $id', (c) => {
    expect(c.name_zh?.trim()).not.toBe('');
    expect(c.name_en?.trim()).not.toBe('');
  });
});

describe('enums', () => {
  it.each(jurisdictions)('jurisdiction $id level/body', (j) => {
    expect(ENUMS.level).toContain(j.level);
    expect(ENUMS.body).toContain(j.body);
  });
  it.each(indicators)('indicator $id better', (i) => {
    expect(ENUMS.better).toContain(i.better);
  });
  it.each(indicators)('indicator $id: comparability flag, with its reason unless comparable', (i) => {
    expect(ENUMS.comparable).toContain(i.comparable);
    if (i.comparable !== 'yes') expect(i.comparability_zh?.trim(), i.id).not.toBe('');
  });
  it.each(observationCases)('observation %s qualifier', (_name, o) => {
    expect(ENUMS.qualifier).toContain(o.qualifier);
  });
  it.each(observationCases)(
    'observation %s: its own comparability is empty, or a flag with reasons',
    (_n, o) => {
      if (!o.comparable) {
        expect([o.comparability_zh, o.comparability_en]).toEqual(['', '']);
        return;
      }
      expect(ENUMS.comparable).toContain(o.comparable);
      // A figure's own flag is there to say how it differs from its indicator's: never a copy of it.
      expect(o.comparable).not.toBe(indicatorById.get(o.indicator_id!)?.comparable);
      expect(o.comparability_zh?.trim()).not.toBe('');
      expect(o.comparability_en?.trim()).not.toBe('');
    },
  );
});

describe('jurisdictions', () => {
  it('county-level cities and districts name their parent city; prefecture-level cities do not', () => {
    for (const j of jurisdictions) {
      if (j.level === 'prefecture_city') expect(j.parent_zh, j.id).toBe('');
      else expect(j.parent_zh, j.id).not.toBe('');
    }
  });
  it('names and aliases do not collide across jurisdictions', () => {
    const owner = new Map<string, string>();
    for (const j of jurisdictions) {
      const names = [j.name_zh, j.name_en, ...(j.aliases ?? '').split('|')].filter((s): s is string => !!s);
      for (const n of names) {
        const key = n.trim().toLowerCase();
        const prev = owner.get(key);
        expect(prev === undefined || prev === j.id, `"${n}" used by ${prev} and ${j.id}`).toBe(true);
        owner.set(key, j.id ?? '');
      }
    }
  });
  it('the Jiusan committee does not claim the name of Hangzhou itself', () => {
    const jiusan = jurisdictionById.get('hangzhou-jiusan');
    const aliases = (jiusan?.aliases ?? '').split('|');
    for (const city of ['杭州', '杭州市', 'Hangzhou']) expect(aliases).not.toContain(city);
  });
});

describe('categories', () => {
  it('sort_order values are distinct integers', () => {
    const orders = categories.map((c) => Number(c.sort_order));
    expect(orders.every((n) => Number.isInteger(n))).toBe(true);
    expect(new Set(orders).size).toBe(orders.length);
  });
  it.each(indicators)('indicator $id has a known category', (i) => {
    expect(categoryById.has(i.category ?? '')).toBe(true);
  });
});

describe('sources', () => {
  it.each(sources)('$file', (s) => {
    expect(jurisdictionById.has(s.jurisdiction_id ?? '')).toBe(true);
    expect(s.year).toMatch(/^\d{4}$/u);
    expect(s.published).toMatch(/^(?:\d{4}-\d{2}-\d{2})?$/u);
    if (s.published) expect(Number.isNaN(Date.parse(s.published))).toBe(false);
    for (const k of ['title_zh', 'title_en', 'body_zh', 'body_en'])
      expect(s[k]?.trim(), `${s.file}.${k}`).not.toBe('');
  });
  it('every jurisdiction has a source', () => {
    const covered = new Set(sources.map((s) => s.jurisdiction_id));
    for (const j of jurisdictions) expect(covered.has(j.id), j.id).toBe(true);
  });
});

describe('observations', () => {
  it('has no duplicate (jurisdiction_id, year, indicator_id)', () => {
    const seen = new Map<string, number>();
    const dups: string[] = [];
    observations.forEach((o, n) => {
      const key = `${o.jurisdiction_id}|${o.year}|${o.indicator_id}`;
      if (seen.has(key)) dups.push(`${key} (rows ${seen.get(key)} and ${n + 2})`);
      seen.set(key, n + 2);
    });
    expect(dups).toEqual([]);
  });

  it.each(observationCases)('%s resolves and is consistent', (_name, o) => {
    const indicator = indicatorById.get(o.indicator_id ?? '');
    const source = sourceByFile.get(o.source_file ?? '');
    expect(jurisdictionById.has(o.jurisdiction_id ?? ''), `jurisdiction ${o.jurisdiction_id}`).toBe(true);
    expect(indicator, `indicator ${o.indicator_id}`).toBeDefined();
    expect(source, `source ${o.source_file}`).toBeDefined();
    expect(isDerived(indicator), 'derived indicators have no stored observations').toBe(false);
    expect(o.unit).toBe(indicator?.unit_zh);
    expect(o.year).toBe(source?.year);
    expect(o.jurisdiction_id).toBe(source?.jurisdiction_id);
    expect(o.value).toMatch(/^\d+(?:\.\d+)?$/u);
    expect(Number.isFinite(Number(o.value))).toBe(true);
    expect(o.quote?.trim()).not.toBe('');
  });

  it('every base indicator has at least one observation, but the per-capita denominators (uploads only)', () => {
    const used = new Set(observations.map((o) => o.indicator_id));
    const uploadOnly = new Set<string | undefined>(PER_CAPITA_BASES.map((b) => b.indicator));
    expect(baseIndicators.filter((i) => !used.has(i.id) && !uploadOnly.has(i.id)).map((i) => i.id)).toEqual(
      [],
    );
  });

  it('the per-capita denominators are catalogued, and no seed report states one: none is bundled', () => {
    for (const b of PER_CAPITA_BASES) {
      expect(indicatorById.get(b.indicator)?.better, b.indicator).toBe('none');
      expect(
        observations.filter((o) => o.indicator_id === b.indicator),
        b.indicator,
      ).toEqual([]);
    }
  });
});

describe('derived indicators', () => {
  it('include the two headline rates', () => {
    const answer = indicatorById.get('proposals_answer_rate');
    const adoption = indicatorById.get('info_adoption_rate');
    expect([answer?.numerator_id, answer?.denominator_id]).toEqual(['proposals_answered', 'proposals_filed']);
    expect([adoption?.numerator_id, adoption?.denominator_id]).toEqual(['info_adopted', 'info_submitted']);
  });

  it.each(derivedIndicators)('$id', (d) => {
    const num = indicatorById.get(d.numerator_id ?? '');
    const den = indicatorById.get(d.denominator_id ?? '');
    expect(num, `numerator ${d.numerator_id}`).toBeDefined();
    expect(den, `denominator ${d.denominator_id}`).toBeDefined();
    expect(isDerived(num) || isDerived(den), 'parts must be base indicators').toBe(false);
    expect(d.unit_zh).toBe('%');
    expect(d.unit_en).toBe('%');
    expect(observations.some((o) => o.indicator_id === d.id)).toBe(false);
    // the rate must be computable for at least one jurisdiction-year
    const has = (id: string | undefined) =>
      new Set(observations.filter((o) => o.indicator_id === id).map((o) => `${o.jurisdiction_id}|${o.year}`));
    const numKeys = has(d.numerator_id);
    const both = [...has(d.denominator_id)].filter((k) => numKeys.has(k));
    expect(both.length, `${d.id} has no jurisdiction with both parts`).toBeGreaterThan(0);
  });
});

/** The scope differences the notes once gave in prose for one figure are flags on that figure. */
describe('per-figure comparability', () => {
  const flagged = (j: string, year: string, id: string) =>
    observations.find((o) => o.jurisdiction_id === j && o.year === year && o.indicator_id === id);
  it.each([
    ['jiaxing', '2022', 'proposals_filed', 'partly', '九届一次会议'],
    ['shengzhou', '2024', 'party_proposals_submitted', 'partly', '未写明集体提案'],
    ['hangzhou-jiusan', '2022', 'info_submitted', 'partly', '渠道不限于政协'],
    ['hangzhou-jiusan', '2022', 'info_adopted_national', 'partly', '渠道不限于政协'],
  ])('%s %s %s is %s (%s)', (j, year, id, flag, reason) => {
    const o = flagged(j, year, id);
    expect(o?.comparable).toBe(flag);
    expect(o?.comparability_zh).toContain(reason);
    // The indicator's own note no longer names this one body's scope.
    expect(indicatorById.get(id)?.comparability_zh).not.toContain(reason);
  });
});
