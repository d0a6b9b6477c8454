/* 培训师看板, the charts: plain inline SVG drawn from numbers the tables also show (so the SVG is
 * hidden from screen readers). Colours come from the theme's variables: light and dark alike. */

import { element } from "../dom.js";

const SVG = "http://www.w3.org/2000/svg";
const ROW = 22;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 220;
const VALUE_WIDTH = 56;

function svgNode(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An SVG that shrinks to the page's width (no sideways scrolling) but never grows past its size. */
function chartSvg(width, height) {
  const svg = svgNode("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", class: "kb-report-chart", "aria-hidden": "true", focusable: "false" });
  svg.style.maxWidth = width + "px";
  return svg;
}

function shortLabel(text, limit = 12) {
  return text.length > limit ? text.slice(0, limit - 1) + "…" : text;
}

/**
 * Horizontal bars: bars = [{label, share (0..1), value (text), tone ("key", "flag" or "")}].
 * `title` is the figure's caption; the numbers are in the table next to it.
 */
export function barChart(title, bars) {
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = bars.length * ROW + 4;
  const svg = chartSvg(width, height);
  bars.forEach((bar, index) => {
    const y = index * ROW + 2;
    svg.appendChild(svgNode("text", { x: LABEL_WIDTH - 6, y: y + 15, "text-anchor": "end", class: "kb-report-chart__label" }, shortLabel(bar.label)));
    svg.appendChild(svgNode("rect", { x: LABEL_WIDTH, y: y + 3, width: BAR_WIDTH, height: ROW - 8, class: "kb-report-chart__track" }));
    const length = Math.max(0, Math.min(1, bar.share)) * BAR_WIDTH;
    svg.appendChild(svgNode("rect", { x: LABEL_WIDTH, y: y + 3, width: length, height: ROW - 8, class: "kb-report-chart__bar" + (bar.tone ? " kb-report-chart__bar--" + bar.tone : "") }));
    svg.appendChild(svgNode("text", { x: LABEL_WIDTH + BAR_WIDTH + 6, y: y + 15, class: "kb-report-chart__value" }, bar.value));
  });
  const figure = element("figure", "kb-report-figure");
  figure.appendChild(svg);
  figure.appendChild(element("figcaption", "", title));
  return figure;
}

/** Vertical bars of a histogram: bins = [{label, count}]. */
export function histogramChart(title, bins) {
  const column = 36;
  const plot = 120;
  const width = bins.length * column + 8;
  const height = plot + 40;
  const most = Math.max(1, ...bins.map((bin) => bin.count));
  const svg = chartSvg(width, height);
  bins.forEach((bin, index) => {
    const x = index * column + 4;
    const barHeight = (bin.count / most) * plot;
    svg.appendChild(svgNode("rect", { x: x + 4, y: plot - barHeight + 14, width: column - 8, height: barHeight, class: "kb-report-chart__bar" }));
    svg.appendChild(svgNode("text", { x: x + column / 2, y: plot - barHeight + 10, "text-anchor": "middle", class: "kb-report-chart__value" }, String(bin.count)));
    svg.appendChild(svgNode("text", { x: x + column / 2, y: height - 8, "text-anchor": "middle", class: "kb-report-chart__label" }, bin.label));
  });
  const figure = element("figure", "kb-report-figure");
  figure.appendChild(svg);
  figure.appendChild(element("figcaption", "", title));
  return figure;
}
