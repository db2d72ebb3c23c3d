// ECharts parts no chart needs for its first paint, registered once the first chart is on screen
// (lateChartParts.ts): the tooltip and the grid's axis pointer, ≈ 16 KB gzip of the first load.
import { GridComponent, TooltipComponent } from 'echarts/components';
import { echarts } from './echartsSetup';

// The full grid adds the axis pointer to the simple one of the first load.
echarts.use([GridComponent, TooltipComponent]);
