// The static page: language switch and page texts. The calculators are the
// same Web Components an embedder uses; this script only steers them.
// Nothing is remembered: the language can come from ?lang=en, no storage.
import { loadCobro } from './lib/api.js';
import { normalizeLang } from './lib/i18n.js';

const PAGE_TEXTS = {
  es: {
    title: 'Cobro · calculadora de cobros',
    skip: 'Saltar al contenido',
    tagline: 'Calculadora de cobros: planes de pago, intereses de demora, pronto pago y el siguiente paso, con cada cifra explicada.',
    langSwitch: 'Idioma',
    toolsNav: 'Herramientas',
    toolPlan: 'Plan de pagos',
    toolPlanIntro: 'Reparte una deuda en cuotas: con o sin interés, con entrada, comisión y fechas reales. La tabla, los totales y la TAE se recalculan mientras escribes.',
    toolInterest: 'Intereses de demora',
    toolAdvice: 'Qué hacer hoy',
    toolAdviceTitle: 'Qué hacer hoy con un cliente que no paga',
    toolAdviceIntro: 'Con las facturas pendientes de un cliente: en qué paso de la escalera de cobro está, qué hacer hoy, por qué canal, y el mensaje listo para enviar, firme cuando toca y siempre respetuoso.',
    toolDiscount: 'Pronto pago',
    toolDiscountTitle: 'Descuento por pronto pago',
    toolDiscountIntro: 'Cuánto ahorra pagar antes, cuánto cuesta de verdad no aprovechar un descuento, y qué añade pagar después del vencimiento.',
    toolInterestIntro: 'Lo que debe hoy una factura vencida según la ley que se aplica: tramo a tramo, cada uno con su tipo publicado, los pagos parciales y la indemnización por costes de cobro.',
    privacy: 'Todo se calcula en tu navegador: ningún dato sale de este equipo.',
    footerApi: 'También como componente web y API JavaScript',
    version: 'versión',
    debtorTitle: 'Tu plan de pago',
    debtorPageTitle: 'Tu plan de pago · Cobro',
    country: 'País',
    countryES: 'España',
    countryCO: 'Colombia',
    countryMX: 'México',
    countryDE: 'Alemania',
    'countryGB-ENG': 'Reino Unido (Inglaterra y Gales)',
    countryNL: 'Países Bajos',
  },
  en: {
    title: 'Cobro · collections calculator',
    skip: 'Skip to content',
    tagline: 'A collections calculator: payment plans, late interest, early-payment discounts and the next step, every figure explained.',
    langSwitch: 'Language',
    toolsNav: 'Tools',
    toolPlan: 'Payment plan',
    toolPlanIntro: 'Split a debt into installments: with or without interest, with a down payment, a fee and real dates. The schedule, the totals and the APR update as you type.',
    toolInterest: 'Late-payment interest',
    toolAdvice: 'What to do today',
    toolAdviceTitle: 'What to do today about a customer who has not paid',
    toolAdviceIntro: 'From a customer’s open invoices: where they are on the collection ladder, what to do today, on which channel, and the message ready to send — firm when it should be, always respectful.',
    toolDiscount: 'Early payment',
    toolDiscountTitle: 'Early-payment discount',
    toolDiscountIntro: 'What paying early saves, what not taking a discount really costs, and what paying after the due date adds.',
    toolInterestIntro: 'What an overdue invoice owes today under the law that applies: period by period, each at its published rate, partial payments and the compensation for recovery costs.',
    privacy: 'Everything is computed in your browser: no data leaves this device.',
    footerApi: 'Also as a web component and a JavaScript API',
    version: 'version',
    debtorTitle: 'Your payment plan',
    debtorPageTitle: 'Your payment plan · Cobro',
    country: 'Country',
    countryES: 'Spain',
    countryCO: 'Colombia',
    countryMX: 'Mexico',
    countryDE: 'Germany',
    'countryGB-ENG': 'United Kingdom (England and Wales)',
    countryNL: 'Netherlands',
  },
};

let version = '';

/**
 * What a country sets in every tool at once: the currency, the default
 * late-interest regime, the public-holiday calendar (computed by rule in
 * the module: `holidays: "CO"`) and, per page language, the locale of
 * amounts and dates. Each tool's own fields can still change any of them.
 */
const COUNTRIES = {
  ES: { currency: 'EUR', regime: 'es-commercial', locale: { es: 'es-ES', en: 'en-GB' } },
  CO: { currency: 'COP', regime: 'co-moratorio', locale: { es: 'es-CO', en: 'en-US' } },
  MX: { currency: 'MXN', regime: 'mx-commercial', locale: { es: 'es-MX', en: 'en-US' } },
  DE: { currency: 'EUR', regime: 'de-b2b', locale: { es: 'es-ES', en: 'en-GB' } },
  'GB-ENG': { currency: 'GBP', regime: 'uk-commercial', locale: { es: 'es-ES', en: 'en-GB' } },
  NL: { currency: 'EUR', regime: 'nl-commercial', locale: { es: 'es-ES', en: 'en-GB' } },
};

/** The country picked on this page (`?country=CO`), or '' before any choice: the tools keep their own defaults. */
let country = '';

/**
 * Applies `country` to every tool: currency, regime and holidays now, and
 * the locale (which follows the language as well).
 * @param {string} code
 */
function applyCountry(code) {
  const c = COUNTRIES[code];
  if (!c) return;
  country = code;
  const select = /** @type {HTMLSelectElement | null} */ (document.getElementById('country'));
  if (select) select.value = code;
  for (const tool of document.querySelectorAll('cobro-plan, cobro-interest, cobro-discount, cobro-advice')) {
    tool.setAttribute('currency', c.currency);
    if (tool.localName !== 'cobro-plan') tool.setAttribute('regime', c.regime);
    if (tool.localName === 'cobro-plan' || tool.localName === 'cobro-advice') tool.setAttribute('holidays', code);
    // The debtor link carries the country: its plans skip that country's holidays.
    if (tool.localName === 'cobro-plan') tool.setAttribute('country', code);
  }
  setLanguage(normalizeLang(document.documentElement.lang));
}

/** Each tool's component, imported when the tool is first shown. */
const COMPONENTS = {
  plan: () => import('./components/cobro-plan.js'),
  interest: () => import('./components/cobro-interest.js'),
  discount: () => import('./components/cobro-discount.js'),
  advice: () => import('./components/cobro-advice.js'),
  debtor: () => import('./components/cobro-debtor.js'),
};

/**
 * Starts fetching a tool's component and its wasm module side by side
 * (the component would ask for the module only once its own files are in).
 * @param {string} tool
 */
function prepare(tool) {
  loadCobro(tool).catch(() => {
    // The tool says the module did not load, with a retry button.
  });
  COMPONENTS[tool]?.().catch(() => {});
}

/** The tool shown now (its section's id: `plan`, …, or `debtor`). */
let shownTool = 'plan';

/** A creditor's offer link: `#o1&…` (see decodeOffer). */
const OFFER_LINK = /^#o\d+(&|$)/;
const isDebtorLink = () => OFFER_LINK.test(location.hash);
/** The locale a debtor link asks for (e.g. es-CO), used while its language is shown. */
let offerLocale = '';

/**
 * The sample texts the page starts with, in each language. A sample
 * switches with the language while it is still the other language's
 * sample; whatever the user typed instead stays.
 * @type {[selector: string, attr: string, texts: Record<'es' | 'en', string>][]}
 */
const SAMPLES = [
  ['cobro-discount', 'terms', { es: '2/10 neto 30', en: '2/10 net 30' }],
  ['cobro-advice', 'payment-methods', { es: 'transferencia bancaria, Bizum', en: 'bank transfer, card' }],
];

/** @param {'es' | 'en'} lang */
function translateSamples(lang) {
  for (const [selector, attr, texts] of SAMPLES) {
    const el = document.querySelector(selector);
    const other = texts[lang === 'en' ? 'es' : 'en'];
    if (el && el.getAttribute(attr) === other) el.setAttribute(attr, texts[lang]);
  }
}

/** @param {'es' | 'en'} lang */
function setLanguage(lang) {
  const texts = PAGE_TEXTS[lang];
  document.documentElement.lang = lang;
  document.title = isDebtorLink() ? texts.debtorPageTitle : texts.title;
  for (const el of document.querySelectorAll('[data-t]')) {
    if (texts[el.dataset.t]) el.textContent = texts[el.dataset.t];
  }
  for (const el of document.querySelectorAll('[data-t-label]')) {
    el.setAttribute('aria-label', texts[el.dataset.tLabel]);
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  translateSamples(lang);
  for (const tool of document.querySelectorAll('cobro-plan, cobro-interest, cobro-discount, cobro-advice, cobro-debtor')) {
    tool.setAttribute('lang', lang);
    tool.removeAttribute('locale');
    if (tool.localName === 'cobro-debtor') {
      if (offerLocale.startsWith(`${lang}-`)) tool.setAttribute('locale', offerLocale);
    } else if (country) {
      tool.setAttribute('locale', COUNTRIES[country].locale[lang]);
    }
  }
  const v = document.getElementById('version');
  if (v && version) v.textContent = `Cobro ${texts.version} ${version}`;
}

/**
 * Shows the tool named by the URL's hash (the first one by default), or,
 * for a creditor's offer link, only the debtor's view.
 */
function showTool() {
  const debtor = isDebtorLink();
  document.body.classList.toggle('debtor-mode', debtor);
  const sections = [...document.querySelectorAll('section.tool')];
  const tools = sections.filter((s) => s.id !== 'debtor');
  const wanted = debtor ? document.getElementById('debtor') : tools.find((s) => `#${s.id}` === location.hash) ?? tools[0];
  for (const section of sections) section.hidden = section !== wanted;
  shownTool = wanted.id;
  prepare(shownTool);
  if (debtor) document.querySelector('cobro-debtor')?.setAttribute('fragment', location.hash.slice(1));
  const texts = PAGE_TEXTS[normalizeLang(document.documentElement.lang)];
  document.title = debtor ? texts.debtorPageTitle : texts.title;
  for (const link of document.querySelectorAll('nav.tools a')) {
    if (link.getAttribute('href') === `#${wanted.id}`) {
      link.setAttribute('aria-current', 'page');
      scrollTabIntoView(link);
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

/** On a phone the tabs scroll sideways in their row: centre the current one there, without moving the page. */
function scrollTabIntoView(link) {
  const nav = link.parentElement;
  const offset = link.getBoundingClientRect().left - nav.getBoundingClientRect().left;
  nav.scrollLeft += offset - (nav.clientWidth - link.offsetWidth) / 2;
}
window.addEventListener('hashchange', showTool);
showTool();

/** A sample due date for the interest tool: 75 days before today. */
const interest = document.querySelector('cobro-interest');
if (interest && !interest.hasAttribute('due-date')) {
  const d = new Date();
  d.setDate(d.getDate() - 75);
  const pad = (n) => String(n).padStart(2, '0');
  interest.setAttribute('due-date', `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
}

/** A sample invoice for the discount tool: dated a week ago. */
const discountTool = document.querySelector('cobro-discount');
if (discountTool && !discountTool.hasAttribute('invoice-date')) {
  const d = new Date();
  d.setDate(d.getDate() - 7);
  const pad = (n) => String(n).padStart(2, '0');
  discountTool.setAttribute('invoice-date', `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
}

/** Sample invoices for the advice tool: due 20 and 9 days ago. */
const adviceTool = document.querySelector('cobro-advice');
if (adviceTool && !adviceTool.hasAttribute('invoices')) {
  const ago = (n) => {
    const d = new Date();
    d.setDate(d.getDate() - n);
    const pad = (k) => String(k).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  };
  const invoices = (decimal) => `F-2026-014|1200|${ago(20)}|200; F-2026-019|350${decimal}50|${ago(9)}`;
  adviceTool.setAttribute('invoices', invoices(','));
  SAMPLES.push(['cobro-advice', 'invoices', { es: invoices(','), en: invoices('.') }]);
}

const initial = normalizeLang(new URLSearchParams(location.search).get('lang'));
setLanguage(initial);
const askedCountry = new URLSearchParams(location.search).get('country')?.toUpperCase() ?? '';
if (COUNTRIES[askedCountry]) applyCountry(askedCountry);

document.getElementById('country')?.addEventListener('change', (event) => {
  const code = /** @type {HTMLSelectElement} */ (event.target).value;
  applyCountry(code);
  const url = new URL(location.href);
  url.searchParams.set('country', code);
  history.replaceState(null, '', url);
});

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = normalizeLang(button.dataset.lang);
    setLanguage(lang);
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  });
}

loadCobro(shownTool).then((api) => {
  version = api.version();
  let lang = normalizeLang(document.documentElement.lang);
  // A debtor link opens in the creditor's chosen language unless ?lang says
  // otherwise; a link that cannot be read, in the browser's language.
  if (isDebtorLink() && !new URLSearchParams(location.search).has('lang')) {
    lang = normalizeLang(navigator.language?.slice(0, 2));
    try {
      const offer = api.decodeOffer({ fragment: location.hash.slice(1) });
      if (offer.lang) lang = normalizeLang(offer.lang);
      offerLocale = offer.locale ?? '';
    } catch {
      // The debtor view itself explains a bad link.
    }
  }
  setLanguage(lang);
}, () => {
  // Each tool says the module did not load, with a retry button.
});
