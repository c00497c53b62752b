// Client-side D3 chart: eight labelled estimates on a log scale (lollipop/dot plot).
import * as d3 from 'd3';

export const estimates = [
  { label: 'Confirmed sightings', value: 2 },
  { label: 'Small field survey', value: 5 },
  { label: 'Registry count', value: 300 },
  { label: 'Trade directory', value: 1400 },
  { label: 'Capture–recapture', value: 2000 },
  { label: 'Regional model', value: 5000 },
  { label: 'Expert panel', value: 5000 },
  { label: 'Area-scaled upper bound', value: 50000 },
];

export function drawEstimates(container, data = estimates) {
  const width = 640,
    rowH = 30;
  const margin = { top: 12, right: 64, bottom: 44, left: 176 };
  const height = margin.top + margin.bottom + rowH * data.length;
  const fmt = d3.format(',');

  const x = d3
    .scaleLog()
    .domain([1, 1e5])
    .range([margin.left, width - margin.right]);
  const y = d3
    .scaleBand()
    .domain(data.map((d) => d.label))
    .range([margin.top, height - margin.bottom])
    .padding(0.4);

  const svg = d3
    .create('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-labelledby', 'estimates-chart-title')
    .attr('style', 'max-width:100%;height:auto;font:13px system-ui,sans-serif');
  svg
    .append('title')
    .attr('id', 'estimates-chart-title')
    .text('Eight hypothetical estimates of one quantity, from 2 to 50,000, on a logarithmic scale');

  const ticks = [1, 10, 100, 1000, 10000, 100000];
  svg
    .append('g')
    .attr('stroke', 'currentColor')
    .attr('stroke-opacity', 0.15)
    .selectAll('line')
    .data(ticks)
    .join('line')
    .attr('x1', (d) => x(d))
    .attr('x2', (d) => x(d))
    .attr('y1', margin.top)
    .attr('y2', height - margin.bottom);

  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).tickValues(ticks).tickFormat(fmt).tickSizeOuter(0))
    .call((g) => g.attr('font-size', null).attr('font-family', null))
    .call((g) =>
      g
        .append('text')
        .attr('x', width - margin.right)
        .attr('y', 36)
        .attr('fill', 'currentColor')
        .attr('text-anchor', 'end')
        .text('Estimate (log scale) →'),
    );

  const row = svg
    .append('g')
    .selectAll('g')
    .data(data)
    .join('g')
    .attr('transform', (d) => `translate(0,${y(d.label) + y.bandwidth() / 2})`);
  row
    .append('text')
    .attr('x', margin.left - 10)
    .attr('dy', '0.32em')
    .attr('text-anchor', 'end')
    .attr('fill', 'currentColor')
    .text((d) => d.label);
  row
    .append('line')
    .attr('x1', x(1))
    .attr('x2', (d) => x(d.value))
    .attr('stroke', 'currentColor')
    .attr('stroke-opacity', 0.4);
  row
    .append('circle')
    .attr('cx', (d) => x(d.value))
    .attr('r', 5)
    .attr('fill', '#3366aa');
  row
    .append('text')
    .attr('x', (d) => x(d.value) + 9)
    .attr('dy', '0.32em')
    .attr('fill', 'currentColor')
    .text((d) => fmt(d.value));

  container.replaceChildren(svg.node());
  return svg.node();
}
