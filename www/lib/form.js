// Builds the labelled fields of the components' forms from data, so every
// field has the same structure: label, control (or control + kind select),
// optional hint, and an error slot that the control announces.

/**
 * @typedef {object} FieldSpec
 * @property {string} label        i18n key of the label
 * @property {'text' | 'select' | 'date' | 'textarea'} [control]
 * @property {string} [inputmode]  'decimal' | 'numeric' for number-like text
 * @property {string} [placeholder]
 * @property {string} [placeholderKey] i18n key of a placeholder that differs by language
 * @property {boolean} [amountPlaceholder] a sample amount with the locale's decimal mark ("1000,00", "1000.00")
 * @property {string} [hint]       i18n key of a hint under the control
 * @property {boolean} [grow]      take the free width of its row
 * @property {{id: string, label: string, options: [string, string][]}} [kind]
 *   a select beside the input choosing what the number means
 */

/**
 * The field `id` described by `spec`.
 * @param {string} id @param {FieldSpec} spec
 */
export function buildField(id, spec) {
  const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);
  const wrap = make('div', { className: spec.grow === false ? 'field' : 'field grow' });
  wrap.dataset.field = id;
  const label = make('label', { htmlFor: id });
  label.dataset.t = spec.label;
  label.id = `${id}-label`;
  let control;
  if (spec.control === 'select') {
    control = make('select', { id });
  } else if (spec.control === 'textarea') {
    control = make('textarea', { id, rows: 4 });
    if (spec.placeholder) control.placeholder = spec.placeholder;
  } else {
    control = make('input', { id, autocomplete: 'off' });
    if (spec.control === 'date') Object.assign(control, { type: 'date', min: '1900-01-01', max: '2200-12-31' });
    if (spec.inputmode) control.inputMode = spec.inputmode;
    if (spec.placeholder) control.placeholder = spec.placeholder;
  }
  if (spec.placeholderKey) control.dataset.tPlaceholder = spec.placeholderKey;
  if (spec.amountPlaceholder) control.dataset.amountPlaceholder = '';
  control.setAttribute('part', 'input');
  const described = [];
  wrap.append(label);
  if (spec.kind) {
    const select = make('select', { id: spec.kind.id });
    select.setAttribute('part', 'input');
    select.dataset.tLabel = spec.kind.label;
    for (const [value, key] of spec.kind.options) {
      const option = make('option', { value });
      option.dataset.t = key;
      select.append(option);
    }
    const combo = make('div', { className: 'combo' });
    combo.append(control, select);
    wrap.append(combo);
  } else {
    wrap.append(control);
  }
  if (spec.hint) {
    const hint = make('p', { className: 'hint', id: `${id}-hint` });
    hint.dataset.t = spec.hint;
    wrap.append(hint);
    described.push(hint.id);
  }
  const error = make('p', { className: 'error', id: `${id}-error` });
  error.setAttribute('part', 'error');
  wrap.append(error);
  described.push(error.id);
  control.setAttribute('aria-describedby', described.join(' '));
  return wrap;
}

/**
 * Replaces every `[data-slot]` placeholder under `root` with its field.
 * @param {ParentNode} root @param {Record<string, FieldSpec>} specs
 */
export function fillSlots(root, specs) {
  for (const slot of root.querySelectorAll('[data-slot]')) {
    const id = slot.getAttribute('data-slot');
    if (specs[id]) slot.replaceWith(buildField(id, specs[id]));
  }
}

/**
 * A regime's option in a select: its name without the law in brackets
 * ("Spain, commercial transactions"), which the hint under the select
 * gives in full; the whole name is the option's title. Long names cut
 * in the closed select otherwise ("…transactions (Le").
 * @param {{id: string, name: string}} regime
 */
export function regimeOption(regime) {
  const short = regime.name.replace(/\s*\([^()]*(\([^()]*\)[^()]*)*\)\s*$/, '') || regime.name;
  const option = new Option(short, regime.id);
  option.title = regime.name;
  return option;
}
