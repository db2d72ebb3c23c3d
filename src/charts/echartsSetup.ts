// Only the ECharts parts the views use: the full `echarts` entry would more than double the first load.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendScrollComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  AriaComponent,
  LegendScrollComponent,
  VisualMapPiecewiseComponent,
  CanvasRenderer,
]);

export { echarts };
