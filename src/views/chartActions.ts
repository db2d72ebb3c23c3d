import { createContext, type ReactNode } from 'react';
import type { ViewModel } from './viewModel';

/** What a chart card hands its export/share/embed buttons: the view's model, nothing read from the screen. */
export interface ChartExportInfo {
  /** Stable id of the card, e.g. "ranking". */
  id: string;
  title: string;
  subtitle: string;
  summary: string;
  notes: readonly string[];
  /** The model the card shows; exports are built from it alone. */
  model: ViewModel;
}

/**
 * Buttons every chart card shows next to its title. Empty by default; the briefing capability provides
 * export/share/embed buttons here once, for every view.
 */
export type ChartActionsRenderer = (info: ChartExportInfo) => ReactNode;

export const ChartActionsContext = createContext<ChartActionsRenderer | null>(null);
