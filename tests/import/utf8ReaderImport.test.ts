import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importToColumns } from '../../src/import/runImport';
import type { ImportOptions } from '../../src/import/types';
import { bundledCatalog } from './bundledCatalog';

// The byte scanner (Utf8DelimitedReader) inside a whole import, against the decoded-text path: the
// readers themselves are held to each other record by record in utf8Reader.test.ts (kept apart so a
// mutation run of utf8Reader.ts reads its own fast tests).

const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];

describe('an import reads the same through the byte scanner and through decoded text', () => {
  const options: ImportOptions = { catalog: bundledCatalog(), currentYear: 2025 };
  async function both(bytes: Uint8Array) {
    const source = { kind: 'file' as const, name: 'x.csv', bytes };
    return {
      text: await importToColumns(source, options, undefined, { byteScanner: false }),
      bytes: await importToColumns(source, options),
    };
  }
  const noise = fc.string({
    unit: fc.constantFrom(',', '"', '\n', '\r', '\t', 'a', '余', '1', ' ', '𠀀'),
    maxLength: 8,
  });
  const quoted = (c: string) => (/[",\t;\r\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c);
  // mostly valid rows (so kept rows are compared too), some with noise in any cell
  const row = fc.tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom('嘉兴', '杭州', '宁波'), weight: 9 },
      { arbitrary: noise, weight: 1 },
    ),
    fc.oneof(
      { arbitrary: fc.constantFrom('2022', '2023', '2024'), weight: 9 },
      { arbitrary: noise, weight: 1 },
    ),
    fc.oneof({ arbitrary: fc.constantFrom('立案提案', '提案'), weight: 9 }, { arbitrary: noise, weight: 1 }),
    fc.oneof(
      { arbitrary: fc.constantFrom('12', '余12', '1,234', '约3.5', '-1', ''), weight: 9 },
      { arbitrary: noise, weight: 1 },
    ),
    fc.oneof({ arbitrary: fc.constantFrom('件', ''), weight: 9 }, { arbitrary: noise, weight: 1 }),
    fc.oneof(
      { arbitrary: fc.constantFrom('第一项', '“原文”', ''), weight: 9 },
      { arbitrary: noise, weight: 1 },
    ),
  );
  const csv = fc
    .tuple(
      fc.array(row, { minLength: 1, maxLength: 25 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.constantFrom(',', '\t', ';'),
      fc.boolean(),
    )
    .map(([rows, newline, d, quoteAll]) =>
      [['地区', '年份', '指标', '数值', '单位', '原文'], ...rows]
        .map((r) => r.map((c) => (quoteAll || /[",\t;\r\n]/u.test(c) ? quoted(c) : c)).join(d))
        .join(newline),
    );

  it('on random tables (problems, rows and columns), plain, with a BOM, or with a bad byte', async () => {
    let withRows = 0;
    await fc.assert(
      fc.asyncProperty(csv, fc.constantFrom('plain', 'bom', 'bad byte'), fc.nat(), async (text, form, at) => {
        let bytes = utf8(text);
        if (form === 'bom') bytes = Uint8Array.from([...BOM, ...bytes]);
        if (form === 'bad byte') {
          const cut = at % (bytes.length + 1);
          bytes = Uint8Array.from([...bytes.subarray(0, cut), 0xc3, 0x28, ...bytes.subarray(cut)]);
        }
        const { text: fromText, bytes: fromBytes } = await both(bytes);
        expect(fromBytes).toEqual(fromText);
        if (fromText.columns.length > 0) withRows++;
      }),
      { numRuns: 300 },
    );
    // the property compares kept rows, not only problems
    expect(withRows).toBeGreaterThan(10);
  });

  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const { text: fromText, bytes: fromBytes } = await both(bytes);
        expect(fromBytes).toEqual(fromText);
      }),
      { numRuns: 300 },
    );
  });
});
