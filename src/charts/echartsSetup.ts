// Only the ECharts parts the first chart (overview, ranking) needs to be painted: the full `echarts` entry
// would more than double the first load. The tooltip and axis pointer come once the first chart is on screen
// (echartsLateParts); views loaded later register their own parts (echartsTrendParts, echartsMatrixParts).
import { dispose, getInstanceByDom, init, use as register } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridSimpleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// The grid without its axis pointer, which only a tooltip shows (echartsLateParts adds both).
register([BarChart, GridSimpleComponent, AriaComponent, CanvasRenderer]);

/**
 * What the app and echarts-for-react call. Named, not `import * as echarts`: a namespace object handed
 * around keeps every export of echarts/core (geo, graphic and format helpers) in the first load.
 */
export const echarts = { init, use: register, getInstanceByDom, dispose };
