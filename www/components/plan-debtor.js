// The creditor's side of debtor self-service, inside <cobro-plan>: a panel
// that turns the plan's terms into a link for the debtor (copy, share, QR
// code), and a panel that checks a proposal the debtor sent back against
// the terms in the form now — never against the link, which the debtor can
// edit. The link, the check and every text come from the core
// (`encodeOffer`, `checkProposal`); this file only wires the DOM.

import { t } from '../lib/i18n.js';
import { loadCobro } from '../lib/api.js';
import * as fmt from '../lib/format.js';

/** Offer inputs that are not `paymentPlan` inputs: attribute → offer field. */
export const OFFER_ATTRIBUTES = [
  ['reference', 'reference'],
  ['creditor-name', 'creditor.name'],
  ['creditor-email', 'creditor.email'],
  ['creditor-whatsapp', 'creditor.whatsapp'],
  ['valid-until', 'validUntil'],
  ['settlement-percent', 'settlement.percent'],
  ['settlement-deadline', 'settlement.deadline'],
  ['max-first-payment-days', 'policy.maxFirstPaymentDays'],
  // The creditor's country (ISO 3166, `CO`, `GB-ENG`): the debtor's plan
  // moves its due dates off that country's public holidays.
  ['country', 'country'],
];

/** Days to the first payment when the creditor leaves the field empty (shown as its placeholder). */
export const DEFAULT_FIRST_PAYMENT_DAYS = '31';

/** Control ids of the offer fields (the API path → the control showing its error). */
export const OFFER_ERROR_TARGET = {
  reference: 'reference',
  'creditor.name': 'creditor-name',
  'creditor.email': 'creditor-email',
  'creditor.whatsapp': 'creditor-whatsapp',
  validUntil: 'valid-until',
  'settlement.percent': 'settlement-percent',
  'settlement.deadline': 'settlement-deadline',
  'policy.maxFirstPaymentDays': 'max-first-payment-days',
};

/** Their labelled fields (lib/form.js). */
export const OFFER_FORM = {
  reference: { label: 'reference', placeholder: 'F-2026-014' },
  'creditor-name': { label: 'offerCreditorName' },
  'creditor-email': { label: 'creditorEmail', placeholderKey: 'emailPlaceholder' },
  'creditor-whatsapp': { label: 'creditorWhatsapp', inputmode: 'tel', placeholderKey: 'phonePlaceholder' },
  'valid-until': { label: 'validUntil', control: 'date' },
  'settlement-percent': { label: 'settlementPercent', inputmode: 'decimal', placeholder: '0' },
  'settlement-deadline': { label: 'settlementDeadline', control: 'date' },
  'max-first-payment-days': { label: 'maxFirstPaymentDays', inputmode: 'numeric', placeholder: DEFAULT_FIRST_PAYMENT_DAYS },
  'proposal-code': { label: 'proposalCode', control: 'textarea' },
};

const FREQUENCIES = ['weekly', 'biweekly', 'semimonthly', 'monthly', 'bimonthly', 'quarterly'];

/** Static markup of both panels (no data). */
export const DEBTOR_PANELS = `
  <details part="details debtor-link" class="for-debtor">
    <summary data-t="forDebtor"></summary>
    <p class="hint" data-t="forDebtorHint"></p>
    <div data-slot="creditor-name"></div>
    <div class="row"><div data-slot="creditor-email"></div><div data-slot="creditor-whatsapp"></div></div>
    <div class="row"><div data-slot="reference"></div><div data-slot="valid-until"></div></div>
    <div data-slot="max-first-payment-days"></div>
    <fieldset class="checks frequencies" part="fieldset">
      <legend data-t="allowedFrequencies"></legend>
      ${FREQUENCIES.map((f) => `<label><input type="checkbox" name="allowed" value="${f}"><span data-t="${f}"></span></label>`).join('')}
    </fieldset>
    <div class="row"><div data-slot="settlement-percent"></div><div data-slot="settlement-deadline"></div></div>
    <button type="button" class="make-link" part="button" data-t="makeLink"></button>
    <p class="error" id="link-error" part="error" role="alert"></p>
    <div class="link-out" hidden>
      <p class="hint" data-t="linkReady"></p>
      <label for="link-text" data-t="linkLabel"></label>
      <textarea id="link-text" rows="4" readonly part="input"></textarea>
      <div class="link-actions">
        <button type="button" class="copy-link" part="button" data-t="copy"></button>
        <button type="button" class="share-link" part="button" data-t="share" hidden></button>
        <button type="button" class="qr-link" part="button" data-t="showQr" aria-expanded="false"></button>
        <a class="button-link open-link" target="_blank" rel="noopener" part="button" data-t="openLink"></a>
      </div>
      <p class="copy-status" role="status" aria-live="polite"></p>
      <figure class="qr" hidden>
        <svg role="img" aria-labelledby="qr-title"><title id="qr-title" data-t="qrTitle"></title></svg>
        <figcaption data-t="qrCaption"></figcaption>
      </figure>
    </div>
  </details>
  <details part="details proposal-check" class="proposal-check">
    <summary data-t="checkProposal"></summary>
    <p class="hint" data-t="checkHint"></p>
    <div data-slot="proposal-code"></div>
    <button type="button" class="check-proposal" part="button" data-t="check"></button>
    <div class="check-out" aria-live="polite" hidden>
      <p class="verdict"></p>
      <ul class="check-violations"></ul>
      <p class="check-summary"></p>
      <details class="check-schedule-wrap">
        <summary class="check-schedule-title"></summary>
        <ol class="pay-list check-schedule"></ol>
      </details>
      <div class="reply">
        <h4 class="reply-title"></h4>
        <pre class="body reply-body"></pre>
        <div class="link-actions">
          <button type="button" class="copy-reply" part="button" data-t="copy"></button>
          <a class="button-link reply-email" part="button" data-t="sendEmail"></a>
          <a class="button-link reply-whatsapp" target="_blank" rel="noopener noreferrer" part="button" data-t="sendWhatsapp"></a>
        </div>
        <p class="copy-status reply-status" role="status" aria-live="polite"></p>
      </div>
    </div>
  </details>`;

/**
 * Wires the panels of `el` (a <cobro-plan>).
 * `el.offerInput()` gives the `encodeOffer` input of the form now;
 * `el.creditorTerms()` the creditor's terms for `checkProposal`.
 */
export class DebtorPanels {
  /** @param {any} el */
  constructor(el) {
    this.el = el;
    this.root = el.root;
    /** The last link made, so that a language switch keeps it. */
    this.link = '';
    /** @type {any} */
    this.check = null;
    /** The last proposal code read from the check field. */
    this.code = '';
    // The creditor's side of the links (encodeOffer, checkProposal) is its
    // own module: fetched when a panel is first opened, not with the plan.
    for (const panel of this.root.querySelectorAll('details.for-debtor, details.proposal-check')) {
      panel.addEventListener('toggle', () => panel.open && loadCobro('offer').catch(() => {}));
    }
  }

  /** The module with encodeOffer and checkProposal; null (with the reason shown in `slot`) if it fails to load. */
  async #offerApi(slot) {
    try {
      return await loadCobro('offer');
    } catch {
      if (slot) slot.textContent = t(this.el.language, 'loadFailed');
      return null;
    }
  }

  /** After each render: texts that depend on data, and the frequency boxes. */
  update(lang) {
    const allowed = (this.el.getAttribute('allowed-frequencies') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    for (const box of this.root.querySelectorAll('input[name="allowed"]')) {
      box.checked = allowed.includes(box.value);
    }
    this.root.querySelector('.share-link').hidden = typeof navigator.share !== 'function';
    if (this.code) this.#runCheck(lang);
  }

  /** The allowed-frequencies attribute from the boxes. */
  readFrequencies() {
    const values = [...this.root.querySelectorAll('input[name="allowed"]:checked')].map((b) => b.value);
    this.el.setOrRemove('allowed-frequencies', values.join(','));
  }

  /** @param {HTMLElement} button */
  onClick(button) {
    const is = (name) => button.classList.contains(name);
    if (is('make-link')) this.#makeLink();
    else if (is('copy-link')) this.#copy(this.link, '.link-out .copy-status');
    else if (is('share-link')) navigator.share?.({ url: this.link, title: t(this.el.language, 'linkLabel') }).catch(() => {});
    else if (is('qr-link')) this.#toggleQr(button);
    else if (is('check-proposal')) this.#check();
    else if (is('copy-reply') && this.check) this.#copy(this.check.reply.body, '.reply-status');
    else return false;
    return true;
  }

  async #makeLink() {
    const api = await this.#offerApi(this.root.getElementById('link-error'));
    if (!api) return;
    this.root.getElementById('link-error').textContent = '';
    for (const id of Object.values(OFFER_ERROR_TARGET)) {
      this.root.getElementById(`${id}-error`).textContent = '';
      this.root.getElementById(id).removeAttribute('aria-invalid');
      this.root.querySelector(`[data-field="${id}"]`)?.classList.remove('invalid');
    }
    let fragment;
    try {
      ({ fragment } = api.encodeOffer(this.el.offerInput()));
    } catch (e) {
      this.#showError(e);
      this.root.querySelector('.link-out').hidden = true;
      return;
    }
    const base = this.el.getAttribute('debtor-page') || location.href.split('#')[0];
    this.link = `${base}#${fragment}`;
    this.root.getElementById('link-text').value = this.link;
    this.root.querySelector('.open-link').href = this.link;
    this.root.querySelector('.link-out').hidden = false;
    this.root.querySelector('.qr').hidden = true;
    this.root.querySelector('.qr-link').setAttribute('aria-expanded', 'false');
    this.el.dispatchEvent(new CustomEvent('cobro-link', { detail: { link: this.link, fragment }, bubbles: true, composed: true }));
  }

  /** An offer error next to its field in the form, else under the button. */
  #showError(e) {
    if (!this.el.markField(e, this.el.errorTarget(e?.field ?? ''))) {
      this.root.getElementById('link-error').textContent = e?.message ?? String(e);
    }
  }

  async #copy(text, statusSelector) {
    const status = this.root.querySelector(statusSelector);
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = t(this.el.language, 'copied');
    } catch {
      status.textContent = t(this.el.language, 'copyFailed');
    }
  }

  /** The QR code module is fetched only now, the first time it is asked for. */
  async #toggleQr(button) {
    const figure = this.root.querySelector('.qr');
    if (!figure.hidden) {
      figure.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    const { encode } = await import('../vendor/uqr.mjs');
    const qr = encode(this.link, { ecc: 'M', border: 2 });
    drawQr(figure.querySelector('svg'), qr.data);
    figure.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  }

  /** The button: read the code from what was pasted, then check it. */
  #check() {
    this.code = extractCode(this.root.getElementById('proposal-code').value);
    this.#runCheck(this.el.language);
  }

  /**
   * Checks the last code against the form's terms as they are now: run
   * again on every update, so the verdict never outlives a change of the
   * terms or of the language.
   */
  async #runCheck(lang) {
    const api = this.code ? await this.#offerApi(this.root.getElementById('proposal-code-error')) : null;
    if (this.code && !api) return;
    const field = this.root.getElementById('proposal-code');
    const error = this.root.getElementById('proposal-code-error');
    const out = this.root.querySelector('.check-out');
    error.textContent = '';
    field.removeAttribute('aria-invalid');
    out.hidden = true;
    this.check = null;
    if (!this.code) {
      error.textContent = t(lang, 'noCode');
      field.setAttribute('aria-invalid', 'true');
      return;
    }
    try {
      this.check = api.checkProposal({ ...this.el.creditorTerms(), code: this.code });
    } catch (e) {
      // A fault of the creditor's own terms shows at its field; of the code, under the code.
      const own = !(e?.field ?? '').startsWith('code') && this.el.markField(e, this.el.errorTarget(e?.field ?? ''));
      if (!own) {
        error.textContent = e?.message ?? String(e);
        field.setAttribute('aria-invalid', 'true');
      }
      return;
    }
    this.#renderCheck(this.check, lang);
    out.hidden = false;
  }

  #renderCheck(check, lang) {
    const $ = (selector) => this.root.querySelector(selector);
    const locale = this.el.locale;
    const money = (v) => fmt.money(v, check.plan.currency, locale);
    const verdict = $('.verdict');
    verdict.textContent = check.fits ? `✓ ${t(lang, 'fits')}` : `✗ ${t(lang, 'doesNotFit')}`;
    verdict.className = `verdict ${check.fits ? 'fits' : 'no'}`;
    $('.check-violations').replaceChildren(...check.violations.map((v) => Object.assign(document.createElement('li'), { textContent: v.message })));
    $('.check-summary').textContent = check.summary;
    const row = (what, when, much) => {
      const li = document.createElement('li');
      li.append(
        Object.assign(document.createElement('span'), { className: 'what', textContent: what }),
        Object.assign(document.createElement('span'), { className: 'when', textContent: fmt.date(when, locale) }),
        Object.assign(document.createElement('span'), { className: 'much', textContent: money(much) }),
      );
      return li;
    };
    const start = check.input.startDate;
    const rows = [
      ...(Number(check.plan.downPayment) > 0 ? [row(t(lang, 'downRow'), start, check.plan.downPayment)] : []),
      ...(Number(check.plan.totals.fees) > 0 ? [row(t(lang, 'feeRow'), start, check.plan.totals.fees)] : []),
      ...check.plan.schedule.map((r) => row(t(lang, 'rowNumber', { number: r.number }), r.dueDate, r.payment)),
    ];
    $('.check-schedule').replaceChildren(...rows);
    $('.check-schedule-title').textContent = `${t(lang, 'scheduleList')} (${t(lang, 'countInstallments', { count: check.plan.count })})`;
    $('.reply-title').textContent = t(lang, check.fits ? 'replyFits' : 'replyDecline');
    $('.reply-body').textContent = check.reply.body;
    const body = encodeURIComponent(check.reply.body.replace(/\r?\n/g, '\r\n'));
    $('.reply-email').href = `mailto:?subject=${encodeURIComponent(check.reply.subject)}&body=${body}`;
    $('.reply-whatsapp').href = `https://wa.me/?text=${encodeURIComponent(check.reply.body)}`;
  }
}

/**
 * The proposal code in a pasted message: from `p<version>&` to its checksum
 * (`&k=` and 8 hex digits), across the line breaks and "> " quoting a mail
 * program may have added. A code that never reaches its checksum is given
 * as found, and the core says it is incomplete.
 * @param {string} text
 */
export function extractCode(text) {
  const start = text.search(/\bp\d+\s*&/);
  if (start < 0) return '';
  let code = '';
  for (const line of text.slice(start).split(/\r?\n/)) {
    code += line.replace(/^\s*(>\s*)*/, '').replace(/\s+/g, '');
    const whole = code.match(/^.*?&k=[0-9a-f]{8}/);
    if (whole) return whole[0];
  }
  return code;
}

/**
 * Draws QR modules as one SVG path, in true modules (the viewBox is the
 * matrix size), with DOM calls only.
 * @param {SVGSVGElement} svg @param {boolean[][]} data
 */
function drawQr(svg, data) {
  const NS = 'http://www.w3.org/2000/svg';
  const size = data.length;
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) d += `M${x} ${y}h1v1h-1z`;
  }));
  for (const old of svg.querySelectorAll('path, rect')) old.remove();
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(NS, 'rect');
  Object.entries({ width: size, height: size, fill: '#fff' }).forEach(([k, v]) => background.setAttribute(k, String(v)));
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('class', 'module');
  path.setAttribute('d', d);
  svg.append(background, path);
}
