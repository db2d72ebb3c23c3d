import type { ViewPanelProps } from '../viewPanel';
import { OverviewView } from './OverviewView';

export function OverviewPanel({ catalog, actions }: ViewPanelProps) {
  return <OverviewView catalog={catalog} onOpenRanking={actions.openRanking} />;
}
