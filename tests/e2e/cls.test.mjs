// No layout shift while a tool loads (issue 11): each tool of the page, on
// a desktop window and on a 360 px phone, in Spanish and in English, with
// its wasm held back 1.5 s, shifts by a cumulative layout shift of at most
// 0.02 (Chromium's own Layout Instability figures, summed as CLS is). While
// it loads, the form already shows its values. scripts/cls.mjs prints the
// figures (BENCHMARKS.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, NOW } from './helpers.mjs';
import { measureCls, VIEWPORTS } from '../../scripts/cls.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const frozen = { setup: (page) => page.clock.setFixedTime(NOW) };
const TOOLS = ['plan', 'interest', 'discount', 'advice'];

for (const { name, ...device } of VIEWPORTS) {
  for (const lang of ['es', 'en']) {
    test(`${name} px, ${lang}: no tool shifts while its wasm is 1.5 s late`, async () => {
      const figures = {};
      for (const tool of TOOLS) {
        const url = `${env.url}${lang === 'en' ? '?lang=en' : ''}#${tool}`;
        figures[tool] = Number((await measureCls(env.browser, url, `cobro-${tool}`, device, 1500, frozen)).toFixed(3));
      }
      assert.deepEqual(Object.entries(figures).filter(([, cls]) => cls > 0.02), [], JSON.stringify(figures));
    });
  }
}

test('the measure sees a shift: a block pushed in above the component after its result counts', async () => {
  const push = {
    ...frozen,
    then: async (page) => {
      await page.evaluate(() => {
        // Without scroll anchoring, which would hide the shift by scrolling with it.
        document.documentElement.style.overflowAnchor = 'none';
        const block = Object.assign(document.createElement('div'), { textContent: 'banner' });
        block.style.height = '200px';
        document.querySelector('cobro-plan').before(block);
      });
    },
  };
  const [desktop] = VIEWPORTS;
  const { name, ...device } = desktop;
  const cls = await measureCls(env.browser, env.url, 'cobro-plan', device, 0, push);
  assert.ok(cls > 0.02, `${name} px: ${cls}`);
});

test('while the wasm loads, the form already shows its values and the results keep their room', async () => {
  const context = await env.browser.newContext({ locale: 'es-ES', timezoneId: 'Europe/Madrid', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${env.url}#interest`);
  await page.locator('cobro-interest .status').filter({ hasText: 'Cargando' }).waitFor();
  const loading = await page.evaluate(() => {
    const host = document.querySelector('cobro-interest');
    const root = host.shadowRoot;
    const select = (id) => root.getElementById(id).selectedOptions[0]?.textContent ?? '';
    return {
      principal: root.getElementById('principal').value,
      currency: select('currency'),
      dayCount: root.getElementById('day-count').value,
      rateFieldShown: !root.querySelector('.rate-field').hidden,
      inert: root.querySelector('form').inert,
      breakdownHeight: Math.round(root.querySelector('.results.breakdown').getBoundingClientRect().height),
      loadingState: host.matches(':state(loading)'),
    };
  });
  // The page's <cobro-interest principal="2500" currency="EUR" regime="es-commercial">;
  // the breakdown holds 24rem (384 px) until its first result.
  assert.deepEqual(loading, { principal: '2500', currency: 'EUR', dayCount: 'act/365', rateFieldShown: false, inert: true, breakdownHeight: 384, loadingState: true });
  const cardsBefore = await page.evaluate(() => document.querySelector('cobro-interest').shadowRoot.querySelector('.summary').getBoundingClientRect().height);
  release();
  await page.waitForFunction(() => document.querySelector('cobro-interest').result);
  const ready = await page.evaluate(() => {
    const host = document.querySelector('cobro-interest');
    const root = host.shadowRoot;
    return { currency: root.getElementById('currency').selectedOptions[0].textContent, loadingState: host.matches(':state(loading)'), cards: root.querySelector('.summary').getBoundingClientRect().height };
  });
  assert.deepEqual({ currency: ready.currency, loadingState: ready.loadingState }, { currency: 'EUR · euro', loadingState: false });
  // The key figures fill the cards they stood in.
  assert.equal(Math.round(ready.cards), Math.round(cardsBefore));
  await context.close();
});
