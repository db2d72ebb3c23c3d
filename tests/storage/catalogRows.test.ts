import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import type { Category, Source } from '../../src/data/schema';
import { loadTablesFromCsv } from '../../src/data/tables';
import { CatalogConflictError, insertCatalogRows, UPLOADED_CATEGORY } from '../../src/storage/catalogRows';
import { fixtureTexts, indicator, jurisdiction } from '../support/fixture';

// One engine for the file (starting DuckDB is the slow part); each test starts from the fixture catalog.
let engine: Connector;
beforeAll(async () => {
  engine = await createNodeConnector();
});
beforeEach(async () => {
  await loadTablesFromCsv(engine, fixtureTexts([]));
});
afterAll(async () => {
  await engine.close();
});

const rowsOf = (sql: string) => engine.query(sql);
const none = { jurisdictions: [], indicators: [] };

describe('an upload’s new catalog entries land as given', () => {
  it('adds a new jurisdiction with every detail, blanks as no value', async () => {
    const hangzhou = jurisdiction('hangzhou', '杭州', { aliases: '', parent_zh: '浙江省' });
    await insertCatalogRows(engine, { ...none, jurisdictions: [hangzhou] });
    expect(await rowsOf("SELECT * FROM jurisdictions WHERE id = 'hangzhou'")).toEqual([
      { ...hangzhou, aliases: null },
    ]);
  });

  it('lists a new indicator under its category when that category exists, adding none', async () => {
    await insertCatalogRows(engine, { ...none, indicators: [indicator('motions', '提交议案')] });
    expect(await rowsOf("SELECT category FROM indicators WHERE id = 'motions'")).toEqual([
      { category: 'proposals' },
    ]);
    expect(await rowsOf('SELECT id FROM categories ORDER BY id')).toEqual([{ id: 'proposals' }]);
  });

  it('an indicator whose category is unknown is listed under “uploaded indicators”, created once', async () => {
    await insertCatalogRows(engine, {
      ...none,
      indicators: [
        indicator('a_count', '甲', { category: 'new_topic' }),
        indicator('b_count', '乙', { category: 'new_topic' }),
      ],
    });
    expect(await rowsOf("SELECT * FROM categories WHERE id = 'new_topic'")).toEqual([
      { id: 'new_topic', ...UPLOADED_CATEGORY },
    ]);
    expect(UPLOADED_CATEGORY).toEqual({
      name_zh: '上传的指标',
      name_en: 'Uploaded indicators',
      sort_order: 9999,
    });
  });

  it('a package’s own category comes first, so its indicators are listed under it, not as uploaded', async () => {
    const category: Category = { id: 'motions', name_zh: '议案', name_en: 'Motions', sort_order: 2 };
    const source: Source = {
      file: 'report.pdf',
      jurisdiction_id: 'jiaxing',
      year: 2023,
      title_zh: '报告',
      title_en: 'Report',
      body_zh: '政协',
      body_en: 'CPPCC',
      published: '',
    };
    await insertCatalogRows(engine, {
      ...none,
      indicators: [indicator('motions_filed', '议案', { category: 'motions' })],
      categories: [category],
      sources: [source],
    });
    expect(await rowsOf("SELECT * FROM categories WHERE id = 'motions'")).toEqual([category]);
    expect(await rowsOf("SELECT * FROM sources WHERE file = 'report.pdf'")).toEqual([
      { ...source, published: null },
    ]);
  });
});

describe('an entry that already exists', () => {
  it.each([
    { name: 'the same jurisdiction', rows: { ...none, jurisdictions: [jurisdiction('jiaxing', '嘉兴')] } },
    {
      name: 'the same jurisdiction with blanks where the catalog has no value',
      rows: { ...none, jurisdictions: [jurisdiction('jiaxing', '嘉兴', { aliases: '', parent_en: '' })] },
    },
    { name: 'the same indicator', rows: { ...none, indicators: [indicator('proposals_filed', '立案提案')] } },
    {
      name: 'the same category, its order read as a big integer',
      rows: {
        ...none,
        categories: [
          { id: 'proposals', name_zh: '提案', name_en: 'Proposals', sort_order: 1n as unknown as number },
        ],
      },
    },
  ])('is left as it is when the upload brings $name', async ({ rows }) => {
    const before = await rowsOf('SELECT * FROM jurisdictions UNION ALL BY NAME SELECT * FROM indicators');
    await insertCatalogRows(engine, rows);
    expect(await rowsOf('SELECT * FROM jurisdictions UNION ALL BY NAME SELECT * FROM indicators')).toEqual(
      before,
    );
    expect(await rowsOf('SELECT count(*) AS n FROM categories')).toEqual([{ n: 1 }]);
  });

  it.each([
    {
      name: 'a jurisdiction under another name',
      rows: { ...none, jurisdictions: [jurisdiction('jiaxing', '不是嘉兴')] },
      table: 'jurisdictions',
      id: 'jiaxing',
    },
    {
      name: 'a jurisdiction with a value where the catalog has none',
      rows: { ...none, jurisdictions: [jurisdiction('jiaxing', '嘉兴', { aliases: '禾城' })] },
      table: 'jurisdictions',
      id: 'jiaxing',
    },
    {
      name: 'an indicator whose better direction differs',
      rows: { ...none, indicators: [indicator('proposals_filed', '立案提案', { better: 'lower' })] },
      table: 'indicators',
      id: 'proposals_filed',
    },
    {
      name: 'a category with another order',
      rows: {
        ...none,
        categories: [{ id: 'proposals', name_zh: '提案', name_en: 'Proposals', sort_order: 0 }],
      },
      table: 'categories',
      id: 'proposals',
    },
  ])('with other details is refused, never overwritten: $name', async ({ rows, table, id }) => {
    const before = await rowsOf(`SELECT * FROM ${table} ORDER BY 1`);
    const error = await insertCatalogRows(engine, rows).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogConflictError);
    expect(error).toMatchObject({
      table,
      id,
      name: 'CatalogConflictError',
      message: `${table}: id "${id}" already exists with different details`,
    });
    expect(await rowsOf(`SELECT * FROM ${table} ORDER BY 1`)).toEqual(before);
  });

  it('a detail the entry leaves out is no value, so the same entry without it is still the same', async () => {
    const { aliases: _aliases, parent_zh: _parent, ...partial } = jurisdiction('hangzhou', '杭州');
    const given = partial as ReturnType<typeof jurisdiction>;
    await insertCatalogRows(engine, { ...none, jurisdictions: [given] });
    await insertCatalogRows(engine, { ...none, jurisdictions: [given] });
    expect(await rowsOf("SELECT aliases, parent_zh FROM jurisdictions WHERE id = 'hangzhou'")).toEqual([
      { aliases: null, parent_zh: null },
    ]);
  });

  it('a new id that looks like SQL is data, matched and stored verbatim', async () => {
    const id = "x' OR '1'='1";
    await insertCatalogRows(engine, { ...none, jurisdictions: [jurisdiction(id, '注入')] });
    await insertCatalogRows(engine, { ...none, jurisdictions: [jurisdiction(id, '注入')] });
    expect(await rowsOf(`SELECT id FROM jurisdictions WHERE name_zh = '注入'`)).toEqual([{ id }]);
  });
});
