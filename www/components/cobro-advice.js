// <cobro-advice>: for one customer's open invoices, the step to take
// today, on which channel, and the messages ready to send.
//
// Attributes: `invoices` ("F-101|1000|2026-10-01|0; F-107|480,40|2026-10-10"
// = number|amount|due date|paid), `currency`, `as-of` (default: today),
// `customer-name`, `b2b` (boolean), `segment`, `channels` ("email,sms"),
// `promises` ("2026-10-28|1000|pending"; status pending, kept or broken),
// `history` (past invoices "F-80|500|2026-06-01|2026-06-03" = number|amount|
// due|paid date, to classify the customer when no `segment` is given),
// `disputed` (boolean), `creditor-name`, `payment-methods` ("transferencia,
// Bizum"), `payment-link`, `creditor-contact`, `regime`, `ladder` (your own
// steps: "first_reminder|2|email,whatsapp; firm_notice|12|email,call"),
// `lang`, `locale`. The ladder is kept in this browser's localStorage only
// when the user ticks "remember".
// Emits `cobro-change` with the `collectionAdvice` result.

import { provideGlue } from '../lib/api.js';
// The tool's wasm-bindgen glue comes with the component, in the same
// download wave, rather than one round trip after it.
import * as glue from '../pkg/tools/advice.js';
import { CobroElement, defineOnce, inputFromAttributes, toolTemplate, stackLabels, PROVISIONAL_NOTICE, nextDay, COVERAGE_NOTICE_WITH_RATE } from './base.js';
import { t } from '../lib/i18n.js';
import * as fmt from '../lib/format.js';
import { download } from '../lib/export.js';
import { parseRows, formatRows, renderGrid, readGrid, parseInvoiceCsv } from '../lib/rows.js';
import { drawLadder } from '../lib/ladder-chart.js';
import { toIcs } from '../lib/ics.js';
import { regimeOption } from '../lib/form.js';

provideGlue('advice', glue);

const FIELDS = [
  ['currency', 'currency', 'text'],
  ['as-of', 'asOf', 'text'],
  ['regime', 'regime', 'text'],
  ['customer-name', 'customer.name', 'text'],
  ['segment', 'customer.segment', 'text'],
  ['channels', 'customer.channels', 'list'],
  ['creditor-name', 'creditor.name', 'text'],
  ['payment-methods', 'creditor.paymentMethods', 'list'],
  ['payment-link', 'creditor.paymentLink', 'text'],
  ['creditor-contact', 'creditor.contact', 'text'],
  ['past-coverage', 'pastCoverage', 'text'],
  ['holidays', 'holidays', 'list'],
];
const BOOLEANS = ['b2b', 'disputed'];
const GRIDS = {
  invoices: { separator: '|', columns: ['colInvoice', 'colAmount', 'colDueDate', 'colAlreadyPaid'], types: ['text', 'decimal', 'date', 'decimal'] },
  promises: { separator: '|', columns: ['promiseDate', 'promiseAmount', 'promiseStatus'], types: ['date', 'decimal', 'select'] },
  history: { separator: '|', columns: ['colInvoice', 'colAmount', 'colDueDate', 'colPaidDate'], types: ['text', 'decimal', 'date', 'date'] },
  ladder: { separator: '|', columns: ['colStage', 'colDay', 'colChannels'], types: ['select', 'text', 'text'] },
  contacts: { separator: '|', columns: ['contactDate', 'colStage', 'colChannel'], types: ['date', 'select', 'select'] },
};
const CHANNELS = ['email', 'sms', 'whatsapp', 'call', 'letter'];
const STAGES = ['pre_due', 'first_reminder', 'second_reminder', 'firm_notice', 'suspension_notice', 'formal_demand', 'collection_agency', 'legal_action'];
const LADDER_KEY = 'cobro.advice.ladder';
/** A saved ladder is a few steps: anything longer was not written by this page. */
const MAX_SAVED_LADDER = 4096;

/** localStorage, or null where it is blocked (private modes, sandboxed frames). */
const CONTACTS_KEY = 'cobro.advice.contacts';
/** At most this many customers' records, each at most this long: anything larger was not written by this page. */
const MAX_SAVED_CUSTOMERS = 200;
const MAX_SAVED_CONTACTS = 8192;

/** The saved records of what was sent, by customer name: `{name: "date|stage|channel; …"}`; anything else is dropped. */
function savedContacts() {
  try {
    const map = JSON.parse(storage()?.getItem(CONTACTS_KEY) ?? '{}');
    if (typeof map !== 'object' || map === null || Array.isArray(map)) throw new TypeError('not a map');
    const entries = Object.entries(map).filter(([, v]) => typeof v === 'string' && v.length <= MAX_SAVED_CONTACTS && /^[\w|,; -]*$/.test(v));
    return new Map(entries.slice(0, MAX_SAVED_CUSTOMERS));
  } catch {
    storage()?.removeItem(CONTACTS_KEY);
    return new Map();
  }
}

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function targetOf(field) {
  if (field.startsWith('ladder')) return 'ladder';
  if (field.startsWith('customer.history')) return 'history';
  if (field.startsWith('invoices')) return 'invoices';
  if (field.startsWith('promises')) return 'promises';
  if (field.startsWith('holidays')) return 'holidays';
  return {
    currency: 'currency',
    asOf: 'as-of',
    regime: 'regime',
    'customer.name': 'customer-name',
    'customer.segment': 'segment',
    'creditor.name': 'creditor-name',
  }[field];
}

const FORM = {
  'customer-name': { label: 'customerName', placeholder: 'Talleres Ruiz, S.L.' },
  segment: { label: 'segment', control: 'select' },
  currency: { label: 'currency', control: 'select', grow: false },
  'as-of': { label: 'asOf', control: 'date', hint: 'asOfHint' },
  holidays: { label: 'holidays', placeholder: 'ES, 2026-12-24', hint: 'holidaysHint' },
  regime: { label: 'lateRegime', control: 'select' },
  'creditor-name': { label: 'creditorName' },
  'payment-methods': { label: 'paymentMethods', placeholderKey: 'paymentMethodsPlaceholder' },
  'payment-link': { label: 'paymentLink', placeholder: 'https://' },
  'creditor-contact': { label: 'creditorContact' },
};

const template = toolTemplate({
  wideForm: true,
  keyFigures: `
    <dl class="summary" part="summary">
      <div class="card main"><dt data-t="stageToday"></dt><dd class="words" id="s-stage"></dd><dd class="sub" id="s-contact"></dd></div>
      <div class="card"><dt data-t="totalDue"></dt><dd id="s-total"></dd><dd class="sub" id="s-breakdown"></dd></div>
      <div class="card"><dt data-t="nextStep"></dt><dd class="words" id="s-next"></dd><dd class="sub" id="s-next-date"></dd></div>
      <div class="card"><dt data-t="segment"></dt><dd class="words" id="s-segment"></dd><dd class="sub" id="s-days"></dd></div>
    </dl>${PROVISIONAL_NOTICE}${COVERAGE_NOTICE_WITH_RATE}`,
  form: `
  <fieldset part="fieldset">
    <legend data-t="customer"></legend>
    <div data-slot="customer-name"></div>
    <div class="row"><div data-slot="segment"></div><div data-slot="currency"></div></div>
    <div class="checks">
      <label><input type="checkbox" id="b2b" part="input"> <span data-t="b2bLabel"></span></label>
      <label><input type="checkbox" id="disputed" part="input"> <span data-t="disputedLabel"></span></label>
    </div>
    <details class="history">
      <summary data-t="historyTitle"></summary>
      <p class="hint" data-t="historyHint"></p>
      <table class="rows grid stack" part="rows">
        <thead><tr><th scope="col" data-t="colInvoice"></th><th scope="col" data-t="colAmount"></th><th scope="col" data-t="colDueDate"></th><th scope="col" data-t="colPaidDate"></th><th scope="col"><span class="visually-hidden" data-t="removeRow"></span></th></tr></thead>
        <tbody id="history-rows"></tbody>
      </table>
      <p class="error" id="history-error" part="error"></p>
      <button type="button" class="add" data-add="history" part="button" data-t="addHistory"></button>
    </details>
  </fieldset>
  <fieldset part="fieldset">
    <legend data-t="openInvoices"></legend>
    <table class="rows grid stack" part="rows">
      <thead><tr><th scope="col" data-t="colInvoice"></th><th scope="col" data-t="colAmount"></th><th scope="col" data-t="colDueDate"></th><th scope="col" data-t="colAlreadyPaid"></th><th scope="col"><span class="visually-hidden" data-t="removeRow"></span></th></tr></thead>
      <tbody id="invoices-rows"></tbody>
    </table>
    <p class="error" id="invoices-error" part="error"></p>
    <button type="button" class="add" data-add="invoices" part="button" data-t="addInvoice"></button>
    <details class="csv-import">
      <summary data-t="pasteCsv"></summary>
      <label for="csv" class="visually-hidden" data-t="pasteCsv"></label>
      <textarea id="csv" rows="4" part="input" data-t-placeholder="csvHint" aria-describedby="csv-error"></textarea>
      <button type="button" class="import" part="button" data-t="importCsv"></button>
      <p class="csv-note" id="csv-error" part="error" role="alert"></p>
    </details>
    <div class="row"><div data-slot="as-of"></div><div data-slot="holidays"></div></div>
  </fieldset>
  <fieldset part="fieldset">
    <legend data-t="promisesTitle"></legend>
    <table class="rows grid stack" part="rows">
      <thead><tr><th scope="col" data-t="promiseDate"></th><th scope="col" data-t="promiseAmount"></th><th scope="col" data-t="promiseStatus"></th><th scope="col"><span class="visually-hidden" data-t="removeRow"></span></th></tr></thead>
      <tbody id="promises-rows"></tbody>
    </table>
    <p class="error" id="promises-error" part="error"></p>
    <button type="button" class="add" data-add="promises" part="button" data-t="addPromise"></button>
  </fieldset>
  <fieldset part="fieldset" class="contacts">
    <legend data-t="contactsTitle"></legend>
    <p class="hint" data-t="contactsHint"></p>
    <table class="rows grid stack" part="rows">
      <thead><tr><th scope="col" data-t="contactDate"></th><th scope="col" data-t="colStage"></th><th scope="col" data-t="colChannel"></th><th scope="col"><span class="visually-hidden" data-t="removeRow"></span></th></tr></thead>
      <tbody id="contacts-rows"></tbody>
    </table>
    <p class="error" id="contacts-error" part="error"></p>
    <label class="remember"><input type="checkbox" id="remember-contacts" part="input"> <span data-t="rememberContacts"></span></label>
  </fieldset>
  <details part="details" class="ladder-editor">
    <summary data-t="ladderEditor"></summary>
    <p class="hint" data-t="ladderHint"></p>
    <table class="rows grid stack" part="rows">
      <thead><tr><th scope="col" data-t="colStage"></th><th scope="col" data-t="colDay"></th><th scope="col" data-t="colChannels"></th><th scope="col"><span class="visually-hidden" data-t="removeRow"></span></th></tr></thead>
      <tbody id="ladder-rows"></tbody>
    </table>
    <p class="error" id="ladder-error" part="error"></p>
    <div class="actions">
      <button type="button" class="add" data-add="ladder" part="button" data-t="addStep"></button>
      <button type="button" class="reset-ladder" part="button" data-t="resetLadder"></button>
    </div>
    <label class="remember"><input type="checkbox" id="remember-ladder" part="input"> <span data-t="rememberLadder"></span></label>
    <p class="hint" id="saved-note" role="status"></p>
  </details>
  <details part="details" class="more">
    <summary data-t="creditorAndInterest"></summary>
    <div data-slot="creditor-name"></div>
    <div data-slot="payment-methods"></div>
    <div data-slot="payment-link"></div>
    <div data-slot="creditor-contact"></div>
    <div data-slot="regime"></div>
  </details>
`,
  breakdown: `
    <figure class="chart ladder" part="ladder">
      <svg aria-labelledby="ladder-caption"></svg>
      <figcaption id="ladder-caption" data-t="ladderTitle"></figcaption>
    </figure>
    <section class="notes reasons" part="reasons" hidden>
      <h3 data-t="reasonsTitle"></h3>
      <ul></ul>
    </section>
    <section class="actions-list" part="actions-list">
      <h3 data-t="actionsTitle"></h3>
      <ul id="actions"></ul>
    </section>
    <section class="notes" part="notes" hidden>
      <h3 data-t="notes"></h3>
      <ul></ul>
    </section>
    <h3 data-t="messagesTitle"></h3>
    <div id="messages" class="messages" part="messages"></div>
    <div id="extra-messages" class="messages" part="messages"></div>
    <div class="actions" part="actions">
      <button type="button" class="ics" part="button" data-t="icsNext"></button>
    </div>`,
});

export class CobroAdvice extends CobroElement {
  static tool = 'advice';
  static observedAttributes = ['lang', 'locale', 'invoices', 'promises', 'history', 'ladder', 'contacts', 'rate-table', ...BOOLEANS, ...FIELDS.map(([attr]) => attr)];

  static booleanAttributes = BOOLEANS;

  #written = { invoices: null, promises: null, history: null, ladder: null, contacts: null };
  #regimesLang = '';
  /** @type {any[]} */
  #regimes = [];

  constructor() {
    super(template, FORM);
  }

  onReady() {
    this.fillCurrencies();
    // A ladder is remembered only when the user asked for it.
    let saved = storage()?.getItem(LADDER_KEY) ?? null;
    // Too long, or not "stage|day|channels" steps: ignored, said, and forgotten.
    if (saved !== null && (saved.length > MAX_SAVED_LADDER || !/^[\w|,; -]*$/.test(saved))) {
      storage()?.removeItem(LADDER_KEY);
      saved = null;
      this.$('saved-note').textContent = t(this.language, 'savedLadderIgnored');
    }
    if (saved && !this.hasAttribute('ladder')) this.setAttribute('ladder', saved);
    /** @type {HTMLInputElement} */ (this.$('remember-ladder')).checked = Boolean(saved);
  }

  update(lang) {
    this.#loadContacts();
    this.#fillOptions(lang);
    this.#syncForm(lang);
    this.#compute(lang);
  }

  prefill(lang) {
    this.holdOption('currency', this.getAttribute('currency') ?? 'EUR');
    const regime = this.getAttribute('regime') ?? '';
    this.holdOption('regime', regime, t(lang, regime ? 'loading' : 'noLateInterest'));
    const segment = this.getAttribute('segment') ?? '';
    this.holdOption('segment', segment, segment ? t(lang, `seg_${segment}`) : t(lang, 'segmentAuto'));
    this.#syncForm(lang);
  }

  #input() {
    const input = { lang: this.language, locale: this.locale, ...inputFromAttributes(this, FIELDS, this.locale) };
    input.asOf ??= fmt.today();
    const currency = input.currency ?? 'EUR';
    delete input.currency;
    input.customer = { ...(input.customer ?? {}), b2b: this.hasAttribute('b2b'), lang: this.language, locale: this.locale };
    input.disputed = this.hasAttribute('disputed');
    input.invoices = parseRows(this.getAttribute('invoices'), '|').map(([number, amount, dueDate, paid]) => {
      const row = { number, amount: fmt.decimalInput(amount ?? '', this.locale), currency, dueDate };
      if (paid) row.paid = fmt.decimalInput(paid, this.locale);
      return row;
    });
    const history = parseRows(this.getAttribute('history'), '|').map(([invoiceId, amount, dueDate, paidDate]) => {
      const row = { invoiceId, amount: fmt.decimalInput(amount ?? '', this.locale), dueDate };
      if (paidDate) row.paidDate = paidDate;
      return row;
    });
    if (history.length) input.customer.history = history;
    const ladder = parseRows(this.getAttribute('ladder'), '|').map(([stage, day, channels]) => {
      const step = { stage, day: day ?? '' };
      const list = (channels ?? '').split(',').map((c) => c.trim()).filter(Boolean);
      if (list.length) step.channels = list;
      return step;
    });
    if (ladder.length) input.ladder = ladder;
    // What was sent: once the attribute is there (even empty), the ladder
    // advances from the record (SPEC §5).
    // The rate past the regime's table, typed in the coverage notice.
    const rates = parseRows(this.getAttribute('rate-table'));
    if (rates.length) input.rateTable = rates.map(([from, rate]) => ({ from, ratePercent: fmt.decimalInput(rate, this.locale) }));
    if (this.hasAttribute('contacts')) {
      input.contacts = parseRows(this.getAttribute('contacts'), '|').map(([date, stage, channel]) => ({ date, stage, channel }));
    }
    input.promises = parseRows(this.getAttribute('promises'), '|').map(([date, amount, status]) => {
      const row = { date };
      if (amount) row.amount = fmt.decimalInput(amount, this.locale);
      if (status === 'kept') row.kept = true;
      if (status === 'broken') row.kept = false;
      return row;
    });
    return input;
  }

  #compute(lang) {
    if (!this.getAttribute('invoices')?.trim()) {
      this.status(t(lang, 'addInvoice') + ' …');
      this.showOutput(false);
      return;
    }
    let result;
    try {
      result = this.api.collectionAdvice(this.#input());
    } catch (error) {
      this.fail(error, targetOf);
      const m = /^(invoices|promises)\[(\d+)\]\.(\w+)$/.exec(error?.field ?? '');
      if (m) {
        const columns = { number: 0, amount: 1, dueDate: 2, paid: 3, currency: 1, date: 0, kept: 2 };
        this.$(`${m[1]}-${m[2]}-${columns[m[3]] ?? 0}`)?.setAttribute('aria-invalid', 'true');
      }
      return;
    }
    this.#render(result, lang);
    this.emit(result);
  }

  #render(r, lang) {
    const locale = this.locale;
    const f = r.figures;
    const money = (v) => fmt.money(v, f.currency, locale);
    const date = (iso) => fmt.date(iso, locale);
    this.showOutput(true);
    this.$('s-stage').textContent = t(lang, `st_${r.stage}`);
    // The step is today's unless its contact day is later (a gap after the last contact, a promise).
    const later = r.contactDate > this.#input().asOf && r.stage !== 'promise_pending';
    this.root.querySelector('.card.main dt').textContent = t(lang, later ? 'stageComing' : 'stageToday');
    this.$('s-contact').textContent = t(lang, 'contactOn', { date: date(r.contactDate) });
    this.$('s-total').textContent = money(f.totalDue);
    // No compensation (Colombia's regime, a consumer): no "compensation 0" either.
    this.$('s-breakdown').textContent = t(lang, Number(f.compensation) === 0 ? 'adviceBreakdownNoCompensation' : 'adviceBreakdown', {
      due: money(f.amountDue),
      interest: f.interest === null ? t(lang, 'unknown') : money(f.interest),
      compensation: money(f.compensation),
    });
    this.$('s-next').textContent = r.nextStage ? this.#stageLabel(r, r.nextStage.stage) : '—';
    this.$('s-next-date').textContent = r.nextStage ? date(r.nextStage.date) : '';
    this.$('s-segment').textContent = r.segment ? t(lang, `seg_${r.segment}`) : t(lang, 'segmentUnknown');
    this.$('s-days').textContent = f.daysLate > 0 ? t(lang, 'daysLate', { days: f.daysLate }) : t(lang, 'notLate');
    this.$('actions').replaceChildren(...r.actions.map((a) => Object.assign(document.createElement('li'), { textContent: a.text })));
    // Interest on an assumed rate is marked; interest past a table's end
    // (unknown) gets the one-click way on, next to the figures it is missing from.
    const notes = this.markProvisional(f.provisional, r.notes);
    const regime = this.#regimes.find((x) => x.id === this.getAttribute('regime'));
    const unknown = f.interest === null && regime?.coveredUntil && r.notes.some((n) => n.code === 'interest_unknown');
    if (unknown) {
      this.offerLastRate(
        regime,
        t(lang, 'coverageNoticeTool', {
          regime: regime.name,
          until: fmt.date(regime.coveredUntil, locale, 'long'),
          from: fmt.date(nextDay(regime.coveredUntil), locale, 'long'),
        }),
        lang,
      );
    } else {
      // A rate typed for the days past the table keeps its field in view.
      this.$('coverage-notice').hidden = !this.hasAttribute('rate-table');
    }
    this.list('.notes:not(.reasons)', notes.filter((n) => !(unknown && n.code === 'interest_unknown')).map((n) => n.message));
    this.list('.reasons', r.segmentReasons);
    this.#renderMessages(r, lang);
    const due = r.invoices.length ? r.invoices.reduce((a, b) => (a.dueDate < b.dueDate ? a : b)).dueDate : r.contactDate;
    const offset = (iso) => Math.round((Date.parse(iso) - Date.parse(due)) / 86_400_000);
    drawLadder(this.root.querySelector('.ladder svg'), {
      steps: r.ladder.map((s) => ({ stage: s.stage, day: s.day, label: `${s.day > 0 ? '+' : ''}${s.day}` })),
      today: f.daysLate,
      next: r.nextStage ? offset(r.nextStage.date) : null,
      current: r.stage,
      labels: { title: t(lang, 'ladderTitle'), today: t(lang, 'todayMark'), next: t(lang, 'nextMark'), due: t(lang, 'dueMark') },
    });
    this.status(t(lang, 'adviceUpdated', { stage: r.stageName }));
  }

  /** `invoices[2].amount` → "Importe (fila 3)": a row editor's column. */
  fieldLabel(path) {
    const m = /^(?:customer\.)?(invoices|promises|history|ladder|contacts)\[(\d+)\]\.(\w+)$/.exec(path);
    if (!m) return '';
    const columns = {
      invoices: { number: 0, amount: 1, currency: 1, dueDate: 2, paid: 3 },
      promises: { date: 0, amount: 1, kept: 2 },
      history: { invoiceId: 0, amount: 1, dueDate: 2, paidDate: 3 },
      ladder: { stage: 0, day: 1, channels: 2 },
      contacts: { date: 0, stage: 1, channel: 2 },
    }[m[1]];
    const key = GRIDS[m[1]].columns[columns[m[3]] ?? -1];
    return key ? t(this.language, 'rowOf', { label: t(this.language, key), row: Number(m[2]) + 1 }) : '';
  }

  /** A step's name; the next step of a pending promise is its reminder. */
  #stageLabel(r, stage) {
    return t(this.language, stage === 'promise_pending' ? 'promiseReminder' : `st_${stage}`);
  }

  #renderMessages(r, lang) {
    this.$('messages').replaceChildren(...r.messages.map((m, i) => this.#message(m, i, t(lang, `ch_${m.channel}`), r, lang)));
    this.$('extra-messages').replaceChildren(
      ...r.extraMessages.map((m, i) => this.#message(m, r.messages.length + i, t(lang, `extra_${m.kind}`), r, lang)),
    );
    this.root.querySelector('button.ics').hidden = !r.nextStage;
  }

  /** One message card: title, subject, body as text, copy and open buttons. */
  #message(m, i, title, r, lang) {
        const article = document.createElement('article');
        article.className = `message ${m.channel}${m.kind ? ` ${m.kind}` : ''}`;
        article.setAttribute('part', 'message');
        const h = Object.assign(document.createElement('h4'), { textContent: title });
        article.append(h);
        if (m.subject) article.append(Object.assign(document.createElement('p'), { className: 'subject', textContent: m.subject }));
        const body = Object.assign(document.createElement('pre'), { className: 'body', textContent: m.body, id: `message-${i}` });
        article.append(body);
        if (m.sms) {
          article.append(Object.assign(document.createElement('p'), {
            className: 'hint',
            textContent: t(lang, 'smsLength', { units: m.sms.units, segments: m.sms.segments, encoding: m.sms.encoding.toUpperCase() }),
          }));
        }
        const tools = document.createElement('div');
        tools.className = 'actions';
        const copy = Object.assign(document.createElement('button'), { type: 'button', className: 'copy', textContent: t(lang, 'copy') });
        copy.dataset.copy = String(i);
        copy.setAttribute('part', 'button');
        tools.append(copy);
        // A step's message, once sent, goes on record: the ladder moves on from it.
        if (!m.kind && STAGES.includes(r.stage)) {
          const sent = Object.assign(document.createElement('button'), { type: 'button', className: 'mark-sent', textContent: t(lang, 'markSent') });
          sent.dataset.channel = m.channel;
          sent.setAttribute('part', 'button');
          tools.append(sent);
        }
        const href = linkFor(m);
        if (href) {
          const a = Object.assign(document.createElement('a'), { href, className: 'button-link', textContent: t(lang, `open_${m.channel}`) });
          a.setAttribute('part', 'button');
          if (href.startsWith('https:')) Object.assign(a, { target: '_blank', rel: 'noopener noreferrer' });
          tools.append(a);
        }
        article.append(tools);
        return article;
  }

  #syncForm(lang) {
    for (const [attr] of FIELDS) this.put(attr, this.getAttribute(attr) ?? '');
    this.put('currency', this.getAttribute('currency') ?? 'EUR');
    this.put('as-of', this.getAttribute('as-of') ?? fmt.today());
    for (const b of BOOLEANS) this.$(b).checked = this.hasAttribute(b);
    for (const [attr, spec] of Object.entries(GRIDS)) {
      const text = this.getAttribute(attr);
      if (text !== this.#written[attr]) {
        let rows = parseRows(text, spec.separator);
        // The ladder editor starts from the ladder in use.
        if (attr === 'ladder' && !rows.length && this.result) rows = ladderRows(this.result.ladder);
        this.#renderGrid(attr, rows, lang);
        this.#written[attr] = text;
      }
    }
  }

  #renderGrid(attr, rows, lang) {
    const spec = GRIDS[attr];
    const stages = STAGES.map((s) => [s, t(lang, `st_${s}`)]);
    const options =
      attr === 'ladder' || attr === 'contacts'
        ? stages
        : [['pending', t(lang, 'statusPending')], ['kept', t(lang, 'statusKept')], ['broken', t(lang, 'statusBroken')]];
    const channels = CHANNELS.map((c) => [c, t(lang, `via_${c}`)]);
    const columns = spec.columns.map((label, i) => ({
      label: t(lang, label),
      type: spec.types[i],
      options: spec.types[i] !== 'select' ? undefined : attr === 'contacts' && i === 2 ? channels : options,
    }));
    const tbody = this.$(`${attr}-rows`);
    renderGrid(tbody, attr, rows, columns, t(lang, 'removeRow'));
    stackLabels(tbody.parentElement);
  }

  #fillOptions(lang) {
    if (this.#regimesLang === lang) return;
    this.#regimesLang = lang;
    const regimes = this.api.rateRegimes({ lang }).filter((r) => r.id !== 'custom' && r.id !== 'fixed');
    this.#regimes = regimes;
    this.$('regime').replaceChildren(new Option(t(lang, 'noLateInterest'), ''), ...regimes.map((r) => regimeOption(r)));
    this.$('segment').replaceChildren(
      new Option(t(lang, 'segmentAuto'), ''),
      ...['punctual', 'mild_arrears', 'critical_arrears', 'high_risk'].map((s) => new Option(t(lang, `seg_${s}`), s)),
    );
    this.nameCurrencies(lang);
    this.put('regime', this.getAttribute('regime') ?? '');
    this.put('segment', this.getAttribute('segment') ?? '');
    // Row editors carry translated labels and options.
    this.#written = { invoices: null, promises: null, history: null, ladder: null, contacts: null };
  }

  onInput(event) {
    const el = event.target;
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) return;
    if (el.dataset.rows) return this.#writeGrid(el.dataset.rows);
    if (el.id === 'remember-ladder') return this.#remember();
    if (el.id === 'remember-contacts') return this.#rememberContacts();
    if (el.id === 'b2b') return this.#switchB2b(/** @type {HTMLInputElement} */ (el).checked);
    if (BOOLEANS.includes(el.id)) return this.toggleAttribute(el.id, /** @type {HTMLInputElement} */ (el).checked);
    if (FIELDS.some(([attr]) => attr === el.id)) this.setOrRemove(el.id, el.value);
  }

  /** The regime a commercial-only one becomes for a consumer (the API does the same, with a note). */
  static CONSUMER_REGIMES = { 'es-commercial': 'es-legal', 'de-b2b': 'de-b2c' };

  /** Unticking "business": a commercial-only regime switches, visibly, to the country's consumer one; ticking it again switches back. */
  #switchB2b(business) {
    const regime = this.getAttribute('regime') ?? '';
    const consumer = CobroAdvice.CONSUMER_REGIMES[regime];
    if (!business && consumer) {
      this.#commercialRegime = regime;
      this.setAttribute('regime', consumer);
    } else if (business && this.#commercialRegime && CobroAdvice.CONSUMER_REGIMES[this.#commercialRegime] === regime) {
      this.setAttribute('regime', this.#commercialRegime);
      this.#commercialRegime = '';
    }
    this.toggleAttribute('b2b', business);
  }

  #commercialRegime = '';

  #writeGrid(attr) {
    const spec = GRIDS[attr];
    const rows = readGrid(this.$(`${attr}-rows`)).filter((cells) => cells.some((c) => c && c !== 'pending'));
    const text = formatRows(rows, spec.separator);
    this.#written[attr] = text || null;
    // A record emptied is still a record: nothing sent yet.
    if (attr === 'contacts') this.setAttribute(attr, text);
    else this.setOrRemove(attr, text);
    if (attr === 'ladder') this.#remember();
    if (attr === 'contacts') this.#rememberContacts();
  }

  /** Keeps the ladder in localStorage while "remember" is ticked; forgets it otherwise. */
  /** The customer whose remembered record was last looked up. @type {string | null} */
  #contactsFor = null;

  /**
   * What was sent to this customer, when it was remembered here: looked up
   * whenever the customer changes (its name may be set after the module
   * is in), and put in an empty record.
   */
  #loadContacts() {
    const name = (this.getAttribute('customer-name') ?? '').trim();
    if (name === this.#contactsFor) return;
    this.#contactsFor = name;
    const sent = savedContacts().get(name);
    /** @type {HTMLInputElement} */ (this.$('remember-contacts')).checked = sent !== undefined;
    if (sent !== undefined && !this.getAttribute('contacts')) this.setAttribute('contacts', sent);
  }

  /** Keeps this customer's record of what was sent while its "remember" is ticked; forgets it otherwise. */
  #rememberContacts() {
    const store = storage();
    if (!store) return;
    const name = (this.getAttribute('customer-name') ?? '').trim();
    const map = savedContacts();
    const keep = /** @type {HTMLInputElement} */ (this.$('remember-contacts')).checked;
    if (keep && this.hasAttribute('contacts')) map.set(name, this.getAttribute('contacts') ?? '');
    else map.delete(name);
    if (map.size) store.setItem(CONTACTS_KEY, JSON.stringify(Object.fromEntries(map)));
    else store.removeItem(CONTACTS_KEY);
  }

  #remember() {
    const store = storage();
    if (!store) return;
    const text = this.getAttribute('ladder');
    if (/** @type {HTMLInputElement} */ (this.$('remember-ladder')).checked && text) store.setItem(LADDER_KEY, text);
    else store.removeItem(LADDER_KEY);
  }

  onClick(event) {
    const button = event.target.closest?.('button');
    if (!button) return;
    const lang = this.language;
    if (button.dataset.add) {
      const attr = button.dataset.add;
      const rows = readGrid(this.$(`${attr}-rows`));
      if (attr === 'ladder' && !rows.length && this.result) rows.push(...ladderRows(this.result.ladder));
      else rows.push(attr === 'promises' ? [fmt.today(), '', 'pending'] : attr === 'ladder' ? ['legal_action', '', ''] : ['', '', '', '']);
      this.#renderGrid(attr, rows, lang);
      this.$(`${attr}-${rows.length - 1}-0`)?.focus();
    } else if (button.dataset.remove !== undefined) {
      const attr = button.dataset.rows;
      const rows = readGrid(this.$(`${attr}-rows`)).filter((_, i) => String(i) !== button.dataset.remove);
      this.#renderGrid(attr, rows, lang);
      this.#writeGrid(attr);
    } else if (button.classList.contains('mark-sent') && this.result) {
      const rows = parseRows(this.getAttribute('contacts'), '|');
      rows.push([this.#input().asOf, this.result.stage, button.dataset.channel]);
      this.setAttribute('contacts', formatRows(rows, '|'));
      this.#rememberContacts();
      this.status(t(lang, 'markedSent'));
    } else if (button.classList.contains('import')) {
      const csv = /** @type {HTMLTextAreaElement} */ (this.$('csv'));
      const { rows, rejected } = parseInvoiceCsv(csv.value, this.locale);
      if (rows.length) {
        const current = readGrid(this.$('invoices-rows')).filter((cells) => cells.some(Boolean));
        this.#renderGrid('invoices', [...current, ...rows], lang);
        this.#writeGrid('invoices');
      }
      // Every line that could not be read is named, and stays in the box to be fixed.
      const lines = csv.value.split(/\r?\n/);
      csv.value = rejected.map((r) => lines[r.line - 1] ?? r.text).join('\n');
      this.$('csv-error').textContent = rejected.length
        ? t(lang, 'csvRejected', { lines: rejected.map((r) => r.line).join(', ') })
        : '';
    } else if (button.dataset.copy !== undefined) {
      const text = this.$(`message-${button.dataset.copy}`)?.textContent ?? '';
      navigator.clipboard?.writeText(text).then(
        () => this.status(t(lang, 'copied')),
        () => this.status(t(lang, 'copyFailed'), true),
      );
    } else if (button.classList.contains('ics')) {
      this.#downloadIcs();
    } else if (button.classList.contains('reset-ladder')) {
      this.removeAttribute('ladder');
      /** @type {HTMLInputElement} */ (this.$('remember-ladder')).checked = false;
      this.#remember();
    }
  }

  #downloadIcs() {
    const r = this.result;
    if (!r?.nextStage) return;
    const lang = this.language;
    const now = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const who = r.values.customerName;
    const ics = toIcs(
      [{
        date: r.nextStage.date,
        uid: `${r.nextStage.date}-${r.nextStage.stage}-${encodeURIComponent(who)}@cobro`,
        summary: t(lang, 'icsSummary', { stage: t(lang, `st_${r.nextStage.stage}`), customer: who }),
        description: `${r.values.invoiceNumbers} · ${r.values.totalDue}`,
      }],
      now,
    );
    download('cobro-next-contact.ics', ics, 'text/calendar;charset=utf-8');
  }
}

/** The editor rows of a ladder from the API. */
function ladderRows(ladder) {
  return ladder.map((s) => [s.stage, String(s.day), s.channels.join(', ')]);
}

/** mailto:, sms: and wa.me links with the message, or null. */
function linkFor(m) {
  const enc = encodeURIComponent;
  switch (m.channel) {
    case 'email':
      return `mailto:?subject=${enc(m.subject ?? '')}&body=${enc(m.body)}`;
    case 'sms':
      return `sms:?&body=${enc(m.body)}`;
    case 'whatsapp':
      return `https://wa.me/?text=${enc(m.body)}`;
    default:
      return null;
  }
}

defineOnce('cobro-advice', CobroAdvice);
