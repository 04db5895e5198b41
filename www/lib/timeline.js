// An SVG timeline of payment terms: discount windows, the net due date,
// the start of late interest, and the payment date. DOM calls only, no
// framework, no inline style.

const NS = 'http://www.w3.org/2000/svg';
const W = 640;
const H = 150;
const LEFT = 16;
const RIGHT = 16;
const AXIS_Y = 78;

function el(name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Draws the timeline into `svg`.
 * @param {SVGSVGElement} svg
 * @param {{invoiceDate: string, tiers: {deadline: string, label: string}[], netDueDate: string,
 *          paymentDate: string, labels: {title: string, invoice: string, net: string, late: string, payment: string},
 *          formatDate: (iso: string) => string}} data
 */
export function drawTimeline(svg, data) {
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  svg.append(el('title', {}, data.labels.title));
  const start = day(data.invoiceDate);
  const net = day(data.netDueDate);
  const pay = day(data.paymentDate);
  const end = Math.max(net + Math.max(7, Math.round((net - start) * 0.25)), pay + 3);
  const x = (d) => LEFT + ((W - LEFT - RIGHT) * (d - start)) / Math.max(end - start, 1);

  // Zones: each discount window, then the net window, then late interest.
  let from = start;
  data.tiers.forEach((tier, i) => {
    const to = day(tier.deadline) + 1;
    svg.append(el('rect', { class: `zone discount d${i % 3}`, x: x(from), y: AXIS_Y - 14, width: Math.max(x(to) - x(from), 1), height: 28 }));
    svg.append(el('text', { class: 'zone-label', x: (x(from) + x(to)) / 2, y: AXIS_Y + 4, 'text-anchor': 'middle' }, tier.label));
    from = to;
  });
  svg.append(el('rect', { class: 'zone net', x: x(from), y: AXIS_Y - 14, width: Math.max(x(net + 1) - x(from), 1), height: 28 }));
  svg.append(el('rect', { class: 'zone late', x: x(net + 1), y: AXIS_Y - 14, width: Math.max(x(end) - x(net + 1), 1), height: 28 }));
  svg.append(el('text', { class: 'zone-label late-label', x: (x(net + 1) + x(end)) / 2, y: AXIS_Y + 4, 'text-anchor': 'middle' }, data.labels.late));

  const mark = (d, label, date, above, cls) => {
    const g = el('g', { class: `mark ${cls}` });
    g.append(el('line', { x1: x(d), x2: x(d), y1: AXIS_Y - 22, y2: AXIS_Y + 22 }));
    const y = above ? AXIS_Y - 40 : AXIS_Y + 38;
    const anchor = x(d) < 70 ? 'start' : x(d) > W - 70 ? 'end' : 'middle';
    g.append(el('text', { x: x(d), y, 'text-anchor': anchor, class: 'mark-label' }, label));
    g.append(el('text', { x: x(d), y: y + 14, 'text-anchor': anchor, class: 'mark-date' }, date));
    svg.append(g);
  };
  mark(start, data.labels.invoice, data.formatDate(data.invoiceDate), true, 'invoice');
  mark(net + 1, data.labels.net, data.formatDate(data.netDueDate), true, 'net');
  // The payment marker sits below the axis, with a triangle pointing at it.
  const px = x(pay + 0.5);
  svg.append(el('path', { class: 'payment-arrow', d: `M${px - 7},${AXIS_Y + 30} L${px + 7},${AXIS_Y + 30} L${px},${AXIS_Y + 18} Z` }));
  const anchor = px < 70 ? 'start' : px > W - 70 ? 'end' : 'middle';
  svg.append(el('text', { class: 'mark-label payment-label', x: px, y: AXIS_Y + 46, 'text-anchor': anchor }, `${data.labels.payment}: ${data.formatDate(data.paymentDate)}`));
}
