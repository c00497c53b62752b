// The charts an author can place with <Chart id="..." />. Each id is also the chart's permanent anchor.
export const CHART_IDS: readonly string[] = [];
