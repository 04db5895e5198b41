// The static page: language switch and page texts. The calculators are the
// same Web Components an embedder uses; this script only steers them.
// Nothing is remembered: the language can come from ?lang=en, no storage.
import { loadCobro } from './lib/api.js';
import { normalizeLang } from './lib/i18n.js';

const PAGE_TEXTS = {
  es: {
    title: 'Cobro · calculadora de cobros',
    skip: 'Saltar al contenido',
    tagline: 'Calculadora de cobros: planes de pago, con cada cifra explicada.',
    langSwitch: 'Idioma',
    toolsNav: 'Herramientas',
    toolPlan: 'Plan de pagos',
    toolPlanIntro: 'Reparte una deuda en cuotas: con o sin interés, con entrada, comisión y fechas reales. La tabla, los totales y la TAE se recalculan mientras escribes.',
    privacy: 'Todo se calcula en tu navegador: ningún dato sale de este equipo.',
    footerApi: 'También como componente web y API JavaScript',
    version: 'versión',
  },
  en: {
    title: 'Cobro · collections calculator',
    skip: 'Skip to content',
    tagline: 'A collections calculator: payment plans, every figure explained.',
    langSwitch: 'Language',
    toolsNav: 'Tools',
    toolPlan: 'Payment plan',
    toolPlanIntro: 'Split a debt into installments: with or without interest, with a down payment, a fee and real dates. The schedule, the totals and the APR update as you type.',
    privacy: 'Everything is computed in your browser: no data leaves this device.',
    footerApi: 'Also as a web component and a JavaScript API',
    version: 'version',
  },
};

let version = '';

/** @param {'es' | 'en'} lang */
function setLanguage(lang) {
  const texts = PAGE_TEXTS[lang];
  document.documentElement.lang = lang;
  document.title = texts.title;
  for (const el of document.querySelectorAll('[data-t]')) {
    if (texts[el.dataset.t]) el.textContent = texts[el.dataset.t];
  }
  for (const el of document.querySelectorAll('[data-t-label]')) {
    el.setAttribute('aria-label', texts[el.dataset.tLabel]);
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  for (const tool of document.querySelectorAll('cobro-plan')) {
    tool.setAttribute('lang', lang);
    tool.removeAttribute('locale');
  }
  const v = document.getElementById('version');
  if (v && version) v.textContent = `Cobro ${texts.version} ${version}`;
}

const initial = normalizeLang(new URLSearchParams(location.search).get('lang'));
setLanguage(initial);

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = normalizeLang(button.dataset.lang);
    setLanguage(lang);
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  });
}

loadCobro().then((api) => {
  version = api.version();
  setLanguage(normalizeLang(document.documentElement.lang));
});
