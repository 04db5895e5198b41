// Facturia's own script: a made-up invoicing site that embeds Cobro, as an
// embedder would write it. The list's "interest to date" column comes from
// one `lateInterestBatch` call; an invoice's page sets the attributes of
// <cobro-interest> and passes its total due on to <cobro-plan>.
// The API comes from Cobro's min/api.js, which shares its code with the
// components' bundles: the interest wasm module is fetched once for both.
import { loadCobro } from '../min/api.js';

/** The site's invoices: what its own database would hold. */
const INVOICES = [
  { number: 'F-2026-029', customer: 'Clínica Dental Arce', amount: '890.00', issued: '2026-07-15', due: '2026-08-14', paidOn: '2026-08-12' },
  { number: 'F-2026-031', customer: 'Talleres Ruiz, S.L.', amount: '2500.00', issued: '2026-08-20', due: '2026-09-19' },
  { number: 'F-2026-038', customer: 'Gráficas Sol, S.L.', amount: '1200.00', issued: '2026-09-15', due: '2026-10-15', payments: [{ date: '2026-11-02', amount: '400.00' }] },
  { number: 'F-2026-042', customer: 'Panadería La Espiga', amount: '480.40', issued: '2026-10-21', due: '2026-11-20' },
];
const CURRENCY = 'EUR';
const REGIME = 'es-commercial';

const TEXTS = {
  es: {
    title: 'Facturia · facturas', language: 'Idioma', home: 'Facturia', invoices: 'Facturas',
    listLead: 'Intereses de demora a fecha de hoy según la Ley 3/2004, calculados en tu navegador con una sola llamada a Cobro.',
    colNumber: 'Número', colCustomer: 'Cliente', colDue: 'Vencimiento', colAmount: 'Importe', colDays: 'Días de retraso',
    colInterest: 'Intereses a hoy', colTotal: 'Total debido', totalOpen: 'Total pendiente', paid: 'Pagada el {date}', notDue: 'No vencida',
    back: '← Todas las facturas', invoice: 'Factura {number}', customer: 'Cliente', issued: 'Fecha de emisión', due: 'Vencimiento',
    amount: 'Importe', paymentsMade: 'Pagos recibidos', none: 'ninguno',
    interestTitle: 'Intereses de demora', planTitle: 'Ofrecer un plan de pagos',
    planLead: 'Por el total debido hoy, intereses incluidos: el cliente recibe el enlace y elige sus cuotas.',
    footer: 'Facturia es un ejemplo inventado. Cobro no envía ningún dato: todo se calcula en este navegador.',
    computing: 'Calculando los intereses…', computed: 'Intereses calculados a {date} para {count} facturas.', failed: 'No se pudieron calcular los intereses: {message}',
    unknownInvoice: 'No hay ninguna factura {number}.',
  },
  en: {
    title: 'Facturia · invoices', language: 'Language', home: 'Facturia', invoices: 'Invoices',
    listLead: 'Late-payment interest to date under Spain\u2019s Law 3/2004, computed in your browser by one call to Cobro.',
    colNumber: 'Number', colCustomer: 'Customer', colDue: 'Due date', colAmount: 'Amount', colDays: 'Days late',
    colInterest: 'Interest to date', colTotal: 'Total due', totalOpen: 'Total outstanding', paid: 'Paid on {date}', notDue: 'Not due yet',
    back: '← All invoices', invoice: 'Invoice {number}', customer: 'Customer', issued: 'Issue date', due: 'Due date',
    amount: 'Amount', paymentsMade: 'Payments received', none: 'none',
    interestTitle: 'Late-payment interest', planTitle: 'Offer a payment plan',
    planLead: 'For the total due today, interest included: the customer gets the link and picks the installments.',
    footer: 'Facturia is a made-up example. Cobro sends no data anywhere: everything is computed in this browser.',
    computing: 'Computing the interest…', computed: 'Interest computed to {date} for {count} invoices.', failed: 'The interest could not be computed: {message}',
    unknownInvoice: 'There is no invoice {number}.',
  },
};

let lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'es';
const locale = () => (lang === 'en' ? 'en-GB' : 'es-ES');
const say = (key, values = {}) => TEXTS[lang][key].replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
const money = (amount) => new Intl.NumberFormat(locale(), { style: 'currency', currency: CURRENCY }).format(Number(amount));
const date = (iso) => new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** Today in the reader's time zone, as YYYY-MM-DD. */
function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The invoices still open on `asOf` and past their due date: those that accrue interest. */
const overdue = (asOf) => INVOICES.filter((inv) => !inv.paidOn && inv.due < asOf);

/** What `lateInterest` needs for one invoice. */
function interestInput(invoice, asOf) {
  const input = { principal: invoice.amount, currency: CURRENCY, dueDate: invoice.due, asOf, regime: REGIME, lang, locale: locale() };
  if (invoice.payments) input.payments = invoice.payments;
  return input;
}

/** The interest of every overdue invoice, by number: one `lateInterestBatch` call. */
let figures = new Map();
let computedFor = '';

async function computeList() {
  const asOf = today();
  const status = document.getElementById('list-status');
  status.textContent = say('computing');
  status.classList.remove('is-error');
  try {
    const api = await loadCobro('interest');
    const open = overdue(asOf);
    const results = api.lateInterestBatch(open.map((inv) => interestInput(inv, asOf)), { detail: 'summary' });
    figures = new Map(open.map((inv, i) => [inv.number, results[i]]));
    computedFor = `${asOf}|${lang}`;
    status.textContent = say('computed', { date: date(asOf), count: open.length });
  } catch (error) {
    figures = new Map();
    status.textContent = say('failed', { message: error?.message ?? String(error) });
    status.classList.add('is-error');
  }
  renderList();
}

/** A table cell with its column's name for the phone layout. */
function cell(tag, text, { numeric = false, label = '', className = '' } = {}) {
  const el = document.createElement(tag);
  if (numeric) el.classList.add('num');
  if (className) el.classList.add(className);
  if (tag === 'th') el.scope = 'row';
  el.dataset.label = label;
  el.textContent = text;
  return el;
}

function renderList() {
  const body = document.querySelector('#invoices tbody');
  const heads = [...document.querySelectorAll('#invoices thead th')].map((th) => th.textContent);
  let interest = 0;
  let total = 0;
  const rows = INVOICES.map((inv) => {
    const row = document.createElement('tr');
    row.dataset.invoice = inv.number;
    const number = cell('th', '', { label: heads[0] });
    const link = Object.assign(document.createElement('a'), { href: `#${inv.number}`, textContent: inv.number });
    number.append(link);
    const result = figures.get(inv.number);
    let days = '';
    let owed = '';
    let owedTotal = '';
    let className = '';
    if (inv.paidOn) {
      days = say('paid', { date: date(inv.paidOn) });
      className = 'paid';
    } else if (!result) {
      days = say('notDue');
    } else if (result.error) {
      days = '—';
      owed = result.error.message;
    } else {
      days = String(result.daysLate);
      owed = money(result.interest);
      owedTotal = money(result.totalDue);
      className = 'late';
      // The list's sums: cents added as integers, never as floating point.
      interest += Math.round(Number(result.interest) * 100);
      total += Math.round(Number(result.totalDue) * 100);
    }
    row.append(
      number,
      cell('td', inv.customer, { label: heads[1] }),
      cell('td', date(inv.due), { label: heads[2] }),
      cell('td', money(inv.amount), { numeric: true, label: heads[3] }),
      cell('td', days, { numeric: true, label: heads[4], className }),
      cell('td', owed, { numeric: true, label: heads[5], className: owed ? 'late' : '' }),
      cell('td', owedTotal, { numeric: true, label: heads[6] }),
    );
    return row;
  });
  body.replaceChildren(...rows);
  const sums = document.querySelector('#invoices tfoot');
  sums.querySelector('#sum-interest').textContent = money(interest / 100);
  sums.querySelector('#sum-interest').dataset.label = heads[5];
  sums.querySelector('#sum-total').textContent = money(total / 100);
  sums.querySelector('#sum-total').dataset.label = heads[6];
}

/** An invoice's page: its facts, its interest, and a plan for what it owes. */
function showInvoice(number) {
  const invoice = INVOICES.find((inv) => inv.number === number);
  const title = document.getElementById('invoice-title');
  const facts = document.getElementById('facts');
  if (!invoice) {
    title.textContent = say('unknownInvoice', { number });
    facts.replaceChildren();
    return;
  }
  title.textContent = `${say('invoice', { number: invoice.number })} · ${invoice.customer}`;
  const payments = invoice.payments?.map((p) => `${date(p.date)}: ${money(p.amount)}`).join(', ') || say('none');
  facts.replaceChildren(
    ...[
      ['customer', invoice.customer], ['issued', date(invoice.issued)], ['due', date(invoice.due)], ['amount', money(invoice.amount)],
      ['paymentsMade', payments],
    ].map(([key, value]) => {
      const group = document.createElement('div');
      group.append(Object.assign(document.createElement('dt'), { textContent: say(key) }), Object.assign(document.createElement('dd'), { textContent: value }));
      return group;
    }),
  );
  // The attributes say which invoice; the properties would do as well.
  const interest = document.querySelector('cobro-interest');
  interest.setAttribute('principal', invoice.amount);
  interest.setAttribute('due-date', invoice.due);
  interest.setAttribute('as-of', invoice.paidOn ?? today());
  interest.setAttribute('payments', (invoice.payments ?? []).map((p) => `${p.date}:${p.amount}`).join('; '));
  const plan = document.querySelector('cobro-plan');
  plan.setAttribute('reference', invoice.number);
  plan.setAttribute('creditor-name', 'Estudio Norte, S.L.');
  if (!interest.result) plan.setAttribute('amount', invoice.amount);
}

/** The plan is offered for what the invoice owes today, interest and compensation included. */
document.addEventListener('cobro-change', (event) => {
  if (event.target.localName !== 'cobro-interest') return;
  document.querySelector('cobro-plan').setAttribute('amount', event.detail.totalDue);
});

function route() {
  const number = decodeURIComponent(location.hash.slice(1));
  const onInvoice = number !== '';
  document.getElementById('list').hidden = onInvoice;
  document.getElementById('invoice').hidden = !onInvoice;
  if (onInvoice) showInvoice(number);
  else if (computedFor !== `${today()}|${lang}`) computeList();
  else renderList();
  window.scrollTo(0, 0);
}

function setLanguage(next) {
  lang = next;
  document.documentElement.lang = lang;
  document.title = say('title');
  for (const el of document.querySelectorAll('[data-s]')) el.textContent = say(el.dataset.s);
  for (const el of document.querySelectorAll('[data-s-label]')) el.setAttribute('aria-label', say(el.dataset.sLabel));
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  for (const tool of document.querySelectorAll('cobro-interest, cobro-plan')) tool.setAttribute('lang', lang);
  route();
}

for (const button of document.querySelectorAll('[data-lang]')) button.addEventListener('click', () => setLanguage(button.dataset.lang));
window.addEventListener('hashchange', route);
setLanguage(lang);
