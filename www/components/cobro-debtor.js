// <cobro-debtor>: what a debtor sees when they open the creditor's link.
//
// The `fragment` attribute holds the link's fragment (what follows `#`).
// The offer is decoded and validated by the core (`decodeOffer`); its
// policy is shown in words and cannot be edited here. The debtor picks a
// plan inside it (a number of installments, or "I can pay X", or the
// settlement if offered), sees the summary and the schedule, and sends the
// proposal by WhatsApp, e-mail or copy, with an .ics of the payments. The
// proposal text and its code come from `encodeProposal`; the calendar from
// `planCalendar`. Everything from the link is written with textContent.

import { provideGlue } from '../lib/api.js';
// The tool's wasm-bindgen glue comes with the component, in the same
// download wave, rather than one round trip after it.
import * as glue from '../pkg/tools/debtor.js';
import { CobroElement, defineOnce } from './base.js';
import { t } from '../lib/i18n.js';
import * as fmt from '../lib/format.js';
import { download } from '../lib/export.js';

provideGlue('debtor', glue);

/** The choice controls that are ordinary labelled fields (lib/form.js). */
const FORM = {
  'per-amount': { label: 'perInstallment', inputmode: 'decimal' },
  frequency: { label: 'frequency', control: 'select' },
  down: { label: 'downPaymentDebtor', inputmode: 'decimal' },
  'first-date': { label: 'firstPayment', control: 'date' },
  'pay-on': { label: 'payOn', control: 'date' },
};

/** Which controls each way of paying uses (by `data-field`). */
const FIELD_MODES = {
  count: ['count'],
  'per-amount': ['amount'],
  frequency: ['count', 'amount'],
  down: ['count', 'amount'],
  'first-date': ['count', 'amount'],
  'pay-on': ['settlement'],
};

const template = document.createElement('template');
template.innerHTML = `
<article class="debtor" part="debtor">
  <section class="bad-link" part="error" role="alert" hidden>
    <h2 data-t="badLinkTitle"></h2>
    <p id="bad-detail"></p>
    <p data-t="badLinkHint"></p>
  </section>
  <div class="offer" hidden>
    <header class="offer-head" part="offer">
      <p class="from" id="from"></p>
      <p class="debt"><span id="debt"></span> <span class="ref" id="ref"></span></p>
      <p class="valid" id="valid"></p>
    </header>
    <section class="plan-card" part="summary" aria-labelledby="your-plan-title">
      <h2 id="your-plan-title" data-t="yourPlan"></h2>
      <p class="status" part="status" role="status" aria-live="polite"></p>
      <p class="big" id="s-main"></p>
      <ul class="facts" id="s-facts"></ul>
      <div class="violations" hidden>
        <p data-t="outsidePolicy"></p>
        <ul></ul>
      </div>
    </section>
    <section class="conditions" part="conditions" aria-labelledby="conditions-title">
      <h2 id="conditions-title" data-t="conditions"></h2>
      <p id="conditions"></p>
      <p id="settlement-offer" hidden></p>
    </section>
    <form class="choose" part="form" novalidate>
      <fieldset class="modes" part="fieldset">
        <legend data-t="chooseMode"></legend>
        <label class="mode"><input type="radio" name="mode" value="count" checked><span data-t="modeCount"></span></label>
        <label class="mode"><input type="radio" name="mode" value="amount"><span data-t="modeAmount"></span></label>
        <label class="mode settlement-mode" hidden><input type="radio" name="mode" value="settlement"><span data-t="modeSettlement"></span></label>
      </fieldset>
      <div class="field stepper" data-field="count">
        <label for="count" data-t="installmentsCount"></label>
        <div class="stepper-row">
          <button type="button" class="step" data-step="-1" data-t-label="fewerInstallments" part="button">−</button>
          <input id="count" type="number" inputmode="numeric" min="1" step="1" part="input" aria-describedby="count-error">
          <button type="button" class="step" data-step="1" data-t-label="moreInstallments" part="button">+</button>
        </div>
        <input id="count-range" type="range" min="1" step="1" tabindex="-1" aria-hidden="true">
        <p class="error" id="count-error" part="error"></p>
      </div>
      <div data-slot="per-amount"></div>
      <div data-slot="frequency"></div>
      <div data-slot="down"></div>
      <div data-slot="first-date"></div>
      <div data-slot="pay-on"></div>
    </form>
    <section class="schedule" aria-labelledby="schedule-title">
      <h2 id="schedule-title" data-t="scheduleList"></h2>
      <ol class="pay-list" id="pay-list" part="schedule"></ol>
    </section>
    <section class="send" part="send" aria-labelledby="send-title">
      <h2 id="send-title"></h2>
      <p class="hint" id="send-hint"></p>
      <div class="send-actions">
        <a id="via-whatsapp" class="button-link primary" target="_blank" rel="noopener noreferrer" part="button" data-t="viaWhatsapp" hidden></a>
        <a id="via-email" class="button-link primary" part="button" data-t="viaEmail" hidden></a>
        <button type="button" id="copy-proposal" part="button" data-t="copyProposal"></button>
        <button type="button" id="calendar" part="button" data-t="calendar"></button>
      </div>
      <p class="send-blocked" data-t="sendBlocked" hidden></p>
      <p class="copy-status" role="status" aria-live="polite"></p>
      <details>
        <summary data-t="proposalText"></summary>
        <pre class="body" id="proposal-text"></pre>
      </details>
    </section>
    <p class="privacy" data-t="debtorPrivacy"></p>
  </div>
</article>`;

/** The countries whose public holidays the module computes (publicHolidays). */
const HOLIDAY_COUNTRIES = ['CO', 'MX', 'ES', 'DE', 'GB-ENG', 'NL'];

export class CobroDebtor extends CobroElement {
  static tool = 'debtor';
  static observedAttributes = ['lang', 'locale', 'fragment'];

  /** The decoded offer, or null. @type {any} */
  #offer = null;
  #decodedFrom = '';
  /** The debtor's choice. */
  #choice = { mode: 'count', count: '', perAmount: '', frequency: '', down: '', firstDate: '', payOn: '' };
  /** The last encodeProposal result and its input. @type {any} */
  #proposal = null;
  #input = null;

  constructor() {
    super(template, FORM, ['debtor.css']);
  }

  get fragment() {
    return this.getAttribute('fragment') ?? '';
  }

  set fragment(value) {
    if (value === null || value === undefined) this.removeAttribute('fragment');
    else this.setAttribute('fragment', String(value));
  }

  /** The offer as decodeOffer returned it, or null when the link is bad. */
  get offer() {
    return this.#offer;
  }

  update(lang) {
    if (!this.#decode(lang)) return;
    this.#renderOffer(lang);
    this.#compute(lang);
  }

  /** Decodes the fragment once per fragment and language. */
  #decode(lang) {
    const key = `${lang} ${this.locale} ${this.fragment}`;
    if (key !== this.#decodedFrom) {
      this.#decodedFrom = key;
      const firstTime = !this.#offer;
      try {
        this.#offer = this.api.decodeOffer({ fragment: this.fragment, lang });
      } catch (error) {
        this.#offer = null;
        this.$('bad-detail').textContent = error?.message ?? '';
        this.dispatchEvent(new CustomEvent('cobro-error', { detail: { code: error?.code, field: error?.field, message: error?.message }, bubbles: true, composed: true }));
      }
      if (this.#offer && firstTime) this.#defaults(lang);
    }
    this.root.querySelector('.bad-link').hidden = Boolean(this.#offer);
    this.root.querySelector('.offer').hidden = !this.#offer;
    return Boolean(this.#offer);
  }

  /**
   * First choice: monthly if allowed, and the most installments that keep
   * every limit of the policy (the core decides, count by count), so the
   * debtor starts from a plan they can send.
   */
  #defaults(lang) {
    const policy = this.#offer.policy;
    const allowed = policy.allowedFrequencies ?? ['monthly'];
    this.#choice.frequency = allowed.includes('monthly') ? 'monthly' : allowed[0];
    const max = policy.maxInstallments ?? 12;
    this.#choice.count = String(max);
    for (let n = max; n >= 1; n--) {
      this.#choice.count = String(n);
      try {
        const { creditorName, reference, ...plan } = this.#proposalInput(lang);
        if (this.api.paymentPlan(plan).policyViolations.length === 0) return;
      } catch {
        // A count the core refuses is not a candidate.
      }
    }
    this.#choice.count = String(max);
  }

  #money(value) {
    return fmt.money(value, this.#offer.currency, this.locale);
  }

  #renderOffer(lang) {
    const o = this.#offer;
    const creditor = o.creditor.name;
    const date = (d) => fmt.date(d, this.locale, 'long');
    this.$('from').textContent = t(lang, 'offerFrom', { creditor });
    this.$('debt').textContent = `${t(lang, 'debtOf')}: ${this.#money(o.amount)}`;
    this.$('ref').textContent = o.reference ? `· ${t(lang, 'refLabel')}: ${o.reference}` : '';
    const expired = o.validUntil && o.validUntil < fmt.today();
    this.$('valid').textContent = !o.validUntil ? '' : expired
      ? t(lang, 'offerExpired', { date: date(o.validUntil), creditor })
      : t(lang, 'validUntilLabel', { date: date(o.validUntil) });
    this.$('valid').classList.toggle('expired', Boolean(expired));
    const conditions = this.#conditions(lang);
    const sentence = new Intl.ListFormat(lang, { type: 'conjunction' }).format(conditions);
    this.$('conditions').textContent = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
    const settlement = this.$('settlement-offer');
    settlement.hidden = !this.#settlementOpen();
    if (!settlement.hidden) {
      settlement.textContent = t(lang, 'condSettlement', { date: fmt.date(o.settlement.deadline, this.locale, 'long'), percent: fmt.percent(o.settlement.percent, this.locale, 0) });
    }
    this.$('send-title').textContent = t(lang, 'sendTitle', { creditor });
    this.$('send-hint').textContent = t(lang, 'sendHint', { creditor });
    this.#renderChoice(lang);
  }

  /** The locked policy, in words: the parts of one sentence. */
  #conditions(lang) {
    const o = this.#offer;
    const p = o.policy;
    const pct = (v) => fmt.percent(v, this.locale, 0);
    const out = [];
    if (p.maxInstallments) out.push(t(lang, 'condMaxInstallments', { count: p.maxInstallments }));
    if (p.minInstallmentAmount) out.push(t(lang, 'condMinInstallment', { amount: this.#money(p.minInstallmentAmount) }));
    if (p.minDownPaymentPercent && Number(p.minDownPaymentPercent) > 0) out.push(t(lang, 'condMinDown', { percent: pct(p.minDownPaymentPercent) }));
    if (p.maxFirstPaymentDays) out.push(t(lang, 'condFirstPayment', { date: fmt.date(this.#latestFirstDate(), this.locale) }));
    if (p.maxTermDays) out.push(t(lang, 'condMaxTerm', { date: fmt.date(this.#latestDate(), this.locale) }));
    if (p.allowedFrequencies) {
      const list = new Intl.ListFormat(lang, { type: 'disjunction' }).format(p.allowedFrequencies.map((f) => t(lang, f).toLowerCase()));
      out.push(t(lang, 'condFrequencies', { list }));
    }
    const rate = Number(o.annualRatePercent ?? 0);
    out.push(rate > 0 ? t(lang, 'condRate', { rate: pct(o.annualRatePercent) }) : t(lang, 'condNoRate'));
    if (o.fee && Number(o.fee) > 0) out.push(t(lang, 'condFee', { amount: this.#money(o.fee) }));
    return out;
  }

  /** The last day a plan may end on: today + maxTermDays. */
  #latestDate() {
    return fmt.addDays(fmt.today(), this.#offer.policy.maxTermDays);
  }

  /** The last day the first payment may fall on: today + maxFirstPaymentDays, within the term. */
  #latestFirstDate() {
    const first = fmt.addDays(fmt.today(), this.#offer.policy.maxFirstPaymentDays);
    return this.#offer.policy.maxTermDays && this.#latestDate() < first ? this.#latestDate() : first;
  }

  #settlementOpen() {
    const s = this.#offer.settlement;
    return Boolean(s) && s.deadline > fmt.today();
  }

  /** Puts the choice into the controls; the policy bounds them. */
  #renderChoice(lang) {
    const o = this.#offer;
    const c = this.#choice;
    const max = o.policy.maxInstallments ?? 60;
    for (const id of ['count', 'count-range']) {
      this.$(id).max = String(max);
    }
    this.put('count', c.count);
    this.$('count-range').value = c.count;
    const settlementMode = this.root.querySelector('.settlement-mode');
    settlementMode.hidden = !this.#settlementOpen();
    if (settlementMode.hidden && c.mode === 'settlement') c.mode = 'count';
    for (const radio of this.root.querySelectorAll('input[name="mode"]')) radio.checked = radio.value === c.mode;
    for (const [id, modes] of Object.entries(FIELD_MODES)) {
      const field = this.root.querySelector(`[data-field="${id}"]`);
      if (field) field.hidden = !modes.includes(c.mode);
    }
    const frequency = this.$('frequency');
    const allowed = o.policy.allowedFrequencies ?? ['weekly', 'biweekly', 'semimonthly', 'monthly', 'bimonthly', 'quarterly'];
    if (frequency.options.length !== allowed.length) frequency.replaceChildren(...allowed.map((f) => new Option(f, f)));
    for (const option of frequency.options) option.textContent = t(lang, option.value);
    this.put('frequency', c.frequency);
    this.put('per-amount', c.perAmount);
    this.put('down', c.down);
    this.put('first-date', c.firstDate);
    const tomorrow = fmt.addDays(fmt.today(), 1);
    this.$('first-date').min = tomorrow;
    if (o.policy.maxFirstPaymentDays) this.$('first-date').max = this.#latestFirstDate();
    else if (o.policy.maxTermDays) this.$('first-date').max = this.#latestDate();
    if (o.settlement) {
      Object.assign(this.$('pay-on'), { min: tomorrow, max: o.settlement.deadline });
      this.put('pay-on', c.payOn || o.settlement.deadline);
    }
  }

  /** The encodeProposal input of the current choice. */
  #proposalInput(lang) {
    const o = this.#offer;
    const c = this.#choice;
    const read = (text) => fmt.decimalInput(text, this.locale);
    const input = { amount: o.amount, currency: o.currency, startDate: fmt.today(), lang, locale: this.locale, creditorName: o.creditor.name };
    if (o.reference) input.reference = o.reference;
    if (c.mode === 'settlement') {
      return { ...input, settlement: o.settlement, firstDueDate: c.payOn || o.settlement.deadline };
    }
    Object.assign(input, { frequency: c.frequency, policy: o.policy });
    if (c.mode === 'amount') input.installmentAmount = read(c.perAmount);
    else input.installments = c.count;
    if (c.down.trim()) input.downPayment = read(c.down);
    else if (o.policy.minDownPaymentPercent && Number(o.policy.minDownPaymentPercent) > 0) input.downPaymentPercent = o.policy.minDownPaymentPercent;
    if (c.firstDate) input.firstDueDate = c.firstDate;
    for (const key of ['annualRatePercent', 'method', 'fee']) if (o[key] !== undefined) input[key] = o[key];
    // A due date on a weekend or a public holiday of the creditor's country
    // moves to the next working day (the proposal code carries the rule).
    if (HOLIDAY_COUNTRIES.includes(o.country)) Object.assign(input, { businessDays: 'following', holidays: [o.country] });
    return input;
  }

  #compute(lang) {
    if (this.#choice.mode === 'amount' && !this.#choice.perAmount.trim()) {
      this.#proposal = null;
      this.status(t(lang, 'perInstallment') + ' …');
      this.#renderSend();
      return;
    }
    const input = this.#proposalInput(lang);
    try {
      this.#proposal = this.api.encodeProposal(input);
      this.#input = input;
    } catch (error) {
      this.#proposal = null;
      this.#renderSend();
      const targets = { installmentAmount: 'per-amount', downPayment: 'down', downPaymentPercent: 'down', firstDueDate: this.#choice.mode === 'settlement' ? 'pay-on' : 'first-date', installments: 'count', frequency: 'frequency' };
      this.fail(error, (field) => targets[field]);
      return;
    }
    this.#renderPlan(lang);
    this.emit({ offer: this.#offer, proposal: this.#proposal });
  }

  #renderPlan(lang) {
    const { plan, message } = this.#proposal;
    const money = (v) => this.#money(v);
    const date = (d) => fmt.date(d, this.locale, 'long');
    const rows = plan.schedule;
    const last = rows[rows.length - 1];
    const facts = [];
    if (this.#choice.mode === 'settlement') {
      this.$('s-main').textContent = t(lang, 'summarySettlement', { amount: money(last.payment), date: date(last.dueDate) });
      facts.push(this.#proposal.summary);
    } else {
      // One payment: its real amount (in "I can pay X" mode X may be more than is owed).
      const regular = plan.count === 1 ? rows[0].payment : plan.installmentAmount;
      let main = t(lang, 'summaryInstallments', { count: plan.count, amount: money(regular) });
      const notes = [];
      if (rows.length > 1 && rows[0].payment !== plan.installmentAmount) notes.push(t(lang, 'summaryFirstDifferent', { amount: money(rows[0].payment) }));
      if (rows.length > 1 && last.payment !== plan.installmentAmount) notes.push(t(lang, 'summaryLastDifferent', { amount: money(last.payment) }));
      if (notes.length) main += ` (${notes.join('; ')})`;
      this.$('s-main').textContent = main;
      if (Number(plan.downPayment) > 0) facts.push(t(lang, 'summaryDown', { amount: money(plan.downPayment) }));
      if (Number(plan.totals.fees) > 0) facts.push(t(lang, 'summaryFee', { amount: money(plan.totals.fees) }));
      facts.push(t(lang, 'summaryLast', { date: date(last.dueDate) }));
    }
    facts.push(t(lang, 'summaryTotal', { amount: money(plan.totals.overall) }));
    facts.push(Number(plan.totals.cost) > 0 ? t(lang, 'summaryCost', { amount: money(plan.totals.cost) }) : t(lang, 'summaryNoCost'));
    this.$('s-facts').replaceChildren(...facts.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
    this.list('.violations', plan.policyViolations.map((v) => v.message));
    // Untouched fields show what the plan assumes: the policy's minimum down
    // payment, and the first due date one period from today.
    this.$('down').placeholder = Number(plan.downPayment) > 0 ? money(plan.downPayment) : '0';
    if (this.#choice.mode !== 'settlement') this.put('first-date', this.#choice.firstDate || rows[0].dueDate);
    this.status('');
    this.#renderSchedule(plan, lang);
    this.$('proposal-text').textContent = message.body;
    this.#renderSend();
  }

  /** The schedule as a list that reads well at 360 px. */
  #renderSchedule(plan, lang) {
    const money = (v) => this.#money(v);
    const showInterest = Number(plan.totals.interest) > 0;
    const item = (title, dueDate, amount, detail) => {
      const li = document.createElement('li');
      const head = Object.assign(document.createElement('span'), { className: 'what', textContent: title });
      const when = Object.assign(document.createElement('span'), { className: 'when', textContent: fmt.date(dueDate, this.locale) });
      const much = Object.assign(document.createElement('span'), { className: 'much', textContent: amount });
      li.append(head, when, much);
      if (detail) li.append(Object.assign(document.createElement('span'), { className: 'detail', textContent: detail }));
      return li;
    };
    const items = [];
    if (Number(plan.downPayment) > 0) items.push(item(t(lang, 'downRow'), this.#input.startDate, money(plan.downPayment)));
    if (Number(plan.totals.fees) > 0) items.push(item(t(lang, 'feeRow'), this.#input.startDate, money(plan.totals.fees)));
    for (const r of plan.schedule) {
      const detail = showInterest ? t(lang, 'rowDetail', { interest: money(r.interest), balance: money(r.balance) }) : '';
      items.push(item(t(lang, 'rowNumber', { number: r.number }), r.dueDate, money(r.payment), detail));
    }
    this.$('pay-list').replaceChildren(...items);
  }

  /** WhatsApp and e-mail links carry the message; disabled while the plan breaks the policy. */
  #renderSend() {
    const o = this.#offer;
    const p = this.#proposal;
    const ok = Boolean(p) && p.plan.policyViolations.length === 0;
    const whatsapp = this.$('via-whatsapp');
    const email = this.$('via-email');
    whatsapp.hidden = !o.creditor.whatsapp;
    email.hidden = !o.creditor.email;
    if (ok && o.creditor.whatsapp) whatsapp.href = `https://wa.me/${o.creditor.whatsapp.replace(/\D/g, '')}?text=${encodeURIComponent(p.message.body)}`;
    else whatsapp.removeAttribute('href');
    if (ok && o.creditor.email) {
      const body = p.message.body.replace(/\r?\n/g, '\r\n');
      email.href = `mailto:${o.creditor.email}?subject=${encodeURIComponent(p.message.subject)}&body=${encodeURIComponent(body)}`;
    } else email.removeAttribute('href');
    for (const a of [whatsapp, email]) a.setAttribute('aria-disabled', String(!ok));
    for (const id of ['copy-proposal', 'calendar']) this.$(id).disabled = !ok;
    this.root.querySelector('.send-blocked').hidden = ok;
  }

  onInput(event) {
    const el = event.target;
    const c = this.#choice;
    switch (el.id || el.name) {
      case 'mode': c.mode = el.value; break;
      case 'count':
      case 'count-range': c.count = el.value; break;
      case 'per-amount': c.perAmount = el.value; break;
      case 'frequency': c.frequency = el.value; break;
      case 'down': c.down = el.value; break;
      case 'first-date': c.firstDate = el.value; break;
      case 'pay-on': c.payOn = el.value; break;
      default: return;
    }
    if (el.id === 'count-range') this.$('count').value = el.value;
    this.schedule();
  }

  onClick(event) {
    const button = event.target.closest?.('button, a');
    if (!button) return;
    if (button.matches('a[aria-disabled="true"]')) {
      event.preventDefault();
      return;
    }
    if (button.dataset.step) this.#step(Number(button.dataset.step));
    if (button.id === 'copy-proposal') this.#copy();
    if (button.id === 'calendar') this.#calendar();
  }

  #step(delta) {
    const max = this.#offer.policy.maxInstallments ?? 60;
    const now = Number.parseInt(this.#choice.count, 10) || 1;
    this.#choice.count = String(Math.min(max, Math.max(1, now + delta)));
    this.$('count').value = this.#choice.count;
    this.schedule();
  }

  async #copy() {
    const lang = this.language;
    const status = this.root.querySelector('.copy-status');
    try {
      await navigator.clipboard.writeText(this.#proposal.message.body);
      status.textContent = t(lang, 'copied');
    } catch {
      this.root.querySelector('.send details').open = true;
      status.textContent = t(lang, 'copyFailed');
    }
  }

  #calendar() {
    const o = this.#offer;
    const input = { ...this.#input, creditorName: o.creditor.name };
    delete input.policy;
    try {
      const { ics } = this.api.planCalendar(input);
      download(`cobro-${(o.reference ?? 'plan').replace(/[^\w-]+/g, '-').slice(0, 40)}.ics`, ics, 'text/calendar;charset=utf-8');
    } catch (error) {
      this.status(error?.message ?? String(error), true);
    }
  }
}

defineOnce('cobro-debtor', CobroDebtor);
