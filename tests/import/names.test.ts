import { describe, expect, it } from 'vitest';
import { indicatorIndex, jurisdictionIndex, NameIndex } from '../../src/import/nameIndex';
import { normalizeName, strippedName } from '../../src/import/normalizeName';
import { parseQualifierCell, parseValueCell, parseYear } from '../../src/import/parseCells';
import type { Qualifier } from '../../src/data/schema';
import { bundledCatalog } from './bundledCatalog';

const catalog = bundledCatalog();
const jurisdictions = jurisdictionIndex(catalog.jurisdictions);
const indicators = indicatorIndex(catalog.indicators);

describe('jurisdiction names as analysts write them', () => {
  it.each<[string, string | null]>([
    ['hangzhou-jiusan', 'hangzhou-jiusan'],
    ['杭州九三', 'hangzhou-jiusan'],
    ['九三学社杭州市委', 'hangzhou-jiusan'],
    ['九三学社杭州市委员会', 'hangzhou-jiusan'],
    ['Jiusan Hangzhou', 'hangzhou-jiusan'],
    ['  嘉兴市政协 ', 'jiaxing'],
    ['政协嘉兴市委员会', 'jiaxing'],
    ['嘉兴市政协常委会', 'jiaxing'],
    ['JIAXING', 'jiaxing'],
    ['Ｊｉａｘｉｎｇ', 'jiaxing'],
    ['吴兴区', 'wuxing'],
    ['湖州市吴兴区', 'wuxing'],
    ['吴兴区政协委员会', 'wuxing'],
    ['Hezhou City', 'hezhou'],
    ['嵊州', 'shengzhou'],
    // 杭州 is the city's CPPCC, not the Jiusan Society's committee: never matched silently
    ['杭州', null],
    ['杭州市', null],
    ['Hangzhou', null],
    ['区', null],
    ['', null],
  ])('%s → %s', (written, id) => {
    expect(jurisdictions.resolve(written)).toBe(id);
  });

  it('suggests the closest names for an unknown one', () => {
    expect(jurisdictions.suggest('嘉心市').map((s) => s.id)).toEqual(['jiaxing']);
    expect(jurisdictions.suggest('吴兴县')[0]?.id).toBe('wuxing');
  });
});

describe('an exact name wins over the looser lookup', () => {
  // 嘉兴市 and 嘉兴县 both strip to 嘉兴, so the loose key is ambiguous: the exact one still decides
  const index = new NameIndex([
    { id: 'city', label: '嘉兴市', labelEn: 'Jiaxing City', names: ['嘉兴市'] },
    { id: 'county', label: '嘉兴县', labelEn: 'Jiaxing County', names: ['嘉兴县'] },
  ]);
  it.each<[string, string | null]>([
    ['嘉兴市', 'city'],
    ['嘉兴县', 'county'],
    ['嘉兴', null],
    ['嘉兴区', null],
  ])('%s → %s', (written, id) => {
    expect(index.resolve(written)).toBe(id);
    expect(index.resolve(written)).toBe(id); // the cached answer is the same
  });

  it('a jurisdiction without aliases (one the analyst adds) answers to its id and names', () => {
    const jiaxing = catalog.jurisdictions.find((j) => j.id === 'jiaxing')!;
    const index = jurisdictionIndex([
      {
        ...jiaxing,
        id: 'new-place',
        name_zh: '新地',
        name_en: 'New Place',
        body_name_zh: '新地政协',
        body_name_en: 'New Place CPPCC',
        aliases: null,
      },
    ]);
    expect(
      ['new-place', '新地', 'New Place', '新地政协', 'New Place CPPCC', '新地市', '嘉兴'].map((w) =>
        index.resolve(w),
      ),
    ).toEqual(['new-place', 'new-place', 'new-place', 'new-place', 'new-place', 'new-place', null]);
  });

  it('a jurisdiction answers to exactly its id, names, body names and aliases (no empty or made-up name)', () => {
    const jiaxing = catalog.jurisdictions.find((j) => j.id === 'jiaxing')!;
    const place = { ...jiaxing, id: 'p', name_zh: '新地', name_en: 'New Place', body_name_zh: '新地政协' };
    const entry = (names: string[]) => [{ id: 'p', label: '新地', labelEn: 'New Place', names }];
    const names = ['p', '新地', 'New Place', '新地政协', jiaxing.body_name_en];
    expect(jurisdictionIndex([{ ...place, aliases: null }])).toEqual(new NameIndex(entry(names)));
    expect(jurisdictionIndex([{ ...place, aliases: '新地市|新地区' }])).toEqual(
      new NameIndex(entry([...names, '新地市', '新地区'])),
    );
    expect(jurisdictionIndex([{ ...place, body_name_en: '', aliases: '' }])).toEqual(
      new NameIndex(entry(names.slice(0, 4))),
    );
  });
});

describe('indicator names', () => {
  it.each<[string, string | null]>([
    ['proposals_filed', 'proposals_filed'],
    ['立案提案', 'proposals_filed'],
    ['Proposals filed', 'proposals_filed'],
    ['PROPOSALS FILED', 'proposals_filed'],
    ['信息被采用(各级)', 'info_adopted'],
    ['信息被采用（各级）', 'info_adopted'],
    ['提案', null],
  ])('%s → %s', (written, id) => {
    expect(indicators.resolve(written)).toBe(id);
  });
});

describe('closest-name suggestions for an unknown name', () => {
  const shown = (list: ReturnType<typeof jurisdictions.suggest>) => list.map((s) => `${s.id} ${s.score}`);
  it.each<[string, 'jurisdiction' | 'indicator', string[]]>([
    // the written name against every name and alias, rounded to two decimals
    ['嘉心市', 'jurisdiction', ['jiaxing 0.67']],
    // only the affix differs: the looser comparison, worth 95% of an exact one
    ['吴兴县', 'jurisdiction', ['wuxing 0.95']],
    // best first; equal scores in id order; below 0.4 not suggested
    ['嘉兴政协委员会会', 'jurisdiction', ['jiaxing 0.6', 'hezhou 0.43', 'shengzhou 0.43']],
    // at most three, even when more are as close
    [
      '提案',
      'indicator',
      [
        'member_cppcc_city_proposals 0.6',
        'member_cppcc_provincial_proposals 0.6',
        'party_committee_proposals_submitted 0.6',
      ],
    ],
    // a rate computed from two counts cannot be uploaded: never suggested, its parts are
    ['办复率', 'indicator', ['proposals_answered 0.5']],
    ['zz', 'jurisdiction', []],
  ])('%s (%s) → %j', (written, kind, expected) => {
    expect(shown((kind === 'jurisdiction' ? jurisdictions : indicators).suggest(written))).toEqual(expected);
  });

  it('a name scoring exactly the lowest score asked for is still suggested (the bound is inclusive)', () => {
    // the id written as it is scores exactly 1: asking for 1 at least must still offer it
    expect(shown(jurisdictions.suggest('jiaxing', 3, 1))).toEqual(['jiaxing 1']);
  });

  it('carries the zh and en labels to show', () => {
    expect(indicators.suggest('提案办复')).toEqual([
      { id: 'proposals_answered', label: '办复提案', labelEn: 'Proposals answered', score: 0.67 },
    ]);
  });
});

describe('strippedName drops administrative affixes, never the whole name', () => {
  it.each([
    ['政协嘉兴市委员会', '嘉兴'],
    ['嘉兴市政协', '嘉兴'],
    ['吴兴区', '吴兴'],
    ['九三学社杭州市委', '九三学社杭州'],
    ['市区', '市区'],
    ['Jiaxing CPPCC', 'jiaxing'],
    // the longer suffix first: 常务委员会 is one suffix, not 委员会 after a 常务 that stays
    ['嘉兴常务委员会', '嘉兴'],
    // suffixes come off one after another, prefixes once each
    ['政协嘉兴市政协常务委员会', '嘉兴'],
    ['中国人民政治协商会议嘉兴市委员会', '嘉兴'],
    ['政协政协嘉兴', '政协嘉兴'],
    ['吴兴县委员会', '吴兴'],
    ['嘉兴市委会', '嘉兴'],
    // never below two characters: 政协 stays before 区, then 区 comes off
    ['政协区', '政协'],
    ['嘉 兴 市', '嘉兴'],
    // English: whole words only, and never down to nothing or one letter
    ['Hezhou  City ', 'hezhou'],
    ['Ｗｕｘｉｎｇ　Ｄｉｓｔｒｉｃｔ', 'wuxing'],
    ['cityscape', 'cityscape'],
    ['The Committee of', 'the committee of'],
    ['x of', 'x of'],
    ['ab of', 'ab'],
    // a removed word leaves one space: the words around it never run together, nor keep a run of spaces
    ['Jiaxing of Hezhou', 'jiaxing hezhou'],
    ['jiaxing-city-hezhou', 'jiaxing- -hezhou'],
    // only a wholly ASCII name is read as English: a Chinese name with a Latin word is Chinese
    ['嘉兴 City', '嘉兴city'],
    ['City 嘉兴', 'city嘉兴'],
    // a prefix comes off when two characters are left
    ['政协嘉兴', '嘉兴'],
  ])('%s → %s', (name, stripped) => {
    expect(strippedName(name)).toBe(stripped);
  });

  it.each([
    ['  Jiusan   Hangzhou ', 'jiusan hangzhou'],
    ['ＡＢＣ１２３', 'abc123'],
    ['\tA\nB', 'a b'],
    ['嘉兴\u3000市', '嘉兴 市'],
  ])('normalizeName(%j) → %j: width, case and spacing', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });
});

describe('value cells', () => {
  it.each<[string, number, Qualifier | null, string?]>([
    ['350', 350, null],
    ['1,350', 1350, null],
    ['１，３５０', 1350, null],
    ['12.5', 12.5, null],
    ['90余', 90, 'at_least'],
    ['90多', 90, 'at_least'],
    ['100以上', 100, 'at_least'],
    ['超过100', 100, 'at_least'],
    ['≥90', 90, 'at_least'],
    ['>=90', 90, 'at_least'],
    ['90+', 90, 'at_least'],
    ['约50', 50, 'approx'],
    ['近50', 50, 'approx'],
    ['50左右', 50, 'approx'],
    ['≈50', 50, 'approx'],
    ['1万余', 10000, 'at_least'],
    ['20余万', 200000, 'at_least'],
    ['1.2万', 12000, null],
    ['十二', 12, null],
    ['两', 2, null],
    ['12件', 12, null, '件'],
    ['90余件', 90, 'at_least', '件'],
    ['85%', 85, null, '%'],
    ['-5', -5, null],
  ])('%s', (text, value, qualifier, unit) => {
    expect(parseValueCell(text, unit)).toEqual({ ok: true, value, qualifier, percent: false });
  });

  it.each<[string, number]>([
    ['98%', 98],
    ['98％', 98],
    ['约85.3%', 85.3],
  ])('%s carries its percent sign, for the indicator to accept or refuse', (text, value) => {
    expect(parseValueCell(text, '件')).toMatchObject({ ok: true, value, percent: true });
  });

  it.each([['—'], ['－'], ['/'], ['／'], ['无'], ['-'], ['——'], [' — ']])(
    '%s is no data (NULL), never zero',
    (text) => {
      expect(parseValueCell(text)).toEqual({ ok: false, reason: 'no_data' });
    },
  );

  it.each([['abc'], ['12件'], ['1,23'], ['余'], ['--5'], ['NaN'], ['Infinity']])(
    '%s is not a number',
    (text) => {
      expect(parseValueCell(text)).toEqual({ ok: false, reason: 'not_a_number' });
    },
  );

  it('an empty cell is empty, not zero', () => {
    expect(parseValueCell('  ')).toEqual({ ok: false, reason: 'empty' });
  });

  // Guards against removing only the first separator ("1,234,567" → "1234,567" → not a number).
  it.each<[string, number, Qualifier | null]>([
    ['1,234,567', 1234567, null],
    ['12,345,678.5', 12345678.5, null],
    ['约1,234,567', 1234567, 'approx'],
  ])('removes every thousands separator: %s', (text, value, qualifier) => {
    expect(parseValueCell(text)).toEqual({ ok: true, value, qualifier, percent: false });
  });

  // Guards against a Chinese numeral parser that gives up on units after 万/亿.
  it.each<[string, number]>([
    ['十万五千', 105000],
    ['一千二百万三千', 12003000],
  ])('reads Chinese numerals with units on both sides of 万: %s', (text, value) => {
    expect(parseValueCell(text)).toEqual({ ok: true, value, qualifier: null, percent: false });
  });
});

describe('qualifier and year cells', () => {
  it.each<[string, Qualifier | null | undefined]>([
    ['exact', 'exact'],
    ['AT_LEAST', 'at_least'],
    ['余', 'at_least'],
    ['以上', 'at_least'],
    ['≥', 'at_least'],
    ['约', 'approx'],
    ['≈', 'approx'],
    ['', null],
    ['大概', undefined],
  ])('qualifier %s', (text, q) => {
    expect(parseQualifierCell(text)).toBe(q);
  });

  it.each<[string, number | null]>([
    ['2023', 2023],
    ['2023年', 2023],
    ['2023年度', 2023],
    ['2023.0', 2023],
    ['二〇二三', 2023],
    ['２０２３', 2023],
    ['去年', null],
    ['2023-01', null],
  ])('year %s', (text, y) => {
    expect(parseYear(text)).toBe(y);
  });
});

describe('an unknown name repeated on many rows', () => {
  // Scoring a name against every known one takes milliseconds; per row, a large file took minutes.
  it('is scored as often for 500 rows as for 5, and every row names it with the same suggestions', async () => {
    const { runImport } = await import('../../src/import/runImport');
    const { vi } = await import('vitest');
    const scorings = async (count: number) => {
      const suggest = vi.spyOn(NameIndex.prototype, 'suggest');
      try {
        const rows = Array.from(
          { length: count },
          (_, n) => `嘉兴市政协委员会办公室,${2000 + (n % 20)},立案提案,${n}`,
        );
        const outcome = await runImport(
          {
            kind: 'file',
            name: 'upload.csv',
            bytes: new TextEncoder().encode(['地区,年份,指标,数值', ...rows].join('\n')),
          },
          { catalog, currentYear: 2025 },
        );
        const unknown = outcome.problems.filter((p) => p.kind === 'unknown_jurisdiction');
        expect(unknown).toHaveLength(count);
        const closest = unknown.map((p) => /（最接近：[^）]+）/u.exec(p.message.zh)?.[0]);
        expect(closest[0]).toBeDefined();
        expect(new Set(closest).size).toBe(1);
        return suggest.mock.calls.filter(([name]) => name === '嘉兴市政协委员会办公室').length;
      } finally {
        suggest.mockRestore();
      }
    };
    const few = await scorings(5);
    expect(few).toBeGreaterThan(0);
    expect(await scorings(500)).toBe(few);
  });
});
