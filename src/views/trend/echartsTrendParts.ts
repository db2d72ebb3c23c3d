// Registered when the trend view loads, keeping line charts out of the first load.
import { LineChart } from 'echarts/charts';
import { LegendScrollComponent } from 'echarts/components';
import { echarts } from '../../charts/echartsSetup';

echarts.use([LineChart, LegendScrollComponent]);
