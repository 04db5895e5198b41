// A small SVG chart of a payment schedule: the balance still owed after
// each installment (area) and each installment's interest (bars, own
// scale). Built with DOM calls, no framework, no inline style; drawn in
// true pixels on a narrow screen (see svg.js).

import { el, setAttributes, drawAtWidth, textWidth, MIN_TEXT_PX } from './svg.js';

const H = 220;
/** Drawn at most this wide, and scaled up beyond (see svg.js). */
const DESIGN_WIDTH = 640;
/** Room for one installment number under the axis. */
const TICK_SPACING = 32;
const KEY = 15;

/**
 * Draws the chart into `svg` (replacing what it had), and again when its width changes.
 * @param {SVGSVGElement} svg
 * @param {{balance: number[], interest: number[], labels: {title: string, balance: string, interest: string, interestScale: string},
 *          formatShort: (n: number) => string}} data
 *   `balance[0]` is the amount financed before the first installment; interest bars
 *   have their own scale, labelled at the right edge and in the legend.
 */
export function drawSchedule(svg, data) {
  drawAtWidth(svg, (width) => draw(svg, data, width), DESIGN_WIDTH);
}

/** @param {SVGSVGElement} svg @param {Parameters<typeof drawSchedule>[1]} data @param {number} W */
function draw(svg, data, W) {
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  svg.append(el('title', {}, data.labels.title));
  const n = data.interest.length;
  if (n === 0) return;
  const maxBalance = Math.max(...data.balance, 1);
  const maxInterest = Math.max(...data.interest, 0.01);
  const levels = [0, 1, 2, 3, 4].map((k) => (maxBalance * k) / 4);

  // The texts go in first, so that the margins fit what they say.
  const grid = el('g', { class: 'grid' });
  const bars = el('g', { class: 'interest' });
  const area = el('path', { class: 'balance-area' });
  const line = el('path', { class: 'balance-line' });
  const axis = el('g', { class: 'axis' });
  const legend = el('g', { class: 'legend' });
  svg.append(grid, bars, area, line, axis, legend);
  const levelLabels = levels.map((v) => grid.appendChild(el('text', { 'text-anchor': 'end' }, data.formatShort(v))));
  // The interest bars' own scale, at the right: its top and its zero, or
  // nothing at all when there is no interest to draw.
  const hasInterest = data.interest.some((v) => v > 0);
  const interestLabels = hasInterest ? [maxInterest, 0].map((v) => axis.appendChild(el('text', {}, data.formatShort(v)))) : [];
  const keyTexts = hasInterest ? [data.labels.balance, `${data.labels.interest} (${data.labels.interestScale})`] : [data.labels.balance];
  const keys = keyTexts.map((text) => legend.appendChild(el('text', {}, text)));
  const keyWidths = keys.map((key) => KEY + textWidth(key, MIN_TEXT_PX));

  const left = Math.max(...levelLabels.map((label) => textWidth(label, MIN_TEXT_PX))) + 12;
  // The legend takes one line where both keys fit, two on a phone.
  const oneLine = keys.length === 1 || left + keyWidths[0] + 24 + keyWidths[1] <= W;
  const PAD = { top: oneLine ? 34 : 52, right: Math.max(0, ...interestLabels.map((label) => textWidth(label, MIN_TEXT_PX))) + 12, bottom: 28, left };
  const iw = W - PAD.left - PAD.right;
  const ih = H - PAD.top - PAD.bottom;
  const x = (i) => PAD.left + (iw * i) / n;
  const yB = (v) => PAD.top + ih - (ih * v) / maxBalance;
  const yI = (v) => PAD.top + ih - (ih * 0.4 * v) / maxInterest;

  levels.forEach((v, k) => {
    grid.insertBefore(el('line', { x1: PAD.left, x2: W - PAD.right, y1: yB(v), y2: yB(v) }), levelLabels[0]);
    setAttributes(levelLabels[k], { x: PAD.left - 6, y: yB(v) + 4 });
  });

  const bw = Math.max(iw / n - 1, 0.5);
  data.interest.forEach((v, i) => {
    const top = yI(v);
    bars.append(el('rect', { x: x(i) + (iw / n - bw) / 2, y: top, width: bw, height: PAD.top + ih - top }));
  });

  const points = data.balance.map((v, i) => `${x(i).toFixed(1)},${yB(v).toFixed(1)}`);
  const base = (PAD.top + ih).toFixed(1);
  area.setAttribute('d', `M${x(0)},${base} L${points.join(' L')} L${x(n)},${base} Z`);
  line.setAttribute('d', `M${points.join(' L')}`);

  axis.prepend(el('line', { x1: PAD.left, x2: W - PAD.right, y1: PAD.top + ih, y2: PAD.top + ih }));
  // As many installment numbers as have room: every one, every 2nd, every 3rd…
  const step = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(iw / TICK_SPACING))));
  for (let i = step; i <= n; i += step) {
    axis.append(el('text', { x: x(i), y: H - 8, 'text-anchor': 'middle' }, String(i)));
  }
  interestLabels.forEach((label, k) => {
    const y = k === 0 ? yI(maxInterest) : PAD.top + ih;
    setAttributes(label, { x: W - PAD.right + 6, y: y + 4 });
    axis.append(el('line', { x1: W - PAD.right, x2: W - PAD.right + 4, y1: y, y2: y }));
  });

  const legendX = Math.max(4, Math.min(PAD.left, W - 4 - Math.max(...keyWidths)));
  legend.setAttribute('transform', `translate(${legendX}, 6)`);
  const second = oneLine ? { x: keyWidths[0] + 24, y: 0 } : { x: 0, y: 18 };
  legend.prepend(el('rect', { class: 'key-balance', x: 0, y: 2, width: 10, height: 10 }));
  setAttributes(keys[0], { x: KEY, y: 11 });
  if (keys[1]) {
    legend.insertBefore(el('rect', { class: 'key-interest', x: second.x, y: second.y + 2, width: 10, height: 10 }), keys[1]);
    setAttributes(keys[1], { x: second.x + KEY, y: second.y + 11 });
  }
}
