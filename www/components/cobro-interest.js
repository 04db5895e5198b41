// <cobro-interest>: what a late invoice owes today under the law that
// applies, segment by segment.
//
// Attributes: `principal`, `currency`, `due-date`, `as-of` (default: today,
// from the browser clock — the core never reads one), `regime`,
// `annual-rate-percent` (for `fixed`), `day-count`, `compensation`
// (`auto`, `none`, `eu`, `uk` or an amount), `payments`
// ("2025-06-30:2000; 2025-07-15:3000"), `rate-table` ("2027-01-01:10.5"),
// `lang`, `locale`. Emits `cobro-change` with the `lateInterest` result.

import { provideGlue } from '../lib/api.js';
// The tool's wasm-bindgen glue comes with the component, in the same
// download wave, rather than one round trip after it.
import * as glue from '../pkg/tools/interest.js';
import { CobroElement, defineOnce, inputFromAttributes, toolTemplate, stackLabels, tableRow, PROVISIONAL_NOTICE, COVERAGE_NOTICE, nextDay } from './base.js';
import { t } from '../lib/i18n.js';
import * as fmt from '../lib/format.js';
import { toCsv, download } from '../lib/export.js';
import { parseRows, formatRows, renderRows, readRows } from '../lib/rows.js';
import { regimeOption } from '../lib/form.js';

provideGlue('interest', glue);

const FIELDS = [
  ['principal', 'principal', 'decimal'],
  ['currency', 'currency', 'text'],
  ['due-date', 'dueDate', 'text'],
  ['as-of', 'asOf', 'text'],
  ['regime', 'regime', 'text'],
  ['annual-rate-percent', 'annualRatePercent', 'decimal'],
  ['day-count', 'dayCount', 'text'],
  ['past-coverage', 'pastCoverage', 'text'],
];
const LIST_ATTRIBUTES = ['compensation', 'payments', 'rate-table'];

/** Control that shows the error of an API field. */
function targetOf(field) {
  if (field.startsWith('payments')) return 'payments';
  if (field.startsWith('rateTable')) return 'rate-table';
  return {
    principal: 'principal',
    currency: 'currency',
    dueDate: 'due-date',
    asOf: 'as-of',
    regime: 'regime',
    annualRatePercent: 'annual-rate-percent',
    dayCount: 'day-count',
    compensation: 'compensation-kind',
  }[field];
}

const FORM = {
  principal: { label: 'principal', inputmode: 'decimal', amountPlaceholder: true },
  currency: { label: 'currency', control: 'select', grow: false },
  'due-date': { label: 'dueDate', control: 'date' },
  'as-of': { label: 'asOf', control: 'date', hint: 'asOfHint' },
  regime: { label: 'regime', control: 'select' },
  'annual-rate-percent': { label: 'contractRate', inputmode: 'decimal' },
  'day-count': { label: 'dayCount', control: 'select' },
  'compensation-kind': { label: 'compensationKind', control: 'select' },
  'compensation-amount': { label: 'compensationAmount', inputmode: 'decimal' },
};

const template = toolTemplate({
  keyFigures: `
    <dl class="summary" part="summary">
      <div class="card main"><dt data-t="interestTotal"></dt><dd id="s-interest"></dd><dd class="sub" id="s-days"></dd></div>
      <div class="card"><dt data-t="compensation"></dt><dd id="s-compensation"></dd><dd class="sub" id="s-regime"></dd></div>
      <div class="card"><dt data-t="totalDue"></dt><dd id="s-total"></dd><dd class="sub" id="s-paid"></dd></div>
      <div class="card"><dt data-t="daily"></dt><dd id="s-daily"></dd><dd class="sub" data-t="dailyNote"></dd></div>
    </dl>${PROVISIONAL_NOTICE}`,
  form: `
  <fieldset part="fieldset">
    <legend data-t="invoice"></legend>
    <div class="row"><div data-slot="principal"></div><div data-slot="currency"></div></div>
    <div class="row"><div data-slot="due-date"></div><div data-slot="as-of"></div></div>
    <div data-slot="regime"></div>
    <div class="rate-field"><div data-slot="annual-rate-percent"></div></div>
  </fieldset>
  <fieldset part="fieldset" class="payments">
    <legend data-t="payments"></legend>
    <p class="hint" data-t="paymentsHint"></p>
    <table class="rows stack" part="rows">
      <thead><tr><th scope="col" data-t="paymentDate"></th><th scope="col" data-t="paymentAmount"></th><th scope="col"><span class="visually-hidden" data-t="removeRow"></span></th></tr></thead>
      <tbody id="payments-rows"></tbody>
    </table>
    <p class="error" id="payments-error" part="error"></p>
    <button type="button" class="add" data-add="payments" part="button" data-t="addPayment"></button>
  </fieldset>
  <details part="details" class="rate-table" id="rate-table-details">
    <summary data-t="rateTable"></summary>
${COVERAGE_NOTICE}
    <p class="hint" data-t="rateTableHint"></p>
    <table class="rows stack" part="rows">
      <thead><tr><th scope="col" data-t="rateFrom"></th><th scope="col" data-t="rateValue"></th><th scope="col"><span class="visually-hidden" data-t="removeRow"></span></th></tr></thead>
      <tbody id="rate-table-rows"></tbody>
    </table>
    <p class="error" id="rate-table-error" part="error"></p>
    <button type="button" class="add" data-add="rate-table" part="button" data-t="addRate"></button>
  </details>
  <details part="details" class="more">
    <summary data-t="more"></summary>
    <div data-slot="day-count"></div>
    <div class="row"><div data-slot="compensation-kind"></div><div data-slot="compensation-amount"></div></div>
  </details>
`,
  breakdown: `
    <section class="notes" part="notes" hidden>
      <h3 data-t="notes"></h3>
      <ul></ul>
    </section>
    <div class="table-head">
      <h3 data-t="segments"></h3>
      <div class="actions" part="actions">
        <button type="button" class="csv" part="button" data-t="csv"></button>
        <button type="button" class="print" part="button" data-t="print"></button>
      </div>
    </div>
    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="segments-caption">
      <table part="table" class="segments stack">
        <caption id="segments-caption" class="visually-hidden" data-t="segments"></caption>
        <thead><tr>
          <th scope="col" data-t="colFrom"></th><th scope="col" data-t="colTo"></th>
          <th scope="col" class="num" data-t="colDays"></th><th scope="col" class="num" data-t="colRate"></th>
          <th scope="col" class="num" data-t="colBase"></th><th scope="col" class="num" data-t="colSegmentInterest"></th>
        </tr></thead>
        <tbody id="segments-body"></tbody>
        <tfoot><tr><th scope="row" data-t="total"></th><td></td><td class="num" id="t-days"></td><td></td><td></td><td class="num" id="t-interest"></td></tr></tfoot>
      </table>
    </div>
    <p class="regime-info hint" part="regime-info"><span class="source"></span> <strong class="coverage"></strong></p>
    <section class="applied" hidden>
      <h3 data-t="applied"></h3>
      <div class="table-wrap">
        <table part="table" class="stack">
          <thead><tr>
            <th scope="col" data-t="paymentDate"></th><th scope="col" class="num" data-t="colPaid"></th>
            <th scope="col" class="num" data-t="colToCompensation"></th><th scope="col" class="num" data-t="colToInterest"></th>
            <th scope="col" class="num" data-t="colToPrincipal"></th>
          </tr></thead>
          <tbody id="applied-body"></tbody>
        </table>
      </div>
    </section>`,
});

const COMPENSATION_KINDS = ['auto', 'none', 'eu', 'uk', 'amount'];
/** The row editors: attribute → i18n keys of their date and value columns. */
const EDITORS = { payments: ['paymentDate', 'paymentAmount'], 'rate-table': ['rateFrom', 'rateValue'] };

export class CobroInterest extends CobroElement {
  static tool = 'interest';
  static observedAttributes = ['lang', 'locale', ...FIELDS.map(([attr]) => attr), ...LIST_ATTRIBUTES];

  /** @type {any[]} */
  #regimes = [];
  #regimesLang = '';
  /** Attribute texts last written by the editors, so typing keeps its rows. */
  #written = { payments: null, 'rate-table': null };

  constructor() {
    super(template, FORM);
  }

  onReady() {
    this.fillCurrencies();
    this.#fillStatic();
  }

  prefill(lang) {
    this.#fillStatic();
    this.#translateStatic(lang);
    this.holdOption('currency', this.getAttribute('currency') ?? 'EUR');
    const regime = this.getAttribute('regime') || 'es-commercial';
    this.holdOption('regime', regime, t(lang, 'loading'));
    this.root.querySelector('.rate-field').hidden = regime !== 'fixed';
    this.#syncForm();
  }

  /** The option lists that need no module (once). */
  #fillStatic() {
    if (!this.$('day-count').options.length) this.$('day-count').replaceChildren(...['act/365', 'act/360', 'act/act'].map((v) => new Option(v, v)));
    if (!this.$('compensation-kind').options.length) this.$('compensation-kind').replaceChildren(...COMPENSATION_KINDS.map((v) => new Option(v, v)));
  }

  #translateStatic(lang) {
    for (const option of this.$('day-count').options) option.textContent = t(lang, option.value);
    for (const option of this.$('compensation-kind').options) option.textContent = t(lang, option.value === 'amount' ? 'amountOther' : option.value);
  }

  update(lang) {
    if (this.#regimesLang !== lang) {
      this.#regimes = this.api.rateRegimes({ lang });
      this.#regimesLang = lang;
      this.#fillOptions(lang);
    }
    this.#syncForm();
    this.#compute(lang);
  }

  /** The API input from the attributes. */
  #input() {
    const input = { lang: this.language, locale: this.locale, ...inputFromAttributes(this, FIELDS, this.locale) };
    input.currency ??= 'EUR';
    input.asOf ??= fmt.today();
    input.regime ??= 'es-commercial';
    const compensation = this.getAttribute('compensation')?.trim();
    if (compensation) input.compensation = COMPENSATION_KINDS.includes(compensation) ? compensation : fmt.decimalInput(compensation, this.locale);
    const payments = parseRows(this.getAttribute('payments'));
    if (payments.length) input.payments = payments.map(([date, amount]) => ({ date, amount: fmt.decimalInput(amount, this.locale) }));
    const rows = parseRows(this.getAttribute('rate-table'));
    if (rows.length) input.rateTable = rows.map(([from, rate]) => ({ from, ratePercent: fmt.decimalInput(rate, this.locale) }));
    return input;
  }

  /** Whether this input adds a compensation: the regime's own (`auto`) or one chosen. */
  #givesCompensation(regime) {
    const chosen = this.getAttribute('compensation')?.trim() || 'auto';
    return chosen === 'auto' ? regime.compensation !== 'none' : chosen !== 'none';
  }

  #regime() {
    const id = this.getAttribute('regime') || 'es-commercial';
    return this.#regimes.find((r) => r.id === id);
  }

  #compute(lang) {
    this.#showRegime(lang);
    if (!this.getAttribute('principal')?.trim() || !this.getAttribute('due-date')?.trim()) {
      this.status(`${t(lang, 'principal')} · ${t(lang, 'dueDate')} …`);
      this.showOutput(false);
      return;
    }
    let result;
    try {
      result = this.api.lateInterest(this.#input());
    } catch (error) {
      this.fail(error, targetOf);
      this.#markRow(error?.field ?? '');
      if (error?.code === 'rate_unknown') this.#offerMissingRate(lang);
      return;
    }
    this.#render(result, lang);
    this.emit(result);
  }

  /** `payments[1].amount` → "Importe pagado (fila 2)": a row editor's column. */
  fieldLabel(path) {
    // "Give the rate in «rateTable»": the page calls that table "Tipos propios".
    if (path === 'rateTable') return t(this.language, 'rateTable');
    const m = /^(payments|rateTable)\[(\d+)\]\.(\w+)$/.exec(path);
    if (!m) return '';
    const key = { date: 'paymentDate', amount: 'paymentAmount', from: 'rateFrom', ratePercent: 'rateValue' }[m[3]];
    return key ? t(this.language, 'rowOf', { label: t(this.language, key), row: Number(m[2]) + 1 }) : '';
  }

  /** Points at the exact row input of `payments[1].amount`-style fields. */
  #markRow(field) {
    const m = /^(payments|rateTable)\[(\d+)\]\.(\w+)$/.exec(field);
    if (!m) return;
    const prefix = m[1] === 'payments' ? 'payments' : 'rate-table';
    const which = m[3] === 'date' || m[3] === 'from' ? 'date' : 'value';
    this.$(`${prefix}-${m[2]}-${which}`)?.setAttribute('aria-invalid', 'true');
  }

  /** Past the table's coverage: explain, and open a row for the missing rate. */
  #offerMissingRate(lang) {
    const regime = this.#regime();
    if (!regime?.coveredUntil) return;
    const from = nextDay(regime.coveredUntil);
    // A rate for the missing days, or one click: the last known one, provisionally.
    this.offerLastRate(
      regime,
      t(lang, 'coverageNotice', {
        until: fmt.date(regime.coveredUntil, this.locale, 'long'),
        asOf: fmt.date(this.#input().asOf, this.locale, 'long'),
        from: fmt.date(from, this.locale, 'long'),
      }),
      lang,
    );
    const details = /** @type {HTMLDetailsElement} */ (this.$('rate-table-details'));
    details.open = true;
    const rows = parseRows(this.getAttribute('rate-table'));
    if (!rows.some(([date]) => date === from)) {
      rows.push([from, '']);
      this.#renderRows('rate-table', rows);
    }
  }

  #showRegime(lang) {
    const regime = this.#regime();
    this.root.querySelector('.rate-field').hidden = regime?.id !== 'fixed';
    const info = this.root.querySelector('.regime-info');
    if (!regime) return;
    info.querySelector('.source').textContent = t(lang, 'regimeSource', { source: regime.source });
    info.querySelector('.coverage').textContent = regime.coveredUntil
      ? t(lang, 'coveredUntil', { date: fmt.date(regime.coveredUntil, this.locale, 'long') })
      : '';
    this.$('coverage-notice').hidden = true;
    // A regime with no compensation for recovery costs (Colombia's, the
    // civil ones) says so, and its payments go to interest, then principal.
    const gives = this.#givesCompensation(regime);
    const hint = /** @type {HTMLElement} */ (this.root.querySelector('.payments .hint'));
    hint.dataset.t = gives ? 'paymentsHint' : 'paymentsHintNoCompensation';
    hint.textContent = t(lang, hint.dataset.t);
    this.root.querySelector('.applied').classList.toggle('no-compensation', !gives);
    if (regime.id === 'custom') /** @type {HTMLDetailsElement} */ (this.$('rate-table-details')).open = true;
  }

  #render(r, lang) {
    const locale = this.locale;
    const money = (v) => fmt.money(v, r.currency, locale);
    this.showOutput(true);
    this.$('s-interest').textContent = money(r.interest);
    this.$('s-days').textContent = r.daysLate > 0 ? t(lang, 'daysLate', { days: r.daysLate }) : t(lang, 'notLate');
    const regime = this.#regime();
    this.$('s-compensation').textContent = !regime || this.#givesCompensation(regime) ? money(r.compensation) : t(lang, 'compensationNotApplicable');
    this.$('s-regime').textContent = r.regime.name;
    this.$('s-total').textContent = money(r.totalDue);
    this.$('s-paid').textContent = t(lang, 'paidSoFar', { amount: money(r.paid) });
    this.$('s-daily').textContent = r.dailyInterest === null ? t(lang, 'dailyUnknown') : money(r.dailyInterest);
    // A figure on an assumed rate says so where the figures are, with the way back.
    this.list('.notes', this.markProvisional(r.provisional, r.notes).map((n) => n.message));
    const percent = (p) => fmt.percent(p, locale);
    const segments = this.$('segments-body');
    segments.replaceChildren(
      ...r.segments.map((s) => {
        // Colombian letters quote the effective monthly rate beside the EA one.
        const rate = s.monthlyRatePercent ? t(lang, 'rateEaMonthly', { ea: percent(s.ratePercent), monthly: percent(s.monthlyRatePercent) }) : percent(s.ratePercent);
        return tableRow([fmt.date(s.from, locale), fmt.date(s.to, locale), String(s.days), rate, money(s.base), money(s.interest)]);
      }),
    );
    stackLabels(segments.parentElement);
    this.$('t-days').textContent = String(r.segments.reduce((n, s) => n + s.days, 0));
    this.$('t-interest').textContent = money(r.interest);
    this.root.querySelector('.applied').hidden = r.payments.length === 0;
    const applied = this.$('applied-body');
    applied.replaceChildren(
      ...r.payments.map((p) => tableRow([fmt.date(p.date, locale), money(p.amount), money(p.toCompensation), money(p.toInterest), money(p.toPrincipal)], 1)),
    );
    stackLabels(applied.parentElement);
    this.status(t(lang, r.provisional ? 'interestUpdatedProvisional' : 'interestUpdated', { interest: money(r.interest), days: r.daysLate }));
  }

  /** Renders a row editor, its cells labelled for narrow screens. */
  #renderRows(attr, rows) {
    const lang = this.language;
    const [date, value] = EDITORS[attr];
    const tbody = this.$(`${attr}-rows`);
    renderRows(tbody, attr, rows, { date: t(lang, date), value: t(lang, value), remove: t(lang, 'removeRow') });
    stackLabels(tbody.parentElement);
  }

  #syncForm() {
    for (const [attr] of FIELDS) this.put(attr, this.getAttribute(attr) ?? '');
    this.put('currency', this.getAttribute('currency') ?? 'EUR');
    this.put('as-of', this.getAttribute('as-of') ?? fmt.today());
    this.put('regime', this.getAttribute('regime') ?? 'es-commercial');
    this.put('day-count', this.getAttribute('day-count') ?? 'act/365');
    const compensation = this.getAttribute('compensation')?.trim() || 'auto';
    const kind = COMPENSATION_KINDS.includes(compensation) ? compensation : 'amount';
    this.put('compensation-kind', kind);
    if (kind === 'amount') this.put('compensation-amount', compensation);
    this.$('compensation-amount').disabled = kind !== 'amount';
    // Re-render a row editor only when its attribute changed from outside;
    // its labels follow the language either way.
    for (const attr of Object.keys(EDITORS)) {
      const text = this.getAttribute(attr);
      if (text !== this.#written[attr]) {
        this.#renderRows(attr, parseRows(text));
        this.#written[attr] = text;
      } else {
        stackLabels(this.$(`${attr}-rows`).parentElement);
      }
    }
  }

  #fillOptions(lang) {
    const regime = this.$('regime');
    const current = regime.value;
    regime.replaceChildren(...this.#regimes.map((r) => regimeOption(r)));
    if (current) regime.value = current;
    this.nameCurrencies(lang);
    this.#translateStatic(lang);
  }

  onInput(event) {
    const el = event.target;
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) return;
    if (el.dataset.rows) {
      this.#writeRows(el.dataset.rows);
      return;
    }
    if (el.id === 'compensation-kind' || el.id === 'compensation-amount') {
      const kind = this.$('compensation-kind').value;
      this.setOrRemove('compensation', kind === 'amount' ? this.$('compensation-amount').value : kind === 'auto' ? '' : kind);
      return;
    }
    if (FIELDS.some(([attr]) => attr === el.id)) this.setOrRemove(el.id, el.value);
  }

  /** Writes an editor's rows to its attribute (rows with no date are left out). */
  #writeRows(attr) {
    const rows = readRows(this.$(`${attr}-rows`)).filter(([date]) => date);
    const text = formatRows(rows);
    this.#written[attr] = text || null;
    this.setOrRemove(attr, text);
  }

  onClick(event) {
    const button = event.target.closest?.('button');
    if (!button) return;
    if (button.dataset.add) {
      const attr = button.dataset.add;
      const rows = readRows(this.$(`${attr}-rows`));
      const last = rows.at(-1)?.[0];
      rows.push([last || this.#input().asOf, '']);
      this.#renderRows(attr, rows);
      this.$(`${attr}-${rows.length - 1}-value`)?.focus();
      return;
    }
    if (button.dataset.remove !== undefined) {
      const attr = button.dataset.rows;
      const rows = readRows(this.$(`${attr}-rows`)).filter((_, i) => String(i) !== button.dataset.remove);
      this.#renderRows(attr, rows);
      this.#writeRows(attr);
      return;
    }
    if (button.classList.contains('csv')) this.#exportCsv();
    if (button.classList.contains('print')) window.print();
  }

  #exportCsv() {
    const r = this.result;
    if (!r) return;
    const lang = this.language;
    const monthly = r.segments.some((s) => s.monthlyRatePercent);
    const keys = ['colFrom', 'colTo', 'colDays', 'colRate', ...(monthly ? ['colMonthlyRate'] : []), 'colBase', 'colSegmentInterest'];
    const header = keys.map((k) => t(lang, k));
    const rows = r.segments.map((s) => [s.from, s.to, String(s.days), s.ratePercent, ...(monthly ? [s.monthlyRatePercent ?? ''] : []), s.base, s.interest]);
    rows.push([t(lang, 'total'), '', String(r.daysLate), '', ...(monthly ? [''] : []), '', r.interest]);
    download(`${t(lang, 'segments').toLowerCase().replace(/\s+/g, '-')}.csv`, toCsv(header, rows));
  }
}

defineOnce('cobro-interest', CobroInterest);
