// Registered when the matrix view loads, keeping heatmaps out of the first load.
import { HeatmapChart } from 'echarts/charts';
import { VisualMapPiecewiseComponent } from 'echarts/components';
import { echarts } from '../../charts/echartsSetup';

echarts.use([HeatmapChart, VisualMapPiecewiseComponent]);
