/**
 * ECharts for the web (issue 12 item 9): `echarts/core` with only what the pages draw — bar, line and
 * pie series; grid, tooltip (with its axis pointer) and legend (plain and scroll) components; the
 * canvas renderer, with named imports only (no namespace object). A page needing another series or
 * component registers it here.
 * Usage: `import ReactECharts from "../../lib/echarts";` then `<ReactECharts option={…} />`.
 */
import { BarChart, LineChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { dispose, getInstanceByDom, init, use as registerParts } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import EChartsReactCore from "echarts-for-react/esm/core";
import type { EChartsReactProps } from "echarts-for-react/esm/types";

registerParts([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/**
 * What echarts-for-react calls (init, getInstanceByDom, dispose) and nothing more: the `echarts/core`
 * namespace object would keep every helper it re-exports (geo JSON, graphic, format, time…) in the chunk.
 */
const echarts = { init, getInstanceByDom, dispose };

export default function ReactECharts(props: EChartsReactProps) {
  return <EChartsReactCore echarts={echarts} {...props} />;
}
