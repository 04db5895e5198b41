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

import { provideGlue } from '../lib/api.js';
// The tool's wasm-bindgen glue comes with the component, in the same
// download wave, rather than one round trip after it.
import * as glue from '../pkg/tools/plan.js';
import { CobroElement, defineOnce, inputFromAttributes, stackLabels, tableRow, toolTemplate } from './base.js';
import { t } from '../lib/i18n.js';
import * as fmt from '../lib/format.js';
import { toCsv, download } from '../lib/export.js';
import { drawSchedule } from '../lib/chart.js';
import { DebtorPanels, DEBTOR_PANELS, DEFAULT_FIRST_PAYMENT_DAYS, OFFER_ATTRIBUTES, OFFER_ERROR_TARGET, OFFER_FORM } from './plan-debtor.js';

provideGlue('plan', glue);

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
  amount: { label: 'amount', inputmode: 'decimal', amountPlaceholder: true },
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
  holidays: { label: 'holidays', placeholder: 'ES, 2026-12-24', hint: 'holidaysHint', grow: false },
  'max-installments': { label: 'maxInstallments', inputmode: 'numeric' },
  'min-installment-amount': { label: 'minInstallment', inputmode: 'decimal' },
  'min-down-payment-percent': { label: 'minDownPercent', inputmode: 'decimal' },
  'max-term-days': { label: 'maxTermDays', inputmode: 'numeric' },
};

const template = toolTemplate({
  form: `
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
  ${DEBTOR_PANELS}
`,
  keyFigures: `
    <dl class="print-inputs" part="inputs"></dl>
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
`,
  breakdown: `
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
      <table part="table" class="stack">
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
`,
});

export class CobroPlan extends CobroElement {
  static tool = 'plan';
  static observedAttributes = ['lang', 'locale', ...FIELDS.map(([attr]) => attr), ...OFFER_ATTRIBUTES.map(([attr]) => attr)];

  /** What the term and down payment numbers mean when their field is empty. */
  #termKind = '';
  #downKind = '';
  #panels;

  constructor() {
    super(template, { ...FORM, ...OFFER_FORM }, ['debtor.css']);
    this.#panels = new DebtorPanels(this);
  }

  onReady() {
    this.#fillOptions();
  }

  prefill(lang) {
    this.#fillStatic();
    this.holdOption('currency', this.getAttribute('currency') ?? 'EUR');
    this.#translateOptions(lang);
    this.#syncForm();
  }

  update(lang) {
    this.#translateOptions(lang);
    this.#syncForm();
    this.#compute(lang);
    this.#panels.update(lang);
  }

  /** `count` or `amount`: the attribute that is set, else the user's last choice. */
  get termKind() {
    if (this.hasAttribute('installment-amount') && !this.hasAttribute('installments')) return 'amount';
    if (this.hasAttribute('installments')) return 'count';
    return this.#termKind || 'count';
  }

  /** `amount` or `percent`, by the same rule. */
  get downKind() {
    if (this.hasAttribute('down-payment-percent')) return 'percent';
    if (this.hasAttribute('down-payment')) return 'amount';
    return this.#downKind || 'amount';
  }

  /** Builds the API input from the attributes. */
  #input() {
    const input = { lang: this.language, locale: this.locale, ...inputFromAttributes(this, FIELDS, this.locale) };
    input.currency ??= 'EUR';
    input.startDate ??= fmt.today();
    // Only an untouched component falls back to 12 installments; an emptied field waits for a number.
    if (input.installments === undefined && input.installmentAmount === undefined && !this.#termKind) input.installments = '12';
    return input;
  }

  /** The `encodeOffer` input of the form now (SPEC §6). */
  offerInput() {
    const plan = this.#input();
    const offer = { amount: plan.amount, currency: plan.currency, asOf: fmt.today(), lang: this.language, locale: this.locale };
    for (const key of ['policy', 'annualRatePercent', 'method', 'fee']) if (plan[key] !== undefined) offer[key] = plan[key];
    const numeric = ['settlement-percent', 'max-first-payment-days'];
    const fields = OFFER_ATTRIBUTES.map(([attr, field]) => [attr, field, numeric.includes(attr) ? 'decimal' : 'text']);
    const extra = inputFromAttributes(this, fields, this.locale);
    // A deadline without a percent offers nothing: no settlement.
    if (extra.settlement && extra.settlement.percent === undefined) delete extra.settlement;
    // A debtor may choose the first payment date: never later than this, by default a month.
    const policy = { ...offer.policy, maxFirstPaymentDays: DEFAULT_FIRST_PAYMENT_DAYS, ...extra.policy };
    return { ...offer, ...extra, policy, creditor: extra.creditor ?? {} };
  }

  /** The creditor's own terms for `checkProposal`: this form, never the link. */
  creditorTerms() {
    const offer = this.offerInput();
    const terms = { amount: offer.amount, currency: offer.currency, asOf: offer.asOf, lang: offer.lang, locale: offer.locale, policy: offer.policy };
    for (const key of ['annualRatePercent', 'method', 'fee', 'settlement', 'validUntil']) if (offer[key] !== undefined) terms[key] = offer[key];
    if (offer.creditor.name) terms.creditorName = offer.creditor.name;
    return terms;
  }

  /** The control that shows the error of an API field. */
  errorTarget(field) {
    return ERROR_TARGET[field] ?? OFFER_ERROR_TARGET[field];
  }

  #compute(lang) {
    if (!this.getAttribute('amount')?.trim()) {
      this.status(t(lang, 'amount') + ' …');
      this.showOutput(false);
      return;
    }
    if (!this.hasAttribute('installments') && !this.hasAttribute('installment-amount') && this.#termKind) {
      this.status(t(lang, this.#termKind === 'amount' ? 'byAmount' : 'byCount') + ' …');
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
    this.#renderInputs(plan, money, locale, lang);
    this.#renderTable(plan, money, locale, lang);
    this.#renderChart(plan, money, locale, lang);
    this.status(t(lang, 'updated', { count: plan.count, amount: money(plan.installmentAmount) }));
  }

  /** What the plan was computed from, for the printout (hidden on screen). */
  #renderInputs(plan, money, locale, lang) {
    const input = this.#input();
    const pairs = [
      ['amount', money(input.amount)],
      ['downPayment', Number(plan.downPayment) > 0 ? money(plan.downPayment) : '—'],
      ['rate', fmt.percent(input.annualRatePercent ?? '0', locale, 0)],
      ['method', t(lang, input.method ?? 'french')],
      ['fee', money(plan.totals.fees)],
      ['startDate', fmt.date(input.startDate, locale, 'long')],
    ];
    const creditor = this.getAttribute('creditor-name');
    const reference = this.getAttribute('reference');
    if (creditor) pairs.push(['offerCreditorName', creditor]);
    if (reference) pairs.push(['reference', reference]);
    const items = pairs.map(([key, value]) => {
      const div = document.createElement('div');
      div.append(Object.assign(document.createElement('dt'), { textContent: t(lang, key) }), Object.assign(document.createElement('dd'), { textContent: value }));
      return div;
    });
    this.root.querySelector('.print-inputs').replaceChildren(...items);
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
    const table = this.root.querySelector('.table-wrap table');
    table.tBodies[0].replaceChildren(...rows);
    stackLabels(table);
  }

  #renderChart(plan, money, locale, lang) {
    const short = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    drawSchedule(this.root.querySelector('.chart svg'), {
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
    if (this.#panels.onClick(button)) return;
    if (button.classList.contains('csv')) this.#exportCsv();
    if (button.classList.contains('print')) window.print();
  }

  /** Writes what the user typed to the attribute it belongs to. */
  onInput(event) {
    const el = event.target;
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) return;
    if (el.name === 'allowed') {
      this.#panels.readFrequencies();
      return;
    }
    if (el.id === 'proposal-code' || el.id === 'link-text') return;
    const value = el.value;
    const set = (attr, v) => this.setOrRemove(attr, v);
    switch (el.id) {
      case 'down':
        this.#downKind = this.$('down-kind').value;
        this.#setPair(this.#downKind === 'percent' ? 'down-payment-percent' : 'down-payment', value, ['down-payment', 'down-payment-percent']);
        this.#note('down', '');
        break;
      case 'term':
        this.#termKind = this.$('term-kind').value;
        this.#setPair(this.#termKind === 'amount' ? 'installment-amount' : 'installments', value, ['installments', 'installment-amount']);
        this.#note('term', '');
        break;
      case 'down-kind':
        if (event.type === 'change') this.#switchDown(value);
        break;
      case 'term-kind':
        if (event.type === 'change') this.#switchTerm(value);
        break;
      default:
        if (FIELDS.some(([attr]) => attr === el.id) || OFFER_ATTRIBUTES.some(([attr]) => attr === el.id)) set(el.id, value);
    }
  }

  /** Sets `attr` (or removes it when empty) and removes the other attributes of its pair. */
  #setPair(attr, value, pair) {
    for (const other of pair) if (other !== attr) this.removeAttribute(other);
    this.setOrRemove(attr, value.trim());
  }

  /**
   * Count ↔ amount per installment: the number is converted from the plan
   * on screen (exact figures of the last result), with a note saying so;
   * never re-read the other way.
   */
  #switchTerm(kind) {
    const lang = this.language;
    const plan = this.result;
    const before = this.$('term').value;
    this.#termKind = kind;
    let value = '';
    if (plan) value = kind === 'amount' ? plan.installmentAmount : String(plan.count);
    // The attribute holds the number as typed in this locale, like the field.
    const shown = this.#localNumber(value);
    this.#setPair(kind === 'amount' ? 'installment-amount' : 'installments', shown, ['installments', 'installment-amount']);
    this.$('term').value = shown;
    this.#termLabel(kind === 'amount');
    const count = t(lang, 'countInstallments', { count: plan?.count ?? before });
    const each = plan ? fmt.money(plan.installmentAmount, plan.currency, this.locale) : before;
    const [from, to] = kind === 'amount' ? [count, each] : [each, count];
    this.#note('term', value ? t(lang, 'converted', { from, to }) : t(lang, 'clearedKind'));
  }

  /** Amount ↔ percent of the down payment, the same way. */
  #switchDown(kind) {
    const lang = this.language;
    const plan = this.result;
    this.#downKind = kind;
    let value = '';
    if (plan && Number(plan.downPayment) > 0) {
      const total = Number(plan.downPayment) + Number(plan.financed);
      // A percent is display-only here: the note says it was converted, and the plan recomputes from it.
      value = kind === 'amount' ? plan.downPayment : String(Number(((Number(plan.downPayment) / total) * 100).toFixed(2)));
    }
    this.#setPair(kind === 'percent' ? 'down-payment-percent' : 'down-payment', this.#localNumber(value), ['down-payment', 'down-payment-percent']);
    this.$('down').value = this.#localNumber(value);
    if (!value) {
      this.#note('down', '');
      return;
    }
    const money = fmt.money(plan.downPayment, plan.currency, this.locale);
    const percent = `${this.#localNumber(value)} %`;
    this.#note('down', t(lang, 'converted', kind === 'percent' ? { from: money, to: percent } : { from: percent, to: money }));
  }

  /** `1234.5` written with the locale's decimal mark. */
  #localNumber(value) {
    return fmt.decimalSeparator(this.locale) === ',' ? value.replace('.', ',') : value;
  }

  /** A visible note under field `id` (role status), or none. */
  #note(id, text) {
    const field = this.root.querySelector(`[data-field="${id}"]`);
    let note = field.querySelector('.convert-note');
    if (!note) {
      note = Object.assign(document.createElement('p'), { className: 'hint convert-note' });
      note.setAttribute('role', 'status');
      field.querySelector('.error').before(note);
    }
    note.textContent = text;
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
    for (const [attr] of OFFER_ATTRIBUTES) put(attr, this.getAttribute(attr) ?? '');
    const percent = this.downKind === 'percent';
    put('down-kind', this.downKind);
    put('down', this.getAttribute(percent ? 'down-payment-percent' : 'down-payment') ?? '');
    const byAmount = this.termKind === 'amount';
    put('term-kind', this.termKind);
    put('term', this.getAttribute(byAmount ? 'installment-amount' : 'installments') ?? (byAmount || this.#termKind ? '' : '12'));
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
    this.#fillStatic();
  }

  /** The option lists that need no module (once). */
  #fillStatic() {
    const fill = (id, values) => {
      if (this.$(id).options.length !== values.length) this.$(id).replaceChildren(...values.map((v) => new Option(v, v)));
    };
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

defineOnce('cobro-plan', CobroPlan);
