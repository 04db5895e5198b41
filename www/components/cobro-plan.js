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

import { CobroElement, inputFromAttributes, resultsMarkup, tableRow } from './base.js';
import { t } from '../lib/i18n.js';
import * as fmt from '../lib/format.js';
import { toCsv, download } from '../lib/export.js';
import { drawSchedule } from '../lib/chart.js';

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
${resultsMarkup(`
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
`)}
</div>`;

export class CobroPlan extends CobroElement {
  static observedAttributes = ['lang', 'locale', ...FIELDS.map(([attr]) => attr)];

  constructor() {
    super(template, FORM);
  }

  onReady() {
    this.#fillOptions();
  }

  update(lang) {
    this.#translateOptions(lang);
    this.#syncForm();
    this.#compute(lang);
  }

  /** Builds the API input from the attributes. */
  #input() {
    const input = { lang: this.language, locale: this.locale, ...inputFromAttributes(this, FIELDS, this.locale) };
    input.currency ??= 'EUR';
    input.startDate ??= fmt.today();
    if (input.installments === undefined && input.installmentAmount === undefined) input.installments = '12';
    return input;
  }

  #compute(lang) {
    if (!this.getAttribute('amount')?.trim()) {
      this.status(t(lang, 'amount') + ' …');
      this.showOutput(false);
      return;
    }
    let result;
    try {
      result = this.api.paymentPlan(this.#input());
    } catch (error) {
      this.fail(error, (field) => ERROR_TARGET[field.replace(/\[\d+\]$/, '')]);
      return;
    }
    this.#render(result, lang);
    this.emit(result);
  }

  #render(plan, lang) {
    const locale = this.locale;
    const money = (v) => fmt.money(v, plan.currency, locale);
    const $ = (id) => this.$(id);
    this.showOutput(true);
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
    this.list('.violations', plan.policyViolations.map((v) => v.message));
    this.list('.notes', plan.notes.map((n) => n.message));
    this.#renderTable(plan, money, locale, lang);
    this.#renderChart(plan, money, locale, lang);
    this.status(t(lang, 'updated', { count: plan.count, amount: money(plan.installmentAmount) }));
  }

  #renderTable(plan, money, locale, lang) {
    const rows = [];
    if (Number(plan.downPayment) > 0) {
      const start = this.#input().startDate;
      rows.push(tableRow([t(lang, 'downPaymentRow'), fmt.date(start, locale), money(plan.downPayment), '', '', money(plan.financed)], 2, 'down-row'));
    }
    for (const r of plan.schedule) {
      rows.push(tableRow([String(r.number), fmt.date(r.dueDate, locale), money(r.payment), money(r.interest), money(r.principal), money(r.balance)]));
    }
    this.root.querySelector('tbody').replaceChildren(...rows);
  }

  #renderChart(plan, money, locale, lang) {
    const short = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    drawSchedule(this.root.querySelector('svg'), {
      balance: [Number(plan.financed), ...plan.schedule.map((r) => Number(r.balance))],
      interest: plan.schedule.map((r) => Number(r.interest)),
      labels: { title: t(lang, 'chartTitle'), balance: t(lang, 'chartBalance'), interest: t(lang, 'chartInterest'), interestScale: t(lang, 'chartScaleRight') },
      formatShort: (n) => short.format(n),
    });
  }

  /** Exports the schedule as CSV (API decimal strings, ISO dates). */
  #exportCsv() {
    const plan = this.result;
    if (!plan) return;
    const lang = this.language;
    const header = ['colNumber', 'colDate', 'colPayment', 'colInterest', 'colPrincipal', 'colBalance'].map((k) => t(lang, k));
    const rows = plan.schedule.map((r) => [String(r.number), r.dueDate, r.payment, r.interest, r.principal, r.balance]);
    download(`${t(lang, 'schedule').toLowerCase().replace(/\s+/g, '-')}.csv`, toCsv(header, rows));
  }

  onClick(event) {
    const button = event.target.closest?.('button');
    if (!button) return;
    if (button.classList.contains('csv')) this.#exportCsv();
    if (button.classList.contains('print')) window.print();
  }

  /** Writes what the user typed to the attribute it belongs to. */
  onInput(event) {
    const el = event.target;
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) return;
    const value = el.value;
    const set = (attr, v) => this.setOrRemove(attr, v);
    switch (el.id) {
      case 'down':
      case 'down-kind': {
        const percent = this.$('down-kind').value === 'percent';
        const text = this.$('down').value;
        set(percent ? 'down-payment-percent' : 'down-payment', text);
        this.removeAttribute(percent ? 'down-payment' : 'down-payment-percent');
        break;
      }
      case 'term':
      case 'term-kind': {
        const byAmount = this.$('term-kind').value === 'amount';
        const text = this.$('term').value;
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
    const put = (id, value) => this.put(id, value);
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
    const label = this.$('term-label');
    label.dataset.t = byAmount ? 'byAmount' : 'byCount';
    label.textContent = t(this.language, label.dataset.t);
  }

  #frequency() {
    return this.getAttribute('frequency') ?? 'monthly';
  }

  #fillOptions() {
    this.fillCurrencies();
    const fill = (id, values) => this.$(id).replaceChildren(...values.map((v) => new Option(v, v)));
    fill('frequency', FREQUENCIES);
    fill('method', METHODS);
    fill('business-days', RULES);
  }

  #translateOptions(lang) {
    this.nameCurrencies(lang);
    for (const id of ['frequency', 'method', 'business-days']) {
      for (const option of this.$(id).options) option.textContent = t(lang, option.value);
    }
  }
}
