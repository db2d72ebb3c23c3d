// Only the ECharts parts the first view (ranking) uses: the full `echarts` entry would more than double
// the first load. Views loaded later register their own parts (echartsTrendParts, echartsMatrixParts).
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export { echarts };
