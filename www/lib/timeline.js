// An SVG timeline of payment terms: discount windows, the net due date,
// the start of late interest, and the payment date. DOM calls only, no
// framework, no inline style; drawn in true pixels on a narrow screen
// (see svg.js).

import { el, setAttributes, drawAtWidth, textWidth, anchorInside, MIN_TEXT_PX } from './svg.js';

const H = 150;
const LEFT = 16;
const RIGHT = 16;
const AXIS_Y = 78;
/** Drawn at most this wide, and scaled up beyond (see svg.js). */
const DESIGN_WIDTH = 640;
/** Mark and zone names are 12 px bold, dates 11 px (see cobro.css). */
const LABEL_PX = 12;
const GAP = 8;

const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Draws the timeline into `svg`, and again when its width changes.
 * @param {SVGSVGElement} svg
 * @param {{invoiceDate: string, tiers: {deadline: string, label: string}[], netDueDate: string,
 *          paymentDate: string, labels: {title: string, invoice: string, net: string, late: string, payment: string},
 *          formatDate: (iso: string) => string}} data
 */
export function drawTimeline(svg, data) {
  drawAtWidth(svg, (width) => draw(svg, data, width), DESIGN_WIDTH);
}

/** @param {SVGSVGElement} svg @param {Parameters<typeof drawTimeline>[1]} data @param {number} W */
function draw(svg, data, W) {
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  svg.append(el('title', {}, data.labels.title));
  const start = day(data.invoiceDate);
  const net = day(data.netDueDate);
  const pay = day(data.paymentDate);
  // The late zone shows a week or a quarter of the terms, and on a phone
  // enough days more for its name to fit in it.
  const late = el('text', { class: 'zone-label late-label', y: AXIS_Y + 4, 'text-anchor': 'middle' }, data.labels.late);
  svg.append(late);
  const share = Math.min((textWidth(late, LABEL_PX, true) + 8) / (W - LEFT - RIGHT), 0.4);
  const lateDays = Math.ceil((share * (net + 1 - start)) / (1 - share));
  const end = Math.max(net + Math.max(7, Math.round((net - start) * 0.25)), pay + 3, net + 1 + lateDays);
  const x = (d) => LEFT + ((W - LEFT - RIGHT) * (d - start)) / Math.max(end - start, 1);

  // Zones: each discount window, then the net window, then late interest.
  // A zone's name is written inside it only where it fits.
  const zoneLabel = (from, to, node) => {
    svg.append(node);
    node.setAttribute('x', String((x(from) + x(to)) / 2));
    if (textWidth(node, LABEL_PX, true) + 6 > x(to) - x(from)) node.remove();
  };
  let from = start;
  data.tiers.forEach((tier, i) => {
    const to = day(tier.deadline) + 1;
    svg.append(el('rect', { class: `zone discount d${i % 3}`, x: x(from), y: AXIS_Y - 14, width: Math.max(x(to) - x(from), 1), height: 28 }));
    zoneLabel(from, to, el('text', { class: 'zone-label', y: AXIS_Y + 4, 'text-anchor': 'middle' }, tier.label));
    from = to;
  });
  svg.append(el('rect', { class: 'zone net', x: x(from), y: AXIS_Y - 14, width: Math.max(x(net + 1) - x(from), 1), height: 28 }));
  svg.append(el('rect', { class: 'zone late', x: x(net + 1), y: AXIS_Y - 14, width: Math.max(x(end) - x(net + 1), 1), height: 28 }));
  zoneLabel(net + 1, end, late);

  // The invoice and net marks are named above the axis; when they would
  // touch (short terms on a phone), the net mark's name goes a row higher.
  const marks = [
    { d: start, label: data.labels.invoice, date: data.formatDate(data.invoiceDate), cls: 'invoice' },
    { d: net + 1, label: data.labels.net, date: data.formatDate(data.netDueDate), cls: 'net' },
  ].map((m) => {
    const g = svg.appendChild(el('g', { class: `mark ${m.cls}` }));
    g.append(el('line', { x1: x(m.d), x2: x(m.d), y1: AXIS_Y - 22, y2: AXIS_Y + 22 }));
    const name = g.appendChild(el('text', { class: 'mark-label' }, m.label));
    const date = g.appendChild(el('text', { class: 'mark-date' }, m.date));
    const width = Math.max(textWidth(name, LABEL_PX, true), textWidth(date, MIN_TEXT_PX));
    const place = anchorInside(x(m.d), width, W);
    const left = { start: place.x, middle: place.x - width / 2, end: place.x - width }[place.anchor];
    return { name, date, place, left, right: left + width };
  });
  const [invoice, netMark] = marks;
  const clash = netMark.left < invoice.right + GAP;
  for (const m of marks) {
    const y = m === netMark && clash ? AXIS_Y - 68 : AXIS_Y - 40;
    setAttributes(m.name, { x: m.place.x, y, 'text-anchor': m.place.anchor });
    setAttributes(m.date, { x: m.place.x, y: y + 14, 'text-anchor': m.place.anchor });
  }
  // The payment marker sits below the axis, with a triangle pointing at it.
  const px = x(pay + 0.5);
  svg.append(el('path', { class: 'payment-arrow', d: `M${px - 7},${AXIS_Y + 30} L${px + 7},${AXIS_Y + 30} L${px},${AXIS_Y + 18} Z` }));
  const payment = svg.appendChild(el('text', { class: 'mark-label payment-label', y: AXIS_Y + 46 }, `${data.labels.payment}: ${data.formatDate(data.paymentDate)}`));
  const place = anchorInside(px, textWidth(payment, LABEL_PX, true), W);
  setAttributes(payment, { x: place.x, 'text-anchor': place.anchor });
}
