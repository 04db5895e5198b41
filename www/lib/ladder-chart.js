// An SVG timeline of the collection ladder: each step on its day relative
// to the due date, with today and the next contact marked. DOM calls only.

const NS = 'http://www.w3.org/2000/svg';
const W = 640;
const H = 150;
const AXIS_Y = 70;

function el(name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * @param {SVGSVGElement} svg
 * @param {{steps: {stage: string, day: number, label: string}[], today: number, next: number | null,
 *          current: string, labels: {title: string, today: string, next: string, due: string}}} data
 *   days are relative to the (oldest) due date
 */
export function drawLadder(svg, data) {
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  svg.append(el('title', {}, data.labels.title));
  const days = [...data.steps.map((s) => s.day), data.today, data.next ?? data.today, 0];
  const min = Math.min(...days) - 2;
  const max = Math.max(...days) + 4;
  const x = (d) => 24 + ((W - 48) * (d - min)) / (max - min);
  svg.append(el('line', { class: 'axis', x1: x(min), x2: x(max), y1: AXIS_Y, y2: AXIS_Y }));
  svg.append(el('line', { class: 'due', x1: x(0), x2: x(0), y1: AXIS_Y - 10, y2: AXIS_Y + 10 }));
  svg.append(el('text', { class: 'due-label', x: x(0), y: AXIS_Y + 24, 'text-anchor': 'middle' }, data.labels.due));
  data.steps.forEach((step, i) => {
    const cls = step.stage === data.current ? 'step current' : step.day <= data.today ? 'step past' : 'step';
    svg.append(el('circle', { class: cls, cx: x(step.day), cy: AXIS_Y, r: step.stage === data.current ? 7 : 5 }));
    const up = i % 2 === 0;
    svg.append(el('text', { class: 'step-label', x: x(step.day), y: up ? AXIS_Y - 16 : AXIS_Y + 40, 'text-anchor': 'middle' }, step.label));
  });
  svg.append(el('path', { class: 'today', d: `M${x(data.today) - 6},${AXIS_Y - 34} L${x(data.today) + 6},${AXIS_Y - 34} L${x(data.today)},${AXIS_Y - 24} Z` }));
  svg.append(el('text', { class: 'today-label', x: x(data.today), y: AXIS_Y - 40, 'text-anchor': 'middle' }, data.labels.today));
  if (data.next !== null) {
    svg.append(el('line', { class: 'next', x1: x(data.next), x2: x(data.next), y1: AXIS_Y - 14, y2: AXIS_Y + 52 }));
    svg.append(el('text', { class: 'next-label', x: x(data.next), y: AXIS_Y + 66, 'text-anchor': 'middle' }, data.labels.next));
  }
}
