import type { ComponentType } from 'react';
import { preloadableLazy } from '../app/preloadableLazy';
import type { ViewId } from '../app/urlState';
import type { MessageKey } from '../i18n/messages';
import { OverviewPanel } from './overview/OverviewPanel';
import { RankingPanel } from './ranking/RankingPanel';
import type { ViewPanelProps } from './viewPanel';

/** A view of the dashboard: its tab label and its panel (controls + card). */
export interface ViewEntry {
  id: Exclude<ViewId, 'data'>;
  label: MessageKey;
  Panel: ComponentType<ViewPanelProps>;
  /** Fetches a code-split panel ahead of use (views not on the first screen). */
  preload?: () => Promise<unknown>;
}

const lazyEntry = (
  id: ViewEntry['id'],
  label: MessageKey,
  load: () => Promise<ComponentType<ViewPanelProps>>,
): ViewEntry => {
  const { Component, preload } = preloadableLazy(load);
  return { id, label, Panel: Component, preload };
};

/**
 * Every view, in tab order. Adding a view: a folder `src/views/<view>/` (query, pure model, component,
 * panel, tests), its id in `VIEWS` (src/app/urlState.ts) and one entry here. The overview (landing)
 * and the ranking (most links) are in the first bundle; the others load on demand with their chart
 * types and are preloaded once the engine is ready.
 */
export const VIEW_REGISTRY: readonly ViewEntry[] = [
  { id: 'overview', label: 'tabOverview', Panel: OverviewPanel },
  { id: 'ranking', label: 'tabRanking', Panel: RankingPanel },
  lazyEntry('trend', 'tabTrend', () => import('./trend/TrendPanel').then((m) => m.TrendPanel)),
  lazyEntry('matrix', 'tabMatrix', () => import('./matrix/MatrixPanel').then((m) => m.MatrixPanel)),
  lazyEntry('profile', 'tabProfile', () => import('./profile/ProfilePanel').then((m) => m.ProfilePanel)),
];
