// An SVG timeline of the collection ladder: each step on its day relative
// to the due date, with today and the next contact marked. DOM calls only;
// drawn in true pixels on a narrow screen (see svg.js).

import { el, setAttributes, drawAtWidth, textWidth, anchorInside, MIN_TEXT_PX } from './svg.js';

const H = 150;
const AXIS_Y = 70;
/** Drawn at most this wide, and scaled up beyond (see svg.js). */
const DESIGN_WIDTH = 640;
/** The two rows of step labels: above and below the axis. */
const LABEL_ROWS = [AXIS_Y - 16, AXIS_Y + 40];
const GAP = 6;

/**
 * @param {SVGSVGElement} svg
 * @param {{steps: {stage: string, day: number, label: string}[], today: number, next: number | null,
 *          current: string, labels: {title: string, today: string, next: string, due: string}}} data
 *   days are relative to the (oldest) due date
 */
export function drawLadder(svg, data) {
  drawAtWidth(svg, (width) => draw(svg, data, width), DESIGN_WIDTH);
}

/** @param {SVGSVGElement} svg @param {Parameters<typeof drawLadder>[1]} data @param {number} W */
function draw(svg, data, W) {
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  svg.append(el('title', {}, data.labels.title));
  const days = [...data.steps.map((s) => s.day), data.today, data.next ?? data.today, 0];
  const min = Math.min(...days) - 2;
  const max = Math.max(...days) + 4;
  const x = (d) => 24 + ((W - 48) * (d - min)) / (max - min);
  /** A label at `at`, kept inside the picture, and where it reaches; `px` and `bold` as in cobro.css. */
  const label = (cls, at, y, text, px = MIN_TEXT_PX, bold = false) => {
    const node = svg.appendChild(el('text', { class: cls, y }, text));
    const width = textWidth(node, px, bold);
    const place = anchorInside(at, width, W);
    setAttributes(node, { x: place.x, 'text-anchor': place.anchor });
    const left = { start: place.x, middle: place.x - width / 2, end: place.x - width }[place.anchor];
    return { node, left, right: left + width };
  };
  svg.append(el('line', { class: 'axis', x1: x(min), x2: x(max), y1: AXIS_Y, y2: AXIS_Y }));
  svg.append(el('line', { class: 'due', x1: x(0), x2: x(0), y1: AXIS_Y - 10, y2: AXIS_Y + 10 }));
  label('due-label', x(0), AXIS_Y + 24, data.labels.due);
  // Step labels alternate above and below the axis; where steps crowd
  // together (a narrow screen), a label goes to the other row or is left
  // out rather than overlap — the dots stay.
  const rightEdge = LABEL_ROWS.map(() => -Infinity);
  data.steps.forEach((step, i) => {
    const cls = step.stage === data.current ? 'step current' : step.day <= data.today ? 'step past' : 'step';
    svg.append(el('circle', { class: cls, cx: x(step.day), cy: AXIS_Y, r: step.stage === data.current ? 7 : 5 }));
    const text = label('step-label', x(step.day), 0, step.label);
    const row = [i % 2, (i + 1) % 2].find((r) => text.left >= rightEdge[r] + GAP);
    if (row === undefined) {
      text.node.remove();
      return;
    }
    rightEdge[row] = text.right;
    text.node.setAttribute('y', String(LABEL_ROWS[row]));
  });
  svg.append(el('path', { class: 'today', d: `M${x(data.today) - 6},${AXIS_Y - 34} L${x(data.today) + 6},${AXIS_Y - 34} L${x(data.today)},${AXIS_Y - 24} Z` }));
  label('today-label', x(data.today), AXIS_Y - 40, data.labels.today, 12, true);
  if (data.next !== null) {
    svg.append(el('line', { class: 'next', x1: x(data.next), x2: x(data.next), y1: AXIS_Y - 14, y2: AXIS_Y + 52 }));
    label('next-label', x(data.next), AXIS_Y + 66, data.labels.next, 12, true);
  }
}
