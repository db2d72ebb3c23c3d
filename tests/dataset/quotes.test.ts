/**
 * Every bundled figure must be traceable to a verbatim fragment of its source report.
 * (a) the quote occurs in the report (whitespace ignored on both sides);
 * (b) the value is one of the numbers written in the quote (Arabic or Chinese numerals);
 * (c) the qualifier agrees with the words around that number (余/多/以上/超过 → at_least,
 *     近/约/左右 → approx, none → exact).
 */
import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNumbers, type NumberToken } from '../../src/data/chineseNumerals';

interface Observation {
  jurisdiction_id: string;
  year: string;
  indicator_id: string;
  value: string;
  qualifier: string;
  unit: string;
  source_file: string;
  quote: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const dataDir = path.join(repoRoot, 'data');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const seedsExist = fs.existsSync(seedsDir);

const stripWs = (s: string): string => s.replace(/\s+/gu, '');

const observations: Observation[] = Papa.parse<Observation>(
  fs.readFileSync(path.join(dataDir, 'observations.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

/** One test case per observation row, named `${jurisdiction_id} ${indicator_id}`. */
const cases = observations.map((o) => [`${o.jurisdiction_id} ${o.indicator_id}`, o] as const);

const AT_LEAST_AFTER = /^(?:余|多|以上)/u;
const AT_LEAST_BEFORE = /(?:超过|突破|逾)$/u;
const APPROX_BEFORE = /(?:近|约)$/u;
const APPROX_AFTER = /^左右/u;

/** The qualifier the wording around one number implies. */
function impliedQualifier(text: string, t: NumberToken): 'exact' | 'at_least' | 'approx' {
  const before = text.slice(0, t.start);
  const afterDigits = text.slice(t.numEnd);
  const afterToken = text.slice(t.end);
  if (AT_LEAST_AFTER.test(afterDigits) || AT_LEAST_AFTER.test(afterToken) || AT_LEAST_BEFORE.test(before)) {
    return 'at_least';
  }
  if (APPROX_BEFORE.test(before) || APPROX_AFTER.test(afterDigits) || APPROX_AFTER.test(afterToken)) {
    return 'approx';
  }
  return 'exact';
}

function tokensWithValue(quote: string, value: number): NumberToken[] {
  return findNumbers(quote).filter((t) => Math.abs(t.value - value) < 1e-9);
}

const reports = new Map<string, string>();
function report(file: string): string {
  let text = reports.get(file);
  if (text === undefined) {
    text = stripWs(fs.readFileSync(path.join(seedsDir, file), 'utf8'));
    reports.set(file, text);
  }
  return text;
}

describe('observations.csv has rows to check', () => {
  it('is not empty', () => {
    expect(observations.length).toBeGreaterThan(0);
  });
});

describe.skipIf(!seedsExist)(
  seedsExist ? 'quote occurs verbatim in its source report' : 'quotes (skipped: ../shared/seeds not found)',
  () => {
    it.each(cases)('%s', (_name, row) => {
      expect(fs.existsSync(path.join(seedsDir, row.source_file)), `missing report ${row.source_file}`).toBe(
        true,
      );
      expect(stripWs(row.quote).length).toBeGreaterThan(0);
      expect(report(row.source_file), `quote not found in ${row.source_file}: ${row.quote}`).toContain(
        stripWs(row.quote),
      );
    });
  },
);

describe('value is written in the quote', () => {
  it.each(cases)('%s', (_name, row) => {
    const value = Number(row.value);
    expect(Number.isFinite(value), `value ${row.value} is not a number`).toBe(true);
    const quote = stripWs(row.quote);
    const found = findNumbers(quote).map((t) => t.value);
    expect(found, `numbers in "${quote}"`).toContain(value);
  });
});

describe('qualifier agrees with the quote', () => {
  it.each(cases)('%s', (_name, row) => {
    const quote = stripWs(row.quote);
    const implied = tokensWithValue(quote, Number(row.value)).map((t) => impliedQualifier(quote, t));
    expect(implied.length).toBeGreaterThan(0);
    expect(
      implied,
      `"${quote}" implies ${implied.join('/')} for ${row.value}, row says ${row.qualifier}`,
    ).toContain(row.qualifier);
  });
});
