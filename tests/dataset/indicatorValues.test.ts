import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import type { Comparable, Qualifier } from '../../src/data/schema';
import { loadTablesFromCsv, TABLE_COLUMNS, TABLE_NAMES, writeTablesFromCsv } from '../../src/data/tables';
import { DEFAULT_COMPARISON_TABLE } from '../../src/queries/precomputed';
import { fixtureTexts, observation as o } from '../support/fixture';

// Loading the tables from CSV and the derived-rate view, on one engine for the file (starting DuckDB is
// the slow part). The fixture's rate is proposals_answer_rate = 100 × answered ÷ filed.

let engine: Connector;
beforeAll(async () => {
  engine = await createNodeConnector();
});
afterAll(async () => {
  await engine.close();
});

const RATE = 'proposals_answer_rate';
const ratesOf = (year: number) =>
  engine.query<{ jurisdiction_id: string; value: number; qualifier: Qualifier; unit: string }>(
    `SELECT jurisdiction_id, value, qualifier, unit FROM indicator_values
     WHERE indicator_id = '${RATE}' AND year = ${year} ORDER BY jurisdiction_id`,
  );

describe('a rate’s qualifier: exact only when both parts are, ≥ only over an exact denominator', () => {
  // one jurisdiction per pair of qualifiers, all in 2022: numerator 30, denominator 60
  const CASES: { numerator: Qualifier; denominator: Qualifier; rate: Qualifier }[] = [
    { numerator: 'exact', denominator: 'exact', rate: 'exact' },
    { numerator: 'at_least', denominator: 'exact', rate: 'at_least' },
    { numerator: 'approx', denominator: 'exact', rate: 'approx' },
    { numerator: 'exact', denominator: 'at_least', rate: 'approx' },
    { numerator: 'at_least', denominator: 'at_least', rate: 'approx' },
    { numerator: 'exact', denominator: 'approx', rate: 'approx' },
    { numerator: 'approx', denominator: 'approx', rate: 'approx' },
    { numerator: 'at_least', denominator: 'approx', rate: 'approx' },
  ];
  const id = (i: number) => `j${i}`;

  it.each(CASES.map((c, i) => ({ ...c, i })))(
    '$numerator ÷ $denominator → $rate',
    async ({ numerator, denominator, rate, i }) => {
      await loadTablesFromCsv(
        engine,
        fixtureTexts(
          CASES.flatMap((c, k) => [
            o(id(k), 2022, 'proposals_answered', 30, { qualifier: c.numerator }),
            o(id(k), 2022, 'proposals_filed', 60, { qualifier: c.denominator }),
          ]),
        ),
      );
      const rows = await ratesOf(2022);
      expect(rows).toHaveLength(CASES.length);
      expect(rows.find((r) => r.jurisdiction_id === id(i))).toEqual({
        jurisdiction_id: id(i),
        value: 50,
        qualifier: rate,
        unit: '%',
      });
      expect([numerator, denominator]).toEqual([CASES[i]!.numerator, CASES[i]!.denominator]);
    },
  );

  it('a zero denominator gives no rate (never 0, never infinite); the stored parts stay', async () => {
    await loadTablesFromCsv(
      engine,
      fixtureTexts([
        o('jiaxing', 2022, 'proposals_answered', 0),
        o('jiaxing', 2022, 'proposals_filed', 0),
        o('wuxing', 2022, 'proposals_answered', 5),
        o('wuxing', 2022, 'proposals_filed', 0),
        o('hezhou', 2022, 'proposals_answered', 0),
        o('hezhou', 2022, 'proposals_filed', 8),
      ]),
    );
    expect(await ratesOf(2022)).toEqual([
      { jurisdiction_id: 'hezhou', value: 0, qualifier: 'exact', unit: '%' },
    ]);
    expect(
      await engine.query('SELECT count(*) AS n FROM indicator_values WHERE indicator_id <> $1', [RATE]),
    ).toEqual([{ n: 6 }]);
  });
});

describe('a rate’s comparability: the less comparable part’s flag, with that part’s reason', () => {
  const part = (indicator: string, comparable: Comparable | null, reason: string | null) =>
    o('jiaxing', 2022, indicator, 10, {
      comparable,
      comparability_zh: reason && `${reason}口径`,
      comparability_en: reason && `${reason} scope`,
    });
  it.each<{
    name: string;
    numerator: [Comparable | null, string | null];
    denominator: [Comparable | null, string | null];
    rate: [Comparable | null, string | null];
  }>([
    {
      name: 'both inherit the indicator’s',
      numerator: [null, null],
      denominator: [null, null],
      rate: [null, null],
    },
    { name: 'both comparable', numerator: ['yes', null], denominator: ['yes', null], rate: [null, null] },
    {
      name: 'numerator partly',
      numerator: ['partly', 'N'],
      denominator: ['yes', 'D'],
      rate: ['partly', 'N'],
    },
    {
      name: 'denominator partly',
      numerator: ['yes', 'N'],
      denominator: ['partly', 'D'],
      rate: ['partly', 'D'],
    },
    { name: 'numerator not', numerator: ['no', 'N'], denominator: ['partly', 'D'], rate: ['no', 'N'] },
    { name: 'denominator not', numerator: ['partly', 'N'], denominator: ['no', 'D'], rate: ['no', 'D'] },
    {
      name: 'both partly: the numerator’s reason',
      numerator: ['partly', 'N'],
      denominator: ['partly', 'D'],
      rate: ['partly', 'N'],
    },
    {
      name: 'both not: the numerator’s reason',
      numerator: ['no', 'N'],
      denominator: ['no', 'D'],
      rate: ['no', 'N'],
    },
  ])('$name', async ({ numerator, denominator, rate }) => {
    await loadTablesFromCsv(
      engine,
      fixtureTexts([part('proposals_answered', ...numerator), part('proposals_filed', ...denominator)]),
    );
    expect(
      await engine.query(
        `SELECT obs_comparable, obs_comparability_zh, obs_comparability_en FROM indicator_values
         WHERE indicator_id = '${RATE}'`,
      ),
    ).toEqual([
      {
        obs_comparable: rate[0],
        obs_comparability_zh: rate[1] && `${rate[1]}口径`,
        obs_comparability_en: rate[1] && `${rate[1]} scope`,
      },
    ]);
  });
});

describe('loading the tables from CSV text', () => {
  /** The connector, with every file registered and dropped on the way recorded. */
  function recording(inner: Connector) {
    const registered: string[] = [];
    const dropped: string[] = [];
    const connector: Connector = {
      ...inner,
      query: (sql, params) => inner.query(sql, params),
      registerFileText: async (name, text) => {
        registered.push(name);
        await inner.registerFileText(name, text);
      },
      dropFile: async (name) => {
        dropped.push(name);
        await inner.dropFile(name);
      },
    };
    return { connector, registered, dropped };
  }

  it('one file per table, each dropped once loaded (no copy of the text is kept)', async () => {
    const r = recording(engine);
    await loadTablesFromCsv(r.connector, fixtureTexts([o('jiaxing', 2022, 'proposals_filed', 1)]));
    expect(new Set(r.registered).size).toBe(TABLE_NAMES.length);
    expect(r.dropped).toEqual(r.registered);
  });

  it('observations are stored by indicator, then year, then jurisdiction, whatever the file’s order', async () => {
    await loadTablesFromCsv(
      engine,
      fixtureTexts([
        o('wuxing', 2023, 'proposals_filed', 1),
        o('jiaxing', 2023, 'proposals_filed', 2),
        o('jiaxing', 2022, 'proposals_filed', 3),
        o('jiaxing', 2022, 'proposals_answered', 4),
      ]),
    );
    expect(
      (await engine.query<{ v: number }>('SELECT value AS v FROM observations ORDER BY rowid')).map(
        (r) => r.v,
      ),
    ).toEqual([4, 3, 2, 1]);
  });

  it('a file written before the optional columns loads with them empty; a file with them keeps them', async () => {
    const texts = fixtureTexts([
      o('jiaxing', 2022, 'proposals_filed', 1, {
        comparable: 'no',
        comparability_zh: '口径',
        comparability_en: 'scope',
      }),
    ]);
    await loadTablesFromCsv(engine, texts);
    const flags = () =>
      engine.query('SELECT comparable, comparability_zh, comparability_en FROM observations');
    expect(await flags()).toEqual([
      { comparable: 'no', comparability_zh: '口径', comparability_en: 'scope' },
    ]);

    const older = Object.keys(TABLE_COLUMNS.observations).slice(0, 8);
    const [, line] = texts.observations.split(/\r?\n/);
    const oldText = `${older.join(',')}\n${line!.split(',').slice(0, 8).join(',')}\n`;
    await loadTablesFromCsv(engine, { ...texts, observations: oldText });
    expect(await flags()).toEqual([{ comparable: null, comparability_zh: null, comparability_en: null }]);
    const columns = await engine.query<{ column_name: string; data_type: string }>(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'observations' ORDER BY ordinal_position",
    );
    expect(columns.map((c) => `${c.column_name} ${c.data_type}`)).toEqual(
      Object.entries(TABLE_COLUMNS.observations).map(([name, type]) => `${name} ${type}`),
    );
  });

  it('an empty observations file loads as an empty table with every column', async () => {
    await loadTablesFromCsv(engine, { ...fixtureTexts([]), observations: '' });
    expect(await engine.query('SELECT count(*) AS n FROM observations')).toEqual([{ n: 0 }]);
    expect(await engine.query('SELECT count(*) AS n FROM indicator_values')).toEqual([{ n: 0 }]);
  });
});

describe('the default comparison: built by a load, left to the caller by a write', () => {
  const comparison = (c: Connector) =>
    c.query<{ table_type: string }>(
      `SELECT table_type FROM information_schema.tables WHERE table_name = '${DEFAULT_COMPARISON_TABLE}'`,
    );
  const rows = [o('jiaxing', 2022, 'proposals_filed', 369), o('wuxing', 2022, 'proposals_filed', 98)];

  it('loadTablesFromCsv leaves it built on the data just loaded', async () => {
    const own = await createNodeConnector();
    try {
      await loadTablesFromCsv(own, fixtureTexts(rows));
      expect(await comparison(own)).toEqual([{ table_type: 'BASE TABLE' }]);
      const ranked = await own.query<{ jurisdiction_id: string }>(
        `SELECT jurisdiction_id FROM ${DEFAULT_COMPARISON_TABLE} WHERE indicator_id = 'proposals_filed' ORDER BY jurisdiction_id`,
      );
      expect(ranked.map((r) => r.jurisdiction_id)).toEqual(['jiaxing', 'wuxing']);
    } finally {
      await own.close();
    }
  });

  it('writeTablesFromCsv (inside a transaction) does not build it: changeData rebuilds after COMMIT', async () => {
    const own = await createNodeConnector();
    try {
      await writeTablesFromCsv(own, fixtureTexts(rows));
      expect(await comparison(own)).toEqual([]);
      expect(await own.query('SELECT count(*) AS n FROM observations')).toEqual([{ n: 2 }]);
    } finally {
      await own.close();
    }
  });
});
