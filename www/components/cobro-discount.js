// <cobro-discount>: what paying early saves, what a discount really costs
// a year, and what paying after the net date adds.
//
// Attributes: `amount`, `currency`, `invoice-date`, `terms` ("2/10 net 30",
// "2% 10 días, neto 30", …), `payment-date` (default: today, from the
// browser clock), `regime` (late-interest regime for a payment after the
// net date; empty: none), `annual-rate-percent` (for `fixed`), `lang`,
// `locale`. Emits `cobro-change` with the `earlyPayDiscount` result.

import { provideGlue } from '../lib/api.js';
// The tool's wasm-bindgen glue comes with the component, in the same
// download wave, rather than one round trip after it.
import * as glue from '../pkg/tools/discount.js';
import { CobroElement, defineOnce, inputFromAttributes, toolTemplate, stackLabels, tableRow, PROVISIONAL_NOTICE, nextDay, COVERAGE_NOTICE_WITH_RATE } from './base.js';
import { t } from '../lib/i18n.js';
import * as fmt from '../lib/format.js';
import { parseRows } from '../lib/rows.js';
import { drawTimeline } from '../lib/timeline.js';
import { regimeOption } from '../lib/form.js';

provideGlue('discount', glue);

const FIELDS = [
  ['amount', 'amount', 'decimal'],
  ['currency', 'currency', 'text'],
  ['invoice-date', 'invoiceDate', 'text'],
  ['terms', 'terms', 'text'],
  ['payment-date', 'paymentDate', 'text'],
  ['regime', 'lateInterest.regime', 'text'],
  ['annual-rate-percent', 'lateInterest.annualRatePercent', 'decimal'],
  ['past-coverage', 'lateInterest.pastCoverage', 'text'],
];

function targetOf(field) {
  return {
    amount: 'amount',
    currency: 'currency',
    invoiceDate: 'invoice-date',
    terms: 'terms',
    paymentDate: 'payment-date',
    'lateInterest.regime': 'regime',
    'lateInterest.annualRatePercent': 'annual-rate-percent',
  }[field.replace(/^terms\..*$/, 'terms')];
}

const FORM = {
  amount: { label: 'invoiceAmountLabel', inputmode: 'decimal', amountPlaceholder: true },
  currency: { label: 'currency', control: 'select', grow: false },
  'invoice-date': { label: 'invoiceDate', control: 'date' },
  'payment-date': { label: 'paymentDateField', control: 'date', hint: 'paymentDateHint' },
  terms: { label: 'terms', placeholderKey: 'termsPlaceholder', hint: 'termsHint' },
  regime: { label: 'lateRegime', control: 'select' },
  'annual-rate-percent': { label: 'contractRate', inputmode: 'decimal' },
};

const template = toolTemplate({
  keyFigures: `
    <dl class="summary" part="summary">
      <div class="card main"><dt id="s-pay-label"></dt><dd id="s-pay"></dd><dd class="sub" id="s-pay-sub"></dd></div>
      <div class="card"><dt data-t="discountCard"></dt><dd id="s-discount"></dd><dd class="sub" id="s-discount-sub"></dd></div>
      <div class="card"><dt data-t="annualCost"></dt><dd id="s-cost"></dd><dd class="sub" data-t="annualCostNote"></dd></div>
      <div class="card"><dt data-t="netDue"></dt><dd id="s-net"></dd><dd class="sub" id="s-net-sub"></dd></div>
    </dl>
    <p class="cost-sentence" id="cost-sentence" part="cost-sentence"></p>${PROVISIONAL_NOTICE}`,
  form: `
  <fieldset part="fieldset">
    <legend data-t="invoice"></legend>
    <div class="row"><div data-slot="amount"></div><div data-slot="currency"></div></div>
    <div data-slot="invoice-date"></div>
    <div data-slot="terms"></div>
    <p class="parsed" id="terms-parsed" part="parsed" aria-live="polite"></p>
    <div data-slot="payment-date"></div>
  </fieldset>
  <details part="details" class="more">
    <summary data-t="latePaymentOptions"></summary>
    <div data-slot="regime"></div>
    <div class="rate-field"><div data-slot="annual-rate-percent"></div></div>${COVERAGE_NOTICE_WITH_RATE}
  </details>
`,
  breakdown: `
    <figure class="chart timeline" part="timeline">
      <svg aria-labelledby="timeline-caption"></svg>
      <figcaption id="timeline-caption" data-t="timelineTitle"></figcaption>
    </figure>
    <section class="notes" part="notes" hidden>
      <h3 data-t="notes"></h3>
      <ul></ul>
    </section>
    <h3 data-t="tiersTitle"></h3>
    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="tiers-caption">
      <table part="table" class="stack">
        <caption id="tiers-caption" class="visually-hidden" data-t="tiersTitle"></caption>
        <thead><tr>
          <th scope="col" data-t="colDiscountPercent"></th><th scope="col" data-t="colDeadline"></th>
          <th scope="col" class="num" data-t="colDiscount"></th><th scope="col" class="num" data-t="colToPay"></th>
          <th scope="col" class="num" data-t="colCostSimple"></th><th scope="col" class="num" data-t="colCostCompound"></th>
        </tr></thead>
        <tbody id="tiers-body"></tbody>
      </table>
    </div>`,
});

export class CobroDiscount extends CobroElement {
  static tool = 'discount';
  static observedAttributes = ['lang', 'locale', 'rate-table', ...FIELDS.map(([attr]) => attr)];

  #regimesLang = '';

  constructor() {
    super(template, FORM);
  }

  onReady() {
    this.fillCurrencies();
  }

  prefill(lang) {
    this.holdOption('currency', this.getAttribute('currency') ?? 'EUR');
    const regime = this.getAttribute('regime') ?? '';
    this.holdOption('regime', regime, t(lang, regime ? 'loading' : 'noLateInterest'));
    this.root.querySelector('.rate-field').hidden = regime !== 'fixed';
    this.#syncForm();
    // The key figure's label needs no module: its lines are there from the start.
    const paymentDate = this.getAttribute('payment-date') || fmt.today();
    this.$('s-pay-label').textContent = t(lang, 'toPayOn', { date: fmt.date(paymentDate, this.locale) });
  }

  update(lang) {
    this.#fillOptions(lang);
    this.#syncForm();
    this.#compute(lang);
  }

  #input() {
    const input = { lang: this.language, locale: this.locale, ...inputFromAttributes(this, FIELDS, this.locale) };
    input.currency ??= 'EUR';
    input.paymentDate ??= fmt.today();
    input.invoiceDate ??= input.paymentDate;
    // The rate past the regime's table, typed in the coverage notice.
    const rows = parseRows(this.getAttribute('rate-table'));
    if (rows.length && input.lateInterest) input.lateInterest.rateTable = rows.map(([from, rate]) => ({ from, ratePercent: fmt.decimalInput(rate, this.locale) }));
    return input;
  }

  #compute(lang) {
    this.root.querySelector('.rate-field').hidden = this.getAttribute('regime') !== 'fixed';
    const parsed = this.$('terms-parsed');
    if (!this.getAttribute('amount')?.trim() || !this.getAttribute('terms')?.trim()) {
      parsed.textContent = '';
      this.status(`${t(lang, 'invoiceAmount')} · ${t(lang, 'terms')} …`);
      this.showOutput(false);
      return;
    }
    let result;
    try {
      result = this.api.earlyPayDiscount(this.#input());
    } catch (error) {
      parsed.textContent = '';
      parsed.classList.remove('ok');
      this.fail(error, targetOf);
      if (error?.code === 'rate_unknown') this.#offerLastRate(lang);
      return;
    }
    // Live feedback: how the terms were read.
    parsed.textContent = `✓ ${result.termsText}`;
    parsed.classList.add('ok');
    this.#render(result, lang);
    this.emit(result);
  }

  #render(r, lang) {
    const locale = this.locale;
    const money = (v) => fmt.money(v, r.currency, locale);
    const date = (iso) => fmt.date(iso, locale);
    const percent = (p) => fmt.percent(p, locale);
    // An annual cost above 1000 % says nothing a reader can use: it reads as such.
    const huge = (p) => Number(p) > 1000;
    const cost = (p) => (huge(p) ? t(lang, 'overThousand') : percent(p));
    const off = (p) => fmt.percent(p, locale, 0);
    this.showOutput(true);
    const late = r.lateInterest;
    this.$('s-pay-label').textContent = t(lang, 'toPayOn', { date: date(r.paymentDate) });
    this.$('s-pay').textContent = money(late ? late.totalDue : r.amountToPay);
    this.$('s-pay-sub').textContent = late
      ? t(lang, Number(late.compensation) === 0 ? 'withLateInterestOnly' : 'withLateInterest', { interest: money(late.interest), compensation: money(late.compensation) })
      : r.daysLate > 0
        ? t(lang, 'lateNoRegime', { days: r.daysLate })
        : t(lang, 'invoiceOf', { amount: money(r.amount) });
    const tier = r.applied === null ? null : r.tiers[r.applied];
    this.$('s-discount').textContent = tier ? money(r.discount) : '—';
    this.$('s-discount-sub').textContent = tier
      ? t(lang, 'discountUntil', { percent: off(tier.percent), date: date(tier.deadline) })
      : t(lang, 'noDiscountOpen');
    const best = r.tiers[0];
    this.$('s-cost').textContent = best ? cost(best.annualCostCompoundPercent) : '—';
    this.$('s-net').textContent = date(r.netDueDate);
    this.$('s-net-sub').textContent = t(lang, 'netDays', { days: r.netDays });
    this.$('cost-sentence').textContent = best
      ? t(lang, huge(best.annualCostCompoundPercent) ? 'costSentenceHuge' : 'costSentence', { percent: off(best.percent), cost: percent(best.annualCostCompoundPercent) })
      : '';
    // A rate typed for the days past the table keeps its field in view.
    this.$('coverage-notice').hidden = !this.hasAttribute('rate-table');
    // Late interest on an assumed rate: marked as the interest tool marks it.
    this.markProvisional(Boolean(late?.provisional), late?.notes ?? []);
    this.list('.notes', r.notes.filter((n) => n.code !== 'cost_of_forgoing' || r.tiers.length > 1).map((n) => n.message));
    const tiers = this.$('tiers-body');
    tiers.replaceChildren(
      ...r.tiers.map((x, i) =>
        tableRow(
          [off(x.percent), date(x.deadline), money(x.discount), money(x.amountToPay), cost(x.annualCostSimplePercent), cost(x.annualCostCompoundPercent)],
          2,
          i === r.applied ? 'applied' : '',
        ),
      ),
    );
    stackLabels(tiers.parentElement);
    drawTimeline(this.root.querySelector('.timeline svg'), {
      invoiceDate: r.invoiceDate,
      tiers: r.tiers.map((x) => ({ deadline: x.deadline, label: off(x.percent) })),
      netDueDate: r.netDueDate,
      paymentDate: r.paymentDate,
      labels: {
        title: t(lang, 'timelineTitle'),
        invoice: t(lang, 'invoiceDate'),
        net: t(lang, 'netDue'),
        late: t(lang, 'lateZone'),
        payment: t(lang, 'paymentMark'),
      },
      formatDate: date,
    });
    this.status(t(lang, 'discountUpdated', { amount: money(late ? late.totalDue : r.amountToPay), date: date(r.paymentDate) }));
  }

  #syncForm() {
    for (const [attr] of FIELDS) this.put(attr, this.getAttribute(attr) ?? '');
    this.put('currency', this.getAttribute('currency') ?? 'EUR');
    this.put('payment-date', this.getAttribute('payment-date') ?? fmt.today());
  }

  /** Past the regime's table: say so where the regime is chosen, with the one-click way on. */
  #offerLastRate(lang) {
    const regime = this.#regimes.find((r) => r.id === this.getAttribute('regime'));
    if (!regime?.coveredUntil) return;
    const text = t(lang, 'coverageNoticeTool', {
      regime: regime.name,
      until: fmt.date(regime.coveredUntil, this.locale, 'long'),
      from: fmt.date(nextDay(regime.coveredUntil), this.locale, 'long'),
    });
    if (!this.offerLastRate(regime, text, lang)) return;
    this.status(text, true);
    /** @type {HTMLDetailsElement} */ (this.root.querySelector('details.more')).open = true;
  }

  #regimes = [];

  #fillOptions(lang) {
    if (this.#regimesLang === lang) return;
    this.#regimesLang = lang;
    const regimes = this.api.rateRegimes({ lang }).filter((r) => r.id !== 'custom');
    this.#regimes = regimes;
    this.$('regime').replaceChildren(new Option(t(lang, 'noLateInterest'), ''), ...regimes.map((r) => regimeOption(r)));
    this.nameCurrencies(lang);
    this.put('regime', this.getAttribute('regime') ?? '');
  }

  onInput(event) {
    const el = event.target;
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) return;
    if (FIELDS.some(([attr]) => attr === el.id)) this.setOrRemove(el.id, el.value);
  }
}

defineOnce('cobro-discount', CobroDiscount);
