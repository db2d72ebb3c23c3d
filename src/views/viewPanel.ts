import type { Indicator } from '../data/schema';
import type { Measure, Selection, SelectionCatalog, UrlState } from '../app/urlState';
import type { CatalogWithYears } from '../queries/catalog';

/** What the app does when a view's control or drill-through changes the selection. */
export interface ViewActions {
  update: (patch: Partial<UrlState>, options?: { push?: boolean }) => void;
  selectIndicator: (indicatorId: string) => void;
  selectMeasure: (measure: Measure) => void;
  selectJurisdictions: (ids: string[]) => void;
  openProfile: (jurisdictionId: string) => void;
  openRanking: (indicatorId: string) => void;
}

/** Every view's panel (its controls and its card) receives the same props. */
export interface ViewPanelProps {
  catalog: CatalogWithYears;
  selectionCatalog: SelectionCatalog;
  selection: Selection;
  /** The indicator drawn (the rate when measure=rate). */
  shown: Indicator;
  actions: ViewActions;
}
