// What an embedder's framework relies on (issue 11, point 2): every
// attribute is also a property, a property set before the element's script
// ran still counts, and `cobro-ready` comes once, before the first result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { start, openPage } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test('attributes are properties: strings, null removes, booleans for flags', async () => {
  const { page, context, problems } = await openPage(env.browser, env.url);
  await page.waitForFunction(() => document.querySelector('cobro-plan')?.result);
  const seen = await page.evaluate(async () => {
    const plan = document.querySelector('cobro-plan');
    const before = { amount: plan.amount, annualRatePercent: plan.annualRatePercent, installments: plan.installments };
    const changed = new Promise((resolve) => plan.addEventListener('cobro-change', (e) => resolve(e.detail), { once: true }));
    plan.amount = 2400;
    plan.annualRatePercent = null;
    const result = await changed;
    return { before, attr: plan.getAttribute('amount'), rate: plan.hasAttribute('annual-rate-percent'), financed: result.financed, installment: result.installmentAmount };
  });
  // 2,400 at no interest over 12 months: 2400 / 12 = 200.00 exactly.
  assert.deepEqual(seen, {
    before: { amount: '1200', annualRatePercent: '9.5', installments: '12' },
    attr: '2400',
    rate: false,
    financed: '2400.00',
    installment: '200.00',
  });
  // A JS number is the number it says, whatever the locale: 9.125 % is not
  // read as 9125 % in es-ES, where "9.125" as typed text would be.
  // 1200 × i / (1 − (1 + i)^−12) with i = 0.09125 / 12 = 105.0113…, rounded up
  // to the cent as every French installment is (the last row takes the
  // residue): 105.02. With 9125 % it would be 9125.00.
  const decimals = await page.evaluate(async () => {
    const plan = document.querySelector('cobro-plan');
    const changed = new Promise((resolve) => plan.addEventListener('cobro-change', (e) => resolve(e.detail), { once: true }));
    plan.amount = 1200;
    plan.annualRatePercent = 9.125;
    const result = await changed;
    return { attr: plan.getAttribute('annual-rate-percent'), installment: result.installmentAmount };
  });
  assert.deepEqual(decimals, { attr: '9,125', installment: '105.02' });
  await page.locator('a[href="#advice"]').click();
  await page.waitForFunction(() => document.querySelector('cobro-advice')?.result);
  const flags = await page.evaluate(() => {
    const advice = document.querySelector('cobro-advice');
    const was = advice.b2b;
    advice.b2b = false;
    return { was, now: advice.b2b, attr: advice.hasAttribute('b2b') };
  });
  assert.deepEqual(flags, { was: true, now: false, attr: false });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a property set before the component was loaded is applied when it is', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await page.waitForFunction(() => document.querySelector('cobro-plan')?.result);
  // The interest tool's module is fetched only when its tab is opened: until
  // then <cobro-interest> is a plain element, and a property is just a property.
  const upgraded = await page.evaluate(() => {
    const el = document.querySelector('cobro-interest');
    const early = customElements.get('cobro-interest') !== undefined;
    el.principal = '3650';
    el.theme = 'dark';
    return early;
  });
  assert.equal(upgraded, false);
  await page.locator('a[href="#interest"]').click();
  await page.waitForFunction(() => document.querySelector('cobro-interest')?.result);
  const state = await page.evaluate(() => {
    const el = document.querySelector('cobro-interest');
    return {
      attr: el.getAttribute('principal'), own: Object.hasOwn(el, 'principal'), base: el.result.segments[0]?.base,
      theme: el.getAttribute('theme'), background: getComputedStyle(el).backgroundColor,
    };
  });
  // The dark theme's background, #161b22.
  assert.deepEqual(state, { attr: '3650', own: false, base: '3650.00', theme: 'dark', background: 'rgb(22, 27, 34)' });
  await context.close();
});

test('cobro-ready comes once per element, before its first cobro-change', async () => {
  const { page, context } = await openPage(env.browser, `${env.url}one-tool.html`, {});
  await page.waitForFunction(() => document.querySelector('cobro-plan')?.result);
  // The events of the load itself were missed by now: listen on a fresh element.
  const order = await page.evaluate(async () => {
    const events = [];
    const el = document.createElement('cobro-plan');
    el.setAttribute('amount', '600');
    el.setAttribute('installments', '6');
    for (const type of ['cobro-ready', 'cobro-change']) el.addEventListener(type, () => events.push(type));
    const first = new Promise((resolve) => el.addEventListener('cobro-change', resolve, { once: true }));
    document.body.append(el);
    await first;
    el.setAttribute('amount', '1200');
    await new Promise((resolve) => el.addEventListener('cobro-change', resolve, { once: true }));
    return events;
  });
  assert.deepEqual(order, ['cobro-ready', 'cobro-change', 'cobro-change']);
  await context.close();
});

test('an invoicing site on another origin embeds <cobro-plan> under its own strict CSP', async () => {
  // The site: its own server on another port (another origin), with a
  // policy that lets scripts, styles and fetches come only from itself and
  // from the host serving Cobro (env.url).
  const cobro = new URL(env.url).origin;
  const csp = `default-src 'self'; script-src 'self' ${cobro} 'wasm-unsafe-eval'; style-src 'self' ${cobro}; connect-src 'self' ${cobro}`;
  const html = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Factura F-2026-014</title>
    <script type="module" src="${cobro}/min/cobro-plan.js"></script></head>
    <body><h1>Factura F-2026-014</h1>
    <cobro-plan amount="1200" currency="EUR" installments="12" annual-rate-percent="9.5"></cobro-plan></body></html>`;
  const siteServer = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(html);
  });
  await new Promise((resolve) => siteServer.listen(0, '127.0.0.1', resolve));
  const site = `http://127.0.0.1:${siteServer.address().port}`;
  const context = await env.browser.newContext({ locale: 'es-ES', timezoneId: 'Europe/Madrid' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('cobro-change', (e) => (window.__plan ??= e.detail), { once: true });
  });
  await page.goto(`${site}/invoice.html`);
  await page.waitForFunction(() => window.__plan, null, { timeout: 30_000 });
  const plan = await page.evaluate(() => ({ origin: location.origin, installment: window.__plan.installmentAmount, count: window.__plan.count }));
  // 1,200 over 12 months at 9.5 %: the annuity 105.2254… rounded up to 105.23 (as on one-tool.html).
  assert.deepEqual(plan, { origin: site, installment: '105.23', count: 12 });
  assert.notEqual(site, cobro);
  assert.deepEqual(problems, []);
  await context.close();
  await new Promise((resolve) => siteServer.close(resolve));
});

test('while its module loads, the form is shown but cannot be used; then it can', async () => {
  const context = await env.browser.newContext({ locale: 'es-ES', timezoneId: 'Europe/Madrid' });
  const page = await context.newPage();
  // The wasm arrives 1.5 s late, as on a slow connection.
  await page.route('**/plan_bg.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(`${env.url}one-tool.html`);
  await page.waitForFunction(() => document.querySelector('cobro-plan')?.shadowRoot?.getElementById('amount'));
  const loading = await page.evaluate(() => {
    const root = document.querySelector('cobro-plan').shadowRoot;
    const amount = root.getElementById('amount');
    amount.focus();
    return { inert: amount.closest('form').inert, focused: root.activeElement === amount, status: root.querySelector('.status').textContent };
  });
  assert.deepEqual(loading, { inert: true, focused: false, status: 'Cargando la calculadora…' });
  await page.waitForFunction(() => document.querySelector('cobro-plan').result);
  const ready = await page.evaluate(() => {
    const root = document.querySelector('cobro-plan').shadowRoot;
    const amount = root.getElementById('amount');
    amount.focus();
    return { inert: amount.closest('form').inert, focused: root.activeElement === amount };
  });
  assert.deepEqual(ready, { inert: false, focused: true });
  await context.close();
});
