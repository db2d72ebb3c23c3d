import { useSyncExternalStore } from 'react';
import type { ChartExport } from './chartExport';

/** One chart put into the briefing pack: the export as it was when added, and whether it is ticked. */
export interface PackItem {
  key: string;
  chart: ChartExport;
  ticked: boolean;
}

/**
 * The charts the user collects for one briefing (one Word or PowerPoint file, a chart per page or
 * slide). Kept for the page's lifetime: each entry is a snapshot, so switching views or years does not
 * change what was added. A chart is one entry per view, title and subtitle.
 */
export class BriefingPack {
  private items: PackItem[] = [];
  private readonly listeners = new Set<() => void>();

  static keyOf(chart: Pick<ChartExport, 'view' | 'title' | 'subtitle' | 'lang'>): string {
    return [chart.view, chart.lang, chart.title, chart.subtitle].join('\u0000');
  }

  list = (): readonly PackItem[] => this.items;

  has(chart: Pick<ChartExport, 'view' | 'title' | 'subtitle' | 'lang'>): boolean {
    return this.items.some((i) => i.key === BriefingPack.keyOf(chart));
  }

  add(chart: ChartExport): void {
    const key = BriefingPack.keyOf(chart);
    const kept = this.items.filter((i) => i.key !== key);
    this.set([...kept, { key, chart, ticked: true }]);
  }

  remove(key: string): void {
    this.set(this.items.filter((i) => i.key !== key));
  }

  tick(key: string, ticked: boolean): void {
    this.set(this.items.map((i) => (i.key === key ? { ...i, ticked } : i)));
  }

  ticked(): ChartExport[] {
    return this.items.filter((i) => i.ticked).map((i) => i.chart);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(items: PackItem[]): void {
    this.items = items;
    for (const l of this.listeners) l();
  }
}

/** The page's one pack. */
export const briefingPack = new BriefingPack();

export function usePackItems(pack: BriefingPack = briefingPack): readonly PackItem[] {
  return useSyncExternalStore(pack.subscribe, pack.list, pack.list);
}
