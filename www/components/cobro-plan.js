// <cobro-plan>: the payment-plan calculator as a Web Component.
//
// Attributes are the source of truth: every input of `paymentPlan` has one
// (`amount`, `currency`, `installments`, `annual-rate-percent`, …, and the
// creditor's policy: `max-installments`, `min-installment-amount`,
// `min-down-payment-percent`, `max-term-days`, `allowed-frequencies`).
// Typing in the form writes the attribute; attribute changes are batched
// into one computation per microtask. The result goes out as a
// `cobro-change` event (bubbles, composed) only when it changed; a bad
// input as `cobro-error`, shown next to its field without losing what was
// typed. Everything user-supplied is written with textContent.

import { loadCobro } from '../lib/api.js';
import { t, normalizeLang, defaultLocale } from '../lib/i18n.js';
import * as fmt from '../lib/format.js';
import { toCsv, download } from '../lib/export.js';
import { drawSchedule } from '../lib/chart.js';
import { fillSlots } from '../lib/form.js';

const STYLE_URL = new URL('./cobro.css', import.meta.url).href;

/** Attribute → API field (dots go into nested objects) and how to read it. */
const FIELDS = [
  ['amount', 'amount', 'decimal'],
  ['currency', 'currency', 'text'],
  ['down-payment', 'downPayment', 'decimal'],
  ['down-payment-percent', 'downPaymentPercent', 'decimal'],
  ['installments', 'installments', 'decimal'],
  ['installment-amount', 'installmentAmount', 'decimal'],
  ['frequency', 'frequency', 'text'],
  ['start-date', 'startDate', 'text'],
  ['first-due-date', 'firstDueDate', 'text'],
  ['annual-rate-percent', 'annualRatePercent', 'decimal'],
  ['method', 'method', 'text'],
  ['fee', 'fee', 'decimal'],
  ['round-to', 'roundTo', 'decimal'],
  ['business-days', 'businessDays', 'text'],
  ['holidays', 'holidays', 'list'],
  ['max-installments', 'policy.maxInstallments', 'decimal'],
  ['min-installment-amount', 'policy.minInstallmentAmount', 'decimal'],
  ['min-down-payment-percent', 'policy.minDownPaymentPercent', 'decimal'],
  ['max-term-days', 'policy.maxTermDays', 'decimal'],
  ['allowed-frequencies', 'policy.allowedFrequencies', 'list'],
];

/** Which form control shows the error of an API field. */
const ERROR_TARGET = {
  amount: 'amount',
  currency: 'currency',
  startDate: 'start-date',
  downPayment: 'down',
  downPaymentPercent: 'down',
  installments: 'term',
  installmentAmount: 'term',
  frequency: 'frequency',
  firstDueDate: 'first-due-date',
  annualRatePercent: 'annual-rate-percent',
  method: 'method',
  fee: 'fee',
  roundTo: 'round-to',
  businessDays: 'business-days',
  holidays: 'holidays',
  'policy.maxInstallments': 'max-installments',
  'policy.minInstallmentAmount': 'min-installment-amount',
  'policy.minDownPaymentPercent': 'min-down-payment-percent',
  'policy.maxTermDays': 'max-term-days',
};

const FREQUENCIES = ['weekly', 'biweekly', 'semimonthly', 'monthly', 'bimonthly', 'quarterly'];
const METHODS = ['french', 'german', 'flat'];
const RULES = ['none', 'following', 'modifiedFollowing', 'preceding'];

/** The form's fields, as data (see lib/form.js). */
const FORM = {
  amount: { label: 'amount', inputmode: 'decimal', placeholder: '1200,00' },
  currency: { label: 'currency', control: 'select', grow: false },
  down: {
    label: 'downPayment', inputmode: 'decimal', placeholder: '0',
    kind: { id: 'down-kind', label: 'downPaymentKind', options: [['amount', 'downAmount'], ['percent', 'downPercent']] },
  },
  'start-date': { label: 'startDate', control: 'date' },
  term: {
    label: 'byCount', inputmode: 'decimal',
    kind: { id: 'term-kind', label: 'termKind', options: [['count', 'termCount'], ['amount', 'termAmount']] },
  },
  frequency: { label: 'frequency', control: 'select' },
  'annual-rate-percent': { label: 'rate', inputmode: 'decimal', placeholder: '0' },
  method: { label: 'method', control: 'select' },
  'first-due-date': { label: 'firstDueDate', control: 'date', hint: 'firstDueDateHint' },
  fee: { label: 'fee', inputmode: 'decimal', placeholder: '0' },
  'round-to': { label: 'roundTo', inputmode: 'decimal', hint: 'roundToHint' },
  'business-days': { label: 'businessDays', control: 'select' },
  holidays: { label: 'holidays', placeholder: '2025-12-25, 2026-01-01', grow: false },
  'max-installments': { label: 'maxInstallments', inputmode: 'numeric' },
  'min-installment-amount': { label: 'minInstallment', inputmode: 'decimal' },
  'min-down-payment-percent': { label: 'minDownPercent', inputmode: 'decimal' },
  'max-term-days': { label: 'maxTermDays', inputmode: 'numeric' },
};

const template = document.createElement('template');
template.innerHTML = `
<div class="layout">
<form part="form" novalidate>
  <fieldset part="fieldset">
    <legend data-t="debt"></legend>
    <div class="row"><div data-slot="amount"></div><div data-slot="currency"></div></div>
    <div class="row"><div data-slot="down"></div><div data-slot="start-date"></div></div>
  </fieldset>
  <fieldset part="fieldset">
    <legend data-t="term"></legend>
    <div class="row"><div data-slot="term"></div><div data-slot="frequency"></div></div>
    <div class="row"><div data-slot="annual-rate-percent"></div><div data-slot="method"></div></div>
    <div class="row"><div data-slot="first-due-date"></div><div data-slot="fee"></div></div>
  </fieldset>
  <details part="details" class="more">
    <summary data-t="more"></summary>
    <div class="row"><div data-slot="round-to"></div><div data-slot="business-days"></div></div>
    <div data-slot="holidays"></div>
  </details>
  <details part="details policy" class="policy">
    <summary data-t="policy"></summary>
    <p class="hint" data-t="policyHint"></p>
    <div class="row"><div data-slot="max-installments"></div><div data-slot="min-installment-amount"></div></div>
    <div class="row"><div data-slot="min-down-payment-percent"></div><div data-slot="max-term-days"></div></div>
  </details>
</form>
<section class="results" part="results" aria-labelledby="results-title">
  <h2 id="results-title" class="visually-hidden" data-t="results"></h2>
  <p class="status" part="status" role="status" aria-live="polite"></p>
  <div class="output">
    <dl class="summary" part="summary">
      <div class="card main"><dt data-t="installment"></dt><dd id="s-installment"></dd><dd class="sub" id="s-installment-sub"></dd></div>
      <div class="card"><dt data-t="totalToPay"></dt><dd id="s-total"></dd><dd class="sub" data-t="totalToPayNote"></dd></div>
      <div class="card"><dt data-t="interest"></dt><dd id="s-interest"></dd><dd class="sub" id="s-cost"></dd></div>
      <div class="card"><dt><abbr data-t="apr" data-t-title="aprNote"></abbr></dt><dd id="s-apr"></dd><dd class="sub" data-t="aprNote"></dd></div>
    </dl>
    <section class="violations" part="violations" hidden>
      <h3 data-t="violations"></h3>
      <ul></ul>
    </section>
    <section class="notes" part="notes" hidden>
      <h3 data-t="notes"></h3>
      <ul></ul>
    </section>
    <figure class="chart" part="chart">
      <svg aria-labelledby="chart-caption"></svg>
      <figcaption id="chart-caption" data-t="chartTitle"></figcaption>
    </figure>
    <div class="table-head">
      <h3 data-t="schedule"></h3>
      <div class="actions" part="actions">
        <button type="button" class="csv" part="button" data-t="csv"></button>
        <button type="button" class="print" part="button" data-t="print"></button>
      </div>
    </div>
    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
      <table part="table">
        <caption id="table-caption" class="visually-hidden" data-t="schedule"></caption>
        <thead><tr>
          <th scope="col" data-t="colNumber"></th>
          <th scope="col" data-t="colDate"></th>
          <th scope="col" class="num" data-t="colPayment"></th>
          <th scope="col" class="num" data-t="colInterest"></th>
          <th scope="col" class="num" data-t="colPrincipal"></th>
          <th scope="col" class="num" data-t="colBalance"></th>
        </tr></thead>
        <tbody></tbody>
      </table>
    </div>
  </div>
</section>
</div>`;

export class CobroPlan extends HTMLElement {
  static observedAttributes = ['lang', 'locale', ...FIELDS.map(([attr]) => attr)];

  #root;
  #api;
  #pending = false;
  #lastJson = '';
  /** @type {any} */
  #result = null;
  #onInput = (event) => this.#handleInput(event);
  #onClick = (event) => this.#handleClick(event);

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLE_URL;
    const content = template.content.cloneNode(true);
    fillSlots(content, FORM);
    this.#root.append(link, content);
  }

  /** The language of texts: the `lang` attribute, `es` by default. */
  get language() {
    return normalizeLang(this.getAttribute('lang') ?? this.closest('[lang]')?.getAttribute('lang'));
  }

  /** The locale of numbers and dates. */
  get locale() {
    return this.getAttribute('locale') || defaultLocale(this.language);
  }

  set locale(value) {
    this.setAttribute('locale', value);
  }

  /** The last computed plan (the `paymentPlan` result), or null. */
  get result() {
    return this.#result;
  }

  connectedCallback() {
    this.#root.addEventListener('input', this.#onInput);
    this.#root.addEventListener('change', this.#onInput);
    this.#root.addEventListener('click', this.#onClick);
    this.#schedule();
  }

  disconnectedCallback() {
    this.#root.removeEventListener('input', this.#onInput);
    this.#root.removeEventListener('change', this.#onInput);
    this.#root.removeEventListener('click', this.#onClick);
  }

  attributeChangedCallback() {
    this.#schedule();
  }

  /** Batches every attribute change of this task into one update. */
  #schedule() {
    if (this.#pending || !this.isConnected) return;
    this.#pending = true;
    queueMicrotask(async () => {
      this.#pending = false;
      await this.#update();
    });
  }

  async #update() {
    const lang = this.language;
    this.#translate(lang);
    if (!this.#api) {
      this.#status(t(lang, 'loading'));
      try {
        this.#api = await loadCobro();
      } catch {
        this.#status(t(lang, 'loadFailed'), true);
        return;
      }
      this.#fillOptions();
    }
    this.#translateOptions(lang);
    this.#syncForm();
    this.#compute(lang);
  }

  /** Builds the API input from the attributes. */
  #input() {
    /** @type {Record<string, any>} */
    const input = { lang: this.language, locale: this.locale };
    for (const [attr, field, kind] of FIELDS) {
      const raw = this.getAttribute(attr);
      if (raw === null || raw.trim() === '') continue;
      let value = raw.trim();
      if (kind === 'decimal') value = fmt.decimalInput(value, this.locale);
      if (kind === 'list') value = value.split(',').map((s) => s.trim()).filter(Boolean);
      const [head, tail] = field.split('.');
      if (tail) (input[head] ??= {})[tail] = value;
      else input[head] = value;
    }
    input.currency ??= 'EUR';
    input.startDate ??= fmt.today();
    if (input.installments === undefined && input.installmentAmount === undefined) input.installments = '12';
    return input;
  }

  #compute(lang) {
    this.#clearErrors();
    if (!this.hasAttribute('amount') || this.getAttribute('amount').trim() === '') {
      this.#status(t(lang, 'amount') + ' …');
      this.#showOutput(false);
      return;
    }
    let result;
    try {
      result = this.#api.paymentPlan(this.#input());
    } catch (error) {
      this.#showError(error);
      return;
    }
    this.#result = result;
    this.#render(result, lang);
    const json = JSON.stringify(result);
    if (json !== this.#lastJson) {
      this.#lastJson = json;
      this.dispatchEvent(new CustomEvent('cobro-change', { detail: result, bubbles: true, composed: true }));
    }
  }

  #showError(error) {
    const code = error?.code ?? 'internal';
    const field = error?.field ?? '';
    const message = error?.message ?? String(error);
    const base = field.replace(/\[\d+\]$/, '');
    const target = ERROR_TARGET[base];
    const slot = target && this.#root.getElementById(`${target}-error`);
    if (slot) {
      // The API names its field ("«amount»"); next to the field, its label reads better.
      const label = this.#root.querySelector(`label[for="${target}"]`)?.textContent ?? '';
      slot.textContent = label ? message.replace(`«${field}»`, `«${label}»`).replace(`“${field}”`, `“${label}”`) : message;
      this.#root.getElementById(target)?.setAttribute('aria-invalid', 'true');
      this.#root.querySelector(`[data-field="${target}"]`)?.classList.add('invalid');
      const details = slot.closest('details');
      if (details) details.open = true;
      this.#status(t(this.language, 'fixField'), true);
    } else {
      this.#status(message, true);
    }
    this.#root.querySelector('.output')?.classList.add('stale');
    this.dispatchEvent(new CustomEvent('cobro-error', { detail: { code, field, message }, bubbles: true, composed: true }));
  }

  #clearErrors() {
    for (const slot of this.#root.querySelectorAll('.error')) slot.textContent = '';
    for (const el of this.#root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const el of this.#root.querySelectorAll('.invalid')) el.classList.remove('invalid');
    this.#root.querySelector('.output')?.classList.remove('stale');
  }

  #status(text, isError = false) {
    const status = this.#root.querySelector('.status');
    status.textContent = text;
    status.classList.toggle('is-error', isError);
  }

  #showOutput(visible) {
    this.#root.querySelector('.output').hidden = !visible;
  }

  #render(plan, lang) {
    const locale = this.locale;
    const money = (v) => fmt.money(v, plan.currency, locale);
    const $ = (id) => this.#root.getElementById(id);
    this.#showOutput(true);
    const rows = plan.schedule;
    $('s-installment').textContent = money(plan.installmentAmount);
    const sub = [t(lang, 'installmentsOf', { count: plan.count, frequency: t(lang, this.#frequency()).toLowerCase() }) + '.'];
    if (rows.length > 1 && rows[0].payment !== plan.installmentAmount) sub.push(t(lang, 'firstInstallmentNote', { amount: money(rows[0].payment) }));
    const last = rows[rows.length - 1];
    if (rows.length > 1 && last.payment !== plan.installmentAmount) sub.push(t(lang, 'lastInstallmentNote', { amount: money(last.payment) }));
    $('s-installment-sub').textContent = sub.join(' ');
    $('s-total').textContent = money(plan.totals.overall);
    $('s-interest').textContent = money(plan.totals.interest);
    $('s-cost').textContent = `${t(lang, 'cost')}: ${money(plan.totals.cost)}`;
    $('s-apr').textContent = plan.aprPercent === null ? '—' : fmt.percent(plan.aprPercent, locale);
    this.#list('.violations', plan.policyViolations.map((v) => v.message));
    this.#list('.notes', plan.notes.map((n) => n.message));
    this.#renderTable(plan, money, locale, lang);
    this.#renderChart(plan, money, locale, lang);
    this.#status(t(lang, 'updated', { count: plan.count, amount: money(plan.installmentAmount) }));
  }

  #list(selector, messages) {
    const section = this.#root.querySelector(selector);
    const ul = section.querySelector('ul');
    ul.replaceChildren(...messages.map((m) => Object.assign(document.createElement('li'), { textContent: m })));
    section.hidden = messages.length === 0;
  }

  #renderTable(plan, money, locale, lang) {
    const tbody = this.#root.querySelector('tbody');
    const make = (cells, className) => {
      const tr = document.createElement('tr');
      if (className) tr.className = className;
      cells.forEach((text, i) => {
        const cell = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) cell.scope = 'row';
        if (i >= 2) cell.className = 'num';
        cell.textContent = text;
        tr.append(cell);
      });
      return tr;
    };
    const rows = [];
    if (Number(plan.downPayment) > 0) {
      const start = this.#input().startDate;
      rows.push(make([t(lang, 'downPaymentRow'), fmt.date(start, locale), money(plan.downPayment), '', '', money(plan.financed)], 'down-row'));
    }
    for (const r of plan.schedule) {
      rows.push(make([String(r.number), fmt.date(r.dueDate, locale), money(r.payment), money(r.interest), money(r.principal), money(r.balance)]));
    }
    tbody.replaceChildren(...rows);
  }

  #renderChart(plan, money, locale, lang) {
    const short = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    drawSchedule(this.#root.querySelector('svg'), {
      balance: [Number(plan.financed), ...plan.schedule.map((r) => Number(r.balance))],
      interest: plan.schedule.map((r) => Number(r.interest)),
      labels: { title: t(lang, 'chartTitle'), balance: t(lang, 'chartBalance'), interest: t(lang, 'chartInterest'), interestScale: t(lang, 'chartScaleRight') },
      formatShort: (n) => short.format(n),
    });
  }

  /** Exports the schedule as CSV (API decimal strings, ISO dates). */
  #exportCsv() {
    const plan = this.#result;
    if (!plan) return;
    const lang = this.language;
    const header = ['colNumber', 'colDate', 'colPayment', 'colInterest', 'colPrincipal', 'colBalance'].map((k) => t(lang, k));
    const rows = plan.schedule.map((r) => [String(r.number), r.dueDate, r.payment, r.interest, r.principal, r.balance]);
    download(`${t(lang, 'schedule').toLowerCase().replace(/\s+/g, '-')}.csv`, toCsv(header, rows));
  }

  #handleClick(event) {
    const button = event.target.closest?.('button');
    if (!button) return;
    if (button.classList.contains('csv')) this.#exportCsv();
    if (button.classList.contains('print')) window.print();
  }

  /** Writes what the user typed to the attribute it belongs to. */
  #handleInput(event) {
    const el = event.target;
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) return;
    const value = el.value;
    const set = (attr, v) => (v === '' ? this.removeAttribute(attr) : this.setAttribute(attr, v));
    switch (el.id) {
      case 'down':
      case 'down-kind': {
        const percent = this.#root.getElementById('down-kind').value === 'percent';
        const text = this.#root.getElementById('down').value;
        set(percent ? 'down-payment-percent' : 'down-payment', text);
        this.removeAttribute(percent ? 'down-payment' : 'down-payment-percent');
        break;
      }
      case 'term':
      case 'term-kind': {
        const byAmount = this.#root.getElementById('term-kind').value === 'amount';
        const text = this.#root.getElementById('term').value;
        set(byAmount ? 'installment-amount' : 'installments', text);
        this.removeAttribute(byAmount ? 'installments' : 'installment-amount');
        this.#termLabel(byAmount);
        break;
      }
      default:
        if (FIELDS.some(([attr]) => attr === el.id)) set(el.id, value);
    }
  }

  /** Puts the attributes into the form, leaving alone what the user is typing. */
  #syncForm() {
    const active = this.#root.activeElement;
    const put = (id, value) => {
      const el = this.#root.getElementById(id);
      if (el && el !== active && el.value !== value) el.value = value;
    };
    for (const [attr] of FIELDS) put(attr, this.getAttribute(attr) ?? '');
    put('start-date', this.getAttribute('start-date') ?? fmt.today());
    put('currency', this.getAttribute('currency') ?? 'EUR');
    put('frequency', this.#frequency());
    put('method', this.getAttribute('method') ?? 'french');
    put('business-days', this.getAttribute('business-days') ?? 'none');
    const percent = this.hasAttribute('down-payment-percent');
    put('down-kind', percent ? 'percent' : 'amount');
    put('down', this.getAttribute(percent ? 'down-payment-percent' : 'down-payment') ?? '');
    const byAmount = this.hasAttribute('installment-amount') && !this.hasAttribute('installments');
    put('term-kind', byAmount ? 'amount' : 'count');
    put('term', this.getAttribute(byAmount ? 'installment-amount' : 'installments') ?? (byAmount ? '' : '12'));
    this.#termLabel(byAmount);
  }

  /** The term field's label says what its number is. */
  #termLabel(byAmount) {
    const label = this.#root.getElementById('term-label');
    label.dataset.t = byAmount ? 'byAmount' : 'byCount';
    label.textContent = t(this.language, label.dataset.t);
  }

  #frequency() {
    return this.getAttribute('frequency') ?? 'monthly';
  }

  #fillOptions() {
    const currency = this.#root.getElementById('currency');
    currency.replaceChildren(...this.#api.currencies().map((c) => new Option(c.code, c.code)));
    const fill = (id, values) => this.#root.getElementById(id).replaceChildren(...values.map((v) => new Option(v, v)));
    fill('frequency', FREQUENCIES);
    fill('method', METHODS);
    fill('business-days', RULES);
  }

  #translateOptions(lang) {
    const names = this.#api.currencies();
    for (const option of this.#root.getElementById('currency').options) {
      const c = names.find((n) => n.code === option.value);
      if (c) option.textContent = `${c.code} · ${lang === 'en' ? c.nameEn : c.nameEs}`;
    }
    for (const id of ['frequency', 'method', 'business-days']) {
      for (const option of this.#root.getElementById(id).options) option.textContent = t(lang, option.value);
    }
  }

  #translate(lang) {
    for (const el of this.#root.querySelectorAll('[data-t]')) el.textContent = t(lang, el.dataset.t);
    for (const el of this.#root.querySelectorAll('[data-t-label]')) el.setAttribute('aria-label', t(lang, el.dataset.tLabel));
    for (const el of this.#root.querySelectorAll('[data-t-title]')) el.setAttribute('title', t(lang, el.dataset.tTitle));
  }
}
