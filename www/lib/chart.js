// A small SVG chart of a payment schedule: the balance still owed after
// each installment (area) and each installment's interest (bars, own
// scale). Built with DOM calls, no framework, no inline style.

const NS = 'http://www.w3.org/2000/svg';
const W = 640;
const H = 220;
const PAD = { top: 34, right: 56, bottom: 28, left: 64 };

function el(name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Draws the chart into `svg` (replacing what it had).
 * @param {SVGSVGElement} svg
 * @param {{balance: number[], interest: number[], labels: {title: string, balance: string, interest: string, interestScale: string},
 *          formatShort: (n: number) => string}} data
 *   `balance[0]` is the amount financed before the first installment; interest bars
 *   have their own scale, labelled at the right edge and in the legend.
 */
export function drawSchedule(svg, data) {
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  const title = el('title', {}, data.labels.title);
  svg.append(title);
  const n = data.interest.length;
  if (n === 0) return;
  const maxBalance = Math.max(...data.balance, 1);
  const maxInterest = Math.max(...data.interest, 0.01);
  const iw = W - PAD.left - PAD.right;
  const ih = H - PAD.top - PAD.bottom;
  const x = (i) => PAD.left + (iw * i) / n;
  const yB = (v) => PAD.top + ih - (ih * v) / maxBalance;
  const yI = (v) => PAD.top + ih - (ih * 0.4 * v) / maxInterest;

  const grid = el('g', { class: 'grid' });
  for (let k = 0; k <= 4; k++) {
    const v = (maxBalance * k) / 4;
    grid.append(el('line', { x1: PAD.left, x2: W - PAD.right, y1: yB(v), y2: yB(v) }));
    grid.append(el('text', { x: PAD.left - 6, y: yB(v) + 4, 'text-anchor': 'end' }, data.formatShort(v)));
  }
  svg.append(grid);

  const bars = el('g', { class: 'interest' });
  const bw = Math.max(iw / n - 1, 0.5);
  data.interest.forEach((v, i) => {
    const top = yI(v);
    bars.append(el('rect', { x: x(i) + (iw / n - bw) / 2, y: top, width: bw, height: PAD.top + ih - top }));
  });
  svg.append(bars);

  const points = data.balance.map((v, i) => `${x(i).toFixed(1)},${yB(v).toFixed(1)}`);
  const base = (PAD.top + ih).toFixed(1);
  svg.append(el('path', { class: 'balance-area', d: `M${x(0)},${base} L${points.join(' L')} L${x(n)},${base} Z` }));
  svg.append(el('path', { class: 'balance-line', d: `M${points.join(' L')}` }));

  const axis = el('g', { class: 'axis' });
  axis.append(el('line', { x1: PAD.left, x2: W - PAD.right, y1: PAD.top + ih, y2: PAD.top + ih }));
  const step = Math.max(1, Math.ceil(n / 8));
  for (let i = step; i <= n; i += step) {
    axis.append(el('text', { x: x(i), y: H - 8, 'text-anchor': 'middle' }, String(i)));
  }
  axis.append(el('text', { x: W - PAD.right + 6, y: yI(maxInterest) + 4 }, data.formatShort(maxInterest)));
  svg.append(axis);

  const legend = el('g', { class: 'legend', transform: `translate(${PAD.left}, 6)` });
  legend.append(el('rect', { class: 'key-balance', x: 0, y: 2, width: 10, height: 10 }));
  legend.append(el('text', { x: 15, y: 11 }, data.labels.balance));
  legend.append(el('rect', { class: 'key-interest', x: 200, y: 2, width: 10, height: 10 }));
  legend.append(el('text', { x: 215, y: 11 }, `${data.labels.interest} (${data.labels.interestScale})`));
  svg.append(legend);
}
