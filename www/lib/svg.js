// What the SVG pictures (schedule chart, collection ladder, terms
// timeline) share: building elements with DOM calls, and drawing in true
// CSS pixels. A picture narrower on screen than its design width is drawn
// with its viewBox exactly as wide as the <svg>, so 11-unit text is 11 px
// on a phone instead of being scaled down; a wider one is drawn at its
// design width and scaled up. Either way it is drawn again when its width
// changes.

const NS = 'http://www.w3.org/2000/svg';

/** The smallest text a picture may use, in CSS px (SPEC §6: ≥ 11 px). */
export const MIN_TEXT_PX = 11;

/**
 * An SVG element with its attributes and, optionally, its text.
 * @param {string} name @param {Record<string, string | number>} [attrs] @param {string} [text]
 */
export function el(name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  setAttributes(node, attrs);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** @param {Element} node @param {Record<string, string | number>} attrs */
export function setAttributes(node, attrs) {
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
}

/**
 * How wide a <text> already in the picture is: measured where the picture
 * is shown, estimated (generously, for wide system fonts) where it is
 * hidden and there is nothing to measure.
 * @param {SVGTextElement} text @param {number} px its font size @param {boolean} [bold]
 */
export function textWidth(text, px, bold = false) {
  return text.getComputedTextLength() || (text.textContent ?? '').length * px * (bold ? 0.7 : 0.62);
}

/**
 * Where to anchor a label at `x` so that it stays inside `[0, width]`.
 * @param {number} x @param {number} labelWidth @param {number} width
 * @returns {{anchor: 'start' | 'middle' | 'end', x: number}}
 */
export function anchorInside(x, labelWidth, width) {
  if (x - labelWidth / 2 < 2) return { anchor: 'start', x: Math.max(x, 2) };
  if (x + labelWidth / 2 > width - 2) return { anchor: 'end', x: Math.min(x, width - 2) };
  return { anchor: 'middle', x };
}

/**
 * @typedef {object} Drawing
 * @property {ResizeObserver} observer
 * @property {(width: number) => void} draw
 * @property {number} designWidth
 * @property {number} width the width last drawn
 * @property {number} frame a pending redraw for a new width
 * @property {number} pending a pending drawing of a picture not drawn yet
 */
/** @type {Map<SVGSVGElement, Drawing>} */
const drawings = new Map();

/** The width to draw `svg` at: its width on screen in whole CSS px, at most `designWidth`; 0 while it is hidden. */
function widthFor(svg, designWidth) {
  return Math.min(Math.floor(svg.getBoundingClientRect().width), designWidth);
}

/**
 * Draws `svg` now at the width it has on screen, at most `designWidth`
 * (`designWidth` while it is hidden), and again whenever that width
 * changes, until `releaseDrawings` lets it go.
 * @param {SVGSVGElement} svg
 * @param {(width: number) => void} draw draws the whole picture `width` units wide
 * @param {number} designWidth
 */
export function drawAtWidth(svg, draw, designWidth) {
  let drawing = drawings.get(svg);
  if (!drawing) {
    // The new drawing changes the svg's height, which the observer reports
    // too: drawing in the next frame, and only for a new width, keeps that
    // from becoming a resize loop.
    const observer = new ResizeObserver(() => {
      const d = drawings.get(svg);
      if (!d || d.frame) return;
      d.frame = requestAnimationFrame(() => {
        d.frame = 0;
        const width = widthFor(svg, d.designWidth);
        if (width > 0 && width !== d.width) {
          d.width = width;
          d.draw(width);
        }
      });
    });
    drawing = { observer, draw, designWidth, width: 0, frame: 0, pending: 0 };
    drawings.set(svg, drawing);
    observer.observe(svg);
  }
  Object.assign(drawing, { draw, designWidth });
  if (drawing.pending) return;
  if (!drawing.width) {
    // A picture not drawn yet waits for the next frame (with the latest
    // data): measuring it now would force a layout of the whole page
    // before the first figures show.
    const first = drawing;
    first.pending = requestAnimationFrame(() => {
      first.pending = 0;
      first.width = widthFor(svg, first.designWidth);
      first.draw(first.width || first.designWidth);
    });
    return;
  }
  const width = widthFor(svg, designWidth);
  drawing.width = width;
  draw(width || designWidth);
}

/**
 * Stops redrawing the pictures inside `root` (a component's shadow root),
 * for its `disconnectedCallback`; drawing them again starts over.
 * @param {Node} root
 */
export function releaseDrawings(root) {
  for (const [svg, drawing] of drawings) {
    if (!root.contains(svg)) continue;
    drawing.observer.disconnect();
    cancelAnimationFrame(drawing.frame);
    cancelAnimationFrame(drawing.pending);
    drawings.delete(svg);
  }
}
