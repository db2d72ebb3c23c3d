// Registered when the trend view loads, keeping line charts out of the first load. LabelLayout makes
// the series' `labelLayout` (moveOverlap / hideOverlap) take effect: without it ECharts ignores it and
// point labels of close lines draw over each other.
import { LineChart } from 'echarts/charts';
import { LegendScrollComponent, MarkLineComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { echarts } from '../../charts/echartsSetup';

echarts.use([LineChart, LegendScrollComponent, MarkLineComponent, LabelLayout]);
