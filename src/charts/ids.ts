// The charts an author can place with <Chart id="..." />. Each id is also the chart's permanent anchor,
// and each has its words in content/charts/<id>.yaml (see src/schema/charts.ts).
export const CHART_IDS = ['figures-chart', 'timeline-chart', 'pipeline-chart', 'map-chart', 'responses-chart'] as const;

/** One of CHART_IDS. */
export type ChartId = (typeof CHART_IDS)[number];

/** Whether a string is a chart id, narrowing its type. */
export const isChartId = (id: string): id is ChartId => (CHART_IDS as readonly string[]).includes(id);
