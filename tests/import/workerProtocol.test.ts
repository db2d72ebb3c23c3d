import { describe, expect, it } from 'vitest';
import { outcomeWithRows } from '../../src/import/importClient';
import { packColumns, unpackColumns } from '../../src/import/importWorkerProtocol';
import { importToColumns, runImport } from '../../src/import/runImport';
import type { ImportSource } from '../../src/import/types';
import { bundledCatalog } from './bundledCatalog';

const catalog = bundledCatalog();
const source: ImportSource = {
  kind: 'file',
  name: 'q.csv',
  bytes: new TextEncoder().encode(
    '地区,年份,指标,数值,原文\n嘉兴,2023,立案提案,1,"甲,乙"\n吴兴,2023,立案提案,2,\n贺州,2023,立案提案,3,丙\n',
  ),
};

describe('what the worker posts is what runImport returns', () => {
  it('after packing, a structured clone (as postMessage makes) and unpacking', async () => {
    const { outcome, columns } = await importToColumns(source, { catalog, currentYear: 2025 });
    const posted = structuredClone(packColumns(columns));
    const received = outcomeWithRows(structuredClone(outcome), unpackColumns(posted));
    const direct = await runImport(source, { catalog, currentYear: 2025 });
    expect(received.rows).toEqual(direct.rows);
    expect(received.columns.quote).toEqual(['甲,乙', '', '丙']);
    expect(received.problems).toEqual(direct.problems);
  });

  it('a file without a quote column posts no quotes', async () => {
    const plain: ImportSource = { kind: 'paste', text: '地区\t年份\t指标\t数值\n嘉兴\t2023\t立案提案\t1\n' };
    const { columns } = await importToColumns(plain, { catalog, currentYear: 2025 });
    expect(unpackColumns(structuredClone(packColumns(columns))).quote).toBeNull();
  });
});
