import { describe, expect, it } from 'vitest';
import { BriefingPack } from '../../src/export/briefingPack';
import type { ChartExport } from '../../src/export/chartExport';

const chart = (view: string, title: string): ChartExport => ({
  view,
  lang: 'zh',
  option: {},
  preferredHeight: 300,
  title,
  subtitle: '',
  summary: '',
  notes: [],
  sources: [],
  fileParts: [title],
  table: { header: [], rows: [] },
});

describe('briefing pack', () => {
  it('keeps charts in the order added, one entry per chart, ticked until unticked', () => {
    const pack = new BriefingPack();
    let changes = 0;
    pack.subscribe(() => (changes += 1));
    pack.add(chart('ranking', '2022年立案提案排名'));
    pack.add(chart('matrix', '多指标对比矩阵'));
    pack.add(chart('ranking', '2022年立案提案排名'));
    expect(pack.list().map((i) => i.chart.view)).toEqual(['matrix', 'ranking']);
    expect(pack.has(chart('ranking', '2022年立案提案排名'))).toBe(true);
    expect(pack.has(chart('ranking', '2021年立案提案排名'))).toBe(false);
    pack.tick(pack.list()[0]!.key, false);
    expect(pack.ticked().map((c) => c.view)).toEqual(['ranking']);
    pack.remove(pack.list()[1]!.key);
    expect(pack.ticked()).toEqual([]);
    expect(pack.list()).toHaveLength(1);
    expect(changes).toBe(5);
  });

  it('tells the same chart in the other language apart', () => {
    const pack = new BriefingPack();
    pack.add(chart('ranking', 'Ranking'));
    expect(pack.has({ ...chart('ranking', 'Ranking'), lang: 'en' })).toBe(false);
  });
});
