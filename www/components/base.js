// What every Cobro component shares: the shadow root with its stylesheet,
// language and locale, one update per microtask however many attributes
// change, the module loaded once, errors shown next to their field, and
// `cobro-change` / `cobro-error` events (bubbles, composed), the first only
// when the result changed.

import { loadCobro } from '../lib/api.js';
import { t, normalizeLang, defaultLocale } from '../lib/i18n.js';
import { decimalInput, decimalSeparator, money, percent, date } from '../lib/format.js';
import { fillSlots } from '../lib/form.js';
import { releaseDrawings } from '../lib/svg.js';

const STYLE_URL = new URL('./cobro.css', import.meta.url).href;

/**
 * Reads API input fields from attributes.
 * @param {HTMLElement} el
 * @param {[attr: string, field: string, kind: 'text' | 'decimal' | 'list'][]} fields
 *   `field` may be `parent.child` for nested objects
 * @param {string} locale for reading numbers as typed
 */
export function inputFromAttributes(el, fields, locale) {
  /** @type {Record<string, any>} */
  const input = {};
  for (const [attr, field, kind] of fields) {
    const raw = el.getAttribute(attr);
    if (raw === null || raw.trim() === '') continue;
    let value = raw.trim();
    if (kind === 'decimal') value = decimalInput(value, locale);
    if (kind === 'list') value = value.split(',').map((s) => s.trim()).filter(Boolean);
    const [head, tail] = field.split('.');
    if (tail) (input[head] ??= {})[tail] = value;
    else input[head] = value;
  }
  return input;
}

export class CobroElement extends HTMLElement {
  /** The wasm module this component needs (see lib/api.js). */
  static tool = 'all';
  #root;
  #pending = false;
  #lastJson = '';
  /** @type {any} */
  api = null;
  /** @type {Promise<void> | undefined} */
  #loading;
  /** @type {Promise<unknown>} */
  #styled;
  /** @type {any} */
  #result = null;
  /** @type {ElementInternals | undefined} */
  #internals;
  #onInput = (event) => {
    // The rate for the days past a table's end, in the coverage notice:
    // one row of the tool's rate table (`rate-table="2027-01-01:10,5"`).
    const el = event.target;
    if (el instanceof HTMLInputElement && el.id === 'coverage-rate') {
      const value = el.value.trim();
      if (value) this.setAttribute('rate-table', `${el.dataset.from}:${value}`);
      else this.removeAttribute('rate-table');
      return undefined;
    }
    return this.onInput(event);
  };
  #onClick = (event) => {
    // The rate-coverage buttons of every tool with late interest.
    const button = event.target.closest?.('button');
    if (button?.classList.contains('assume-rate')) return this.setAttribute('past-coverage', 'assumeLastRate');
    if (button?.classList.contains('strict-rate')) return this.removeAttribute('past-coverage');
    return this.onClick(event);
  };

  /**
   * `"light"`, `"dark"` or `"auto"` (the default: follows the reader's
   * `prefers-color-scheme`); the `theme` attribute, read by cobro.css.
   * @returns {'light' | 'dark' | 'auto'}
   */
  get theme() {
    const value = this.getAttribute('theme');
    return value === 'light' || value === 'dark' ? value : 'auto';
  }

  set theme(value) {
    if (value === null || value === undefined || value === 'auto') this.removeAttribute('theme');
    else this.setAttribute('theme', String(value));
  }

  /**
   * @param {HTMLTemplateElement} template the component's markup
   * @param {Record<string, import('../lib/form.js').FieldSpec>} fields its form fields
   * @param {string[]} [styles] more stylesheets of this folder, after cobro.css
   */
  constructor(template, fields, styles = []) {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    const links = [STYLE_URL, ...styles.map((name) => new URL(`./${name}`, import.meta.url).href)].map((href) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      return link;
    });
    // The first result waits for the stylesheets too: shown unstyled, a
    // phone would measure and draw it at the browser's default sizes.
    // A stylesheet that hangs (a slow host) delays it 3 s at most.
    this.#styled = Promise.race([
      Promise.all(
        links.map((link) => new Promise((resolve) => {
          link.addEventListener('load', resolve, { once: true });
          link.addEventListener('error', resolve, { once: true });
        })),
      ),
      new Promise((resolve) => {
        setTimeout(resolve, 3000);
      }),
    ]);
    const content = /** @type {DocumentFragment} */ (template.content.cloneNode(true));
    fillSlots(content, fields);
    // Until the module is in, the form can be seen but not used (nothing
    // typed there could be computed yet): `inert`, and dimmed by cobro.css.
    for (const form of content.querySelectorAll('form')) form.inert = true;
    // …and the results keep the room they will fill (cobro.css, `.loading`).
    content.querySelector('.layout')?.classList.add('loading');
    this.#root.append(...links, content);
    // The same, for the host page's own CSS: `cobro-plan:state(loading)`.
    try {
      this.#internals = this.attachInternals();
      this.#internals.states.add('loading');
    } catch {
      // A browser without custom states (before 2024) has the class only.
    }
  }

  /** The shadow root. */
  get root() {
    return this.#root;
  }

  /** The language of texts: the `lang` attribute (or an ancestor's), `es` by default. */
  get language() {
    return normalizeLang(this.getAttribute('lang') ?? this.parentElement?.closest('[lang]')?.getAttribute('lang'));
  }

  /** The locale of numbers and dates. */
  get locale() {
    return this.getAttribute('locale') || defaultLocale(this.language);
  }

  set locale(value) {
    if (value === null || value === undefined) this.removeAttribute('locale');
    else this.setAttribute('locale', String(value));
  }

  /** The last result, or null while the input has an error. */
  get result() {
    return this.#result;
  }

  /** An element of the shadow root by id. */
  $(id) {
    return this.#root.getElementById(id);
  }

  connectedCallback() {
    // A property set before this element's script ran (a framework often
    // does) sits on the instance and hides the accessor: pass it on.
    for (const attr of [...(/** @type {any} */ (this.constructor).observedAttributes ?? []), 'theme']) {
      const name = propertyName(attr);
      if (Object.hasOwn(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this.#root.addEventListener('input', this.#onInput);
    this.#root.addEventListener('change', this.#onInput);
    this.#root.addEventListener('click', this.#onClick);
    this.schedule();
  }

  disconnectedCallback() {
    this.#root.removeEventListener('input', this.#onInput);
    this.#root.removeEventListener('change', this.#onInput);
    this.#root.removeEventListener('click', this.#onClick);
    releaseDrawings(this.#root);
  }

  attributeChangedCallback() {
    this.schedule();
  }

  /** Batches every change of this task into one update. */
  schedule() {
    if (this.#pending || !this.isConnected) return;
    this.#pending = true;
    queueMicrotask(async () => {
      this.#pending = false;
      await this.#update();
    });
  }

  async #update() {
    const lang = this.language;
    this.translate(lang);
    if (!this.api) {
      this.status(t(lang, 'loading'));
      // The form shows what it holds while the module loads: nothing moves
      // when it comes in.
      this.prefill(lang);
      // Updates that arrive while loading share one load and one onReady().
      if (!this.#loading) {
        this.#loading = Promise.all([loadCobro(/** @type {any} */ (this.constructor).tool), this.#styled]).then(([api]) => {
          this.api = api;
          this.onReady();
          for (const form of this.#root.querySelectorAll('form')) form.inert = false;
          this.#root.querySelector('.layout')?.classList.remove('loading');
          try {
            this.#internals?.states.delete('loading');
          } catch {
            // See the constructor.
          }
          // Once per element, before its first `cobro-change`: the module
          // is in and the form is filled.
          this.dispatchEvent(new CustomEvent('cobro-ready', { bubbles: true, composed: true }));
        });
        // The browser's first number and date formats cost ~20 ms (4× that
        // on a slow phone): made while the module downloads, not after.
        setTimeout(() => this.#warmUp(), 0);
      }
      try {
        await this.#loading;
      } catch {
        this.#loading = undefined;
        this.status(t(lang, 'loadFailed'), true);
        this.#offerRetry(lang);
        return;
      }
    }
    this.clearErrors();
    this.update(lang);
  }

  /** Creates the formats the first result will use (they are cached). */
  #warmUp() {
    const locale = this.locale;
    try {
      money('0', this.getAttribute('currency') || 'EUR', locale);
      percent('0', locale);
      date('2000-01-01', locale);
    } catch {
      // A wrong currency or locale is reported with the first result.
    }
  }

  /** A "retry" button after the status line, until the module loads. */
  #offerRetry(lang) {
    const status = this.#root.querySelector('.status');
    if (!status || this.#root.querySelector('button.retry')) return;
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'retry', textContent: t(lang, 'retry') });
    button.setAttribute('part', 'button');
    button.addEventListener('click', () => {
      button.remove();
      this.schedule();
    });
    status.after(button);
  }

  /**
   * While the module loads (once per update until it is in): put the
   * attributes into the form, with the option lists that need no module,
   * so that the form has its final size before the first result.
   * @param {'es' | 'en'} lang
   */
  prefill(lang) {
    void lang;
  }

  /** Once, when the module is loaded: fill option lists. */
  onReady() {}

  /**
   * Until the module fills select `id`, one option for `value`, shown as
   * `text`, so that the select shows its value while loading.
   * @param {string} id @param {string} value @param {string} [text]
   */
  holdOption(id, value, text = value) {
    const select = /** @type {HTMLSelectElement | null} */ (this.$(id));
    if (!select || this.api) return;
    if (select.options.length > 1 || select.options[0]?.value !== value) select.replaceChildren(new Option(text, value));
  }

  /** Recompute and render. @param {'es' | 'en'} lang */
  update(lang) {
    void lang;
  }

  /** @param {Event} event */
  onInput(event) {
    void event;
  }

  /** @param {Event} event */
  onClick(event) {
    void event;
  }

  /** Keeps a result and announces it when it changed. */
  emit(result) {
    this.#result = result;
    const json = JSON.stringify(result);
    if (json !== this.#lastJson) {
      this.#lastJson = json;
      this.dispatchEvent(new CustomEvent('cobro-change', { detail: result, bubbles: true, composed: true }));
    }
  }

  /**
   * Shows an API error next to the control that holds its field.
   * @param {any} error the thrown Error ({code, field, message})
   * @param {(field: string) => string | undefined} targetOf control id of an API field
   */
  fail(error, targetOf) {
    this.#result = null;
    this.#lastJson = '';
    const code = error?.code ?? 'internal';
    const field = error?.field ?? '';
    const message = error?.message ?? String(error);
    if (this.markField(error, targetOf(field))) this.status(t(this.language, 'fixField'), true);
    else this.status(this.humanize(message, field, ''), true);
    for (const output of this.#root.querySelectorAll('.output')) output.classList.add('stale');
    this.dispatchEvent(new CustomEvent('cobro-error', { detail: { code, field, message }, bubbles: true, composed: true }));
  }

  /**
   * Shows an API error under control `target` (its `-error` slot), with
   * the control's label in place of the API's field name, and opens the
   * <details> around it. False when there is no such control.
   * @param {any} error @param {string | undefined} target
   */
  markField(error, target) {
    const slot = target && this.$(`${target}-error`);
    if (!slot) return false;
    const field = error?.field ?? '';
    const message = error?.message ?? String(error);
    // The API names its field ("«amount»"); next to the field, its label reads better.
    const label = this.#root.querySelector(`label[for="${target}"]`)?.textContent ?? '';
    slot.textContent = this.humanize(message, field, label);
    this.$(target)?.setAttribute('aria-invalid', 'true');
    this.#root.querySelector(`[data-field="${target}"]`)?.classList.add('invalid');
    const details = slot.closest('details');
    if (details) details.open = true;
    return true;
  }

  /**
   * An API message in the page's own words: the form's label for the
   * API's field path (`label`, or `fieldLabel` for a row's field), the
   * locale's dates and numbers, and an amount as it is typed here. The
   * `cobro-error` event keeps the API's message.
   * @param {string} message @param {string} field @param {string} label
   */
  humanize(message, field, label) {
    const locale = this.locale;
    const sample = decimalSample(locale);
    let text = message
      .replace(/escribe un (importe|número) con punto decimal, p\. ej\. 1234\.56/, `escribe un $1 como ${sample}`)
      .replace(/write (an amount|a number) with a decimal point, e\.g\. 1234\.56/, `write $1 such as ${sample}`);
    text = text.replace(/([«“])([A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+(?:\[\d+\])?)*)([»”])/g, (all, open, path, close) => {
      const name = path === field && label ? label : this.fieldLabel(path);
      return name ? `${open}${name}${close}` : all;
    });
    // Dates as the page writes them; then decimals with the locale's mark.
    text = text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => date(iso, locale));
    const mark = decimalSeparator(locale);
    return text.replace(/(?<![\d.,\w])(\d+)\.(\d+)(?![\d.,\w])/g, (_, whole, fraction) => `${whole}${mark}${fraction}`);
  }

  /**
   * The words for an API field path that has no control of its own (a
   * row's field, `invoices[2].amount` → "Importe (fila 3)"), or '' when
   * there are none. Components with row editors override it.
   * @param {string} path
   */
  fieldLabel(path) {
    void path;
    return '';
  }

  clearErrors() {
    for (const slot of this.#root.querySelectorAll('.error')) slot.textContent = '';
    for (const el of this.#root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const el of this.#root.querySelectorAll('.invalid')) el.classList.remove('invalid');
    for (const output of this.#root.querySelectorAll('.output')) output.classList.remove('stale');
  }

  status(text, isError = false) {
    const status = this.#root.querySelector('.status');
    if (!status) return;
    status.textContent = text;
    status.classList.toggle('is-error', isError);
  }

  showOutput(visible) {
    for (const output of this.#root.querySelectorAll('.output')) output.hidden = !visible;
  }

  /** Writes `value` to `attr`, removing it when empty. */
  setOrRemove(attr, value) {
    if (value === '' || value === null || value === undefined) this.removeAttribute(attr);
    else this.setAttribute(attr, value);
  }

  /** Puts `value` into control `id` unless the user is typing in it. */
  put(id, value) {
    const el = this.$(id);
    if (el && el !== this.#root.activeElement && el.value !== value) el.value = value;
  }

  /** Replaces a list's items with `messages` and hides it when empty. */
  list(selector, messages) {
    const section = this.#root.querySelector(selector);
    if (!section) return;
    const ul = section.querySelector('ul');
    ul.replaceChildren(...messages.map((m) => Object.assign(document.createElement('li'), { textContent: m })));
    section.hidden = messages.length === 0;
  }

  /**
   * Past a rate table's end: fills the `#coverage-notice` (its `.text`
   * with `text`, its `.assume-rate` button with the last known rate of
   * `regime`, a `rateRegimes()` listing) and shows it. False without one.
   * @param {any} regime @param {string} text @param {'es' | 'en'} lang
   */
  offerLastRate(regime, text, lang) {
    const notice = this.$('coverage-notice');
    if (!notice || !regime?.coveredUntil) return false;
    // The rate from the first uncovered day on, typed here (tools whose
    // form has no rate table of its own).
    const field = notice.querySelector('.coverage-rate');
    if (field) {
      const from = nextDay(regime.coveredUntil);
      const input = /** @type {HTMLInputElement} */ (field.querySelector('input'));
      input.dataset.from = from;
      field.querySelector('label').textContent = t(lang, 'rateFromDay', { date: date(from, this.locale, 'long') });
    }
    const last = regime.rows?.at(-1);
    const assume = notice.querySelector('.assume-rate');
    assume.hidden = !last;
    if (last) assume.textContent = t(lang, 'assumeLastRate', { rate: percent(last.ratePercent, this.locale) });
    notice.querySelector('.text').textContent = text;
    notice.hidden = false;
    return true;
  }

  /**
   * Figures on an assumed rate say so where they are: the `#provisional`
   * notice with the API's `provisional_rate` note and the way back, and a
   * dashed frame on the key cards. Returns the notes left to list.
   * @param {boolean} provisional @param {{code: string, message: string}[]} notes
   */
  markProvisional(provisional, notes) {
    const note = notes.find((n) => n.code === 'provisional_rate');
    const box = this.$('provisional');
    if (box) {
      box.hidden = !provisional;
      box.querySelector('.text').textContent = note?.message ?? '';
    }
    this.#root.querySelector('.summary')?.classList.toggle('is-provisional', provisional);
    return box ? notes.filter((n) => n !== note) : notes;
  }

  /** Fills the `#currency` select with the supported currencies. */
  fillCurrencies() {
    this.$('currency')?.replaceChildren(...this.api.currencies().map((c) => new Option(c.code, c.code)));
  }

  /** Names the currency options in `lang`: "EUR · euro". */
  nameCurrencies(lang) {
    if (!this.api) return;
    const names = this.api.currencies();
    for (const option of this.$('currency')?.options ?? []) {
      const c = names.find((n) => n.code === option.value);
      if (c) option.textContent = `${c.code} · ${lang === 'en' ? c.nameEn : c.nameEs}`;
    }
  }

  /** Fills every `data-t` text and `data-t-label` / `data-t-title` attribute. */
  translate(lang) {
    for (const el of this.#root.querySelectorAll('[data-t]')) el.textContent = t(lang, el.dataset.t);
    for (const el of this.#root.querySelectorAll('[data-t-label]')) el.setAttribute('aria-label', t(lang, el.dataset.tLabel));
    for (const el of this.#root.querySelectorAll('[data-t-title]')) el.setAttribute('title', t(lang, el.dataset.tTitle));
    for (const el of this.#root.querySelectorAll('[data-t-placeholder]')) el.setAttribute('placeholder', t(lang, el.dataset.tPlaceholder));
    const amounts = this.#root.querySelectorAll('[data-amount-placeholder]');
    if (amounts.length) {
      const sample = `1000${decimalSeparator(this.locale)}00`;
      for (const el of amounts) el.setAttribute('placeholder', sample);
    }
  }
}

/** 1200.50 as typed in `locale`: "1.200,50", "1,200.50". @param {string} locale */
function decimalSample(locale) {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, useGrouping: 'always' }).format(1200.5);
}

/** The notice under the key figures when they rest on an assumed rate (see markProvisional). */
export const PROVISIONAL_NOTICE = `
    <div class="notice provisional" id="provisional" part="provisional" role="note" hidden>
      <p class="text"></p>
      <button type="button" class="strict-rate" part="button" data-t="useOnlyPublished"></button>
    </div>`;

/** The notice past a rate table's end, with its one-click way on (see offerLastRate). */
export const COVERAGE_NOTICE = `
    <div class="notice" id="coverage-notice" part="notice" hidden>
      <p class="text"></p>
      <button type="button" class="assume-rate" part="button"></button>
    </div>`;

/** The same notice with a field for the missing rate, for tools without a rate table of their own. */
export const COVERAGE_NOTICE_WITH_RATE = `
    <div class="notice" id="coverage-notice" part="notice" hidden>
      <p class="text"></p>
      <div class="field coverage-rate"><label for="coverage-rate"></label><input id="coverage-rate" inputmode="decimal" autocomplete="off" part="input"></div>
      <button type="button" class="assume-rate" part="button"></button>
    </div>`;

/** The civil day after `iso` (YYYY-MM-DD). @param {string} iso */
export function nextDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The template of a tool with a long form: its key results (the live
 * status line and the key figures) come before the form, so that a phone
 * shows them first, and the breakdown after it; on a wide screen both
 * stand in the column beside the form (see `.layout` in cobro.css).
 * Static markup only, never data.
 * @param {{keyFigures: string, form: string, breakdown: string, wideForm?: boolean}} parts
 */
export function toolTemplate({ keyFigures, form, breakdown, wideForm = false }) {
  const template = document.createElement('template');
  template.innerHTML = `
<div class="layout${wideForm ? ' wide-form' : ''}">
<section class="results key" part="results" aria-labelledby="results-title">
  <h2 id="results-title" class="visually-hidden" data-t="results"></h2>
  <p class="status" part="status" role="status" aria-live="polite"></p>
  <div class="output">${keyFigures}</div>
</section>
<form part="form" novalidate>${form}</form>
<section class="results breakdown" part="results" aria-labelledby="breakdown-title">
  <h2 id="breakdown-title" class="visually-hidden" data-t="breakdown"></h2>
  <div class="output">${breakdown}</div>
</section>
</div>`;
  return template;
}

/**
 * Gives every body and footer cell of `table` the text of its column's
 * header as `data-label`, which a narrow screen shows before the cell when
 * the table turns into stacked rows (`table.stack` in cobro.css). Call it
 * whenever rows or header texts change (each render, a language switch).
 * The rows keep their table roles, which some browsers drop once table
 * parts no longer display as a table.
 * @param {HTMLTableElement} table
 */
export function stackLabels(table) {
  const labels = [...(table.tHead?.rows[0]?.cells ?? [])].map((th) => th.textContent?.trim() ?? '');
  table.setAttribute('role', 'table');
  for (const section of [table.tHead, ...table.tBodies, table.tFoot]) {
    if (!section) continue;
    section.setAttribute('role', 'rowgroup');
    for (const row of section.rows) {
      row.setAttribute('role', 'row');
      let column = 0;
      for (const cell of row.cells) {
        const header = cell.tagName === 'TH';
        cell.setAttribute('role', section === table.tHead ? 'columnheader' : header ? 'rowheader' : 'cell');
        // A footer's row header ("Total") names its own row.
        if (section !== table.tHead) cell.dataset.label = section === table.tFoot && header ? '' : labels[column] ?? '';
        column += cell.colSpan;
      }
    }
  }
}

/**
 * A `<tr>` of text cells; the first is a row header, from `numericFrom` on
 * they are right-aligned numbers.
 * @param {string[]} cells @param {number} [numericFrom] @param {string} [className]
 */
export function tableRow(cells, numericFrom = 2, className = '') {
  const tr = document.createElement('tr');
  if (className) tr.className = className;
  cells.forEach((text, i) => {
    const cell = document.createElement(i === 0 ? 'th' : 'td');
    if (i === 0) cell.scope = 'row';
    if (i >= numericFrom) cell.className = 'num';
    cell.textContent = text;
    tr.append(cell);
  });
  return tr;
}

/**
 * The attribute text of a property value. Attributes hold numbers as a
 * person types them in the element's locale, where "9.125" is 9125 in
 * es-ES: a JS number is written with the locale's decimal mark
 * (9.125 → "9,125"), so that it reads back as the same number.
 * @param {unknown} value @param {string} locale
 */
export function attributeText(value, locale) {
  const text = String(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return text;
  return text.replace('.', decimalSeparator(locale));
}

/** `annual-rate-percent` → `annualRatePercent`. @param {string} attr */
export function propertyName(attr) {
  return attr.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

/**
 * Gives each observed attribute of `element` a property of the same name
 * in camelCase, as embedders' frameworks set them (React 19, Vue, Lit):
 * `el.annualRatePercent = '9.5'` sets the attribute, `null` removes it,
 * and reading gives the attribute's text. The attributes in the class's
 * `booleanAttributes` are booleans (`el.b2b = true`). Names the element
 * already has (`lang`, `locale`, …) keep their own accessors.
 * @param {CustomElementConstructor & {observedAttributes?: string[], booleanAttributes?: string[]}} element
 */
export function reflectAttributes(element) {
  const booleans = new Set(element.booleanAttributes ?? []);
  for (const attr of element.observedAttributes ?? []) {
    const name = propertyName(attr);
    if (name in element.prototype) continue;
    Object.defineProperty(element.prototype, name, booleans.has(attr)
      ? {
        configurable: true,
        get() { return this.hasAttribute(attr); },
        set(value) { this.toggleAttribute(attr, Boolean(value)); },
      }
      : {
        configurable: true,
        get() { return this.getAttribute(attr); },
        set(value) {
          if (value === null || value === undefined) this.removeAttribute(attr);
          else this.setAttribute(attr, attributeText(value, this.locale));
        },
      });
  }
}

/**
 * Defines `name` once, so that a second copy of a script is harmless, with
 * a property for each attribute (see `reflectAttributes`).
 * @param {string} name @param {CustomElementConstructor} element
 */
export function defineOnce(name, element, registry = customElements) {
  if (registry.get(name)) return;
  reflectAttributes(element);
  registry.define(name, element);
}
