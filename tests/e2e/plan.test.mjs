// The payment-plan tool in a real browser, served with the page's CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, inPlan } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const resultReady = (page) => page.waitForFunction(() => document.querySelector('cobro-plan')?.result);

test('the page loads under its CSP with no console error and no outside request', async () => {
  const { page, context, problems, requests } = await openPage(env.browser, env.url);
  await resultReady(page);
  const csp = (await page.request.get(env.url)).headers()['content-security-policy'];
  assert.equal(csp, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  // Default plan: 1200 € at 9.5 % over 12 months; npf.pmt(0.095/12, 12, 1200) = -105.2202… → 105,23 €.
  assert.equal(await inPlan(page, '#s-installment').textContent(), '105,23\u00a0€');
  assert.equal(await inPlan(page, 'tbody tr').count(), 12);
  // Start date defaults to today (frozen: 26 Nov 2026): the first due date is 26 Dec 2026.
  assert.equal(await inPlan(page, 'tbody tr:first-child td:nth-child(2)').textContent(), '26 dic 2026');
  assert.deepEqual(problems, []);
  const outside = requests.filter((u) => !u.startsWith(env.url) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(outside, []);
  await context.close();
});

test('typing updates the schedule with the right figures', async () => {
  const { page, context, problems } = await openPage(env.browser, env.url);
  await resultReady(page);
  // Spanish grouping is understood: "15.000" is fifteen thousand.
  await inPlan(page, '#amount').fill('15.000');
  await inPlan(page, '#term').fill('60');
  await inPlan(page, '#annual-rate-percent').fill('8');
  // npf.pmt(0.08/12, 60, 15000) = -304.1459… → 304,15 €; APR (1 + 0.08/12)^12 − 1 = 8,30 %.
  await page.waitForFunction(() => document.querySelector('cobro-plan').result?.count === 60);
  assert.equal(await inPlan(page, '#s-installment').textContent(), '304,15\u00a0€');
  assert.equal(await inPlan(page, '#s-apr').textContent(), '8,30\u00a0%');
  assert.equal(await inPlan(page, 'tbody tr').count(), 60);
  assert.equal(await inPlan(page, 'tbody tr:last-child td:last-child').textContent(), '0,00\u00a0€');
  // The total is down payment + installments: 59 × 304.15 + 303.84 = 18 248,69 €.
  assert.equal(await inPlan(page, '#s-total').textContent(), '18.248,69\u00a0€');
  // The form kept exactly what was typed.
  assert.equal(await inPlan(page, '#amount').inputValue(), '15.000');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the English switch translates the page and the tool', async () => {
  const { page, context, problems } = await openPage(env.browser, env.url);
  await resultReady(page);
  await page.getByRole('button', { name: /EN/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await assert.doesNotReject(inPlan(page, 'label[for="amount"]:has-text("Amount")').waitFor());
  await page.waitForFunction(() => document.querySelector('cobro-plan').shadowRoot.getElementById('s-installment').textContent === '€105.23');
  assert.equal(await page.locator('#plan-title').textContent(), 'Payment plan');
  assert.equal(await inPlan(page, 'tbody tr:first-child td:nth-child(2)').textContent(), 'Dec 26, 2026');
  assert.match(page.url(), /lang=en/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a wrong field shows its error next to it and keeps what was typed', async () => {
  const { page, context, problems } = await openPage(env.browser, env.url);
  await resultReady(page);
  await inPlan(page, '#amount').fill('12x');
  const error = inPlan(page, '#amount-error');
  await error.filter({ hasText: 'Importe' }).waitFor();
  assert.match(await error.textContent(), /^«Importe» no es un importe válido/);
  assert.equal(await inPlan(page, '#amount').getAttribute('aria-invalid'), 'true');
  assert.equal(await inPlan(page, '#amount').inputValue(), '12x');
  // Fixing it clears the error and recomputes.
  await inPlan(page, '#amount').fill('1200');
  await page.waitForFunction(() => !document.querySelector('cobro-plan').shadowRoot.getElementById('amount-error').textContent);
  // An impossible date: its own field and code.
  const codes = [];
  await page.exposeFunction('recordError', (code, field) => codes.push(`${code} ${field}`));
  await page.evaluate(() => document.addEventListener('cobro-error', (e) => window.recordError(e.detail.code, e.detail.field)));
  await page.evaluate(() => document.querySelector('cobro-plan').setAttribute('first-due-date', '2026-11-01'));
  await inPlan(page, '#first-due-date-error').filter({ hasText: 'Primer vencimiento' }).waitFor();
  assert.deepEqual(codes, ['date_order firstDueDate']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('policy limits are explained in words', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await resultReady(page);
  await inPlan(page, 'summary[data-t="policy"]').click();
  await inPlan(page, '#max-installments').fill('6');
  await inPlan(page, '#min-installment-amount').fill('150');
  const items = inPlan(page, '.violations li');
  await items.nth(1).waitFor();
  assert.deepEqual(await items.allTextContents(), [
    'El plan tiene 12 cuotas; el máximo permitido es 6.',
    'La cuota de 105,23\u00a0€ es menor que el mínimo permitido de 150,00\u00a0€.',
  ]);
  await context.close();
});

test('the component emits cobro-change with the paymentPlan result', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await resultReady(page);
  const detail = await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('cobro-change', (e) => resolve({ composed: e.composed, bubbles: e.bubbles, d: e.detail }), { once: true });
        const plan = document.querySelector('cobro-plan');
        plan.setAttribute('amount', '3000');
        plan.setAttribute('installments', '24');
        plan.setAttribute('annual-rate-percent', '6');
      }),
  );
  assert.equal(detail.bubbles && detail.composed, true);
  // One batched update for three attribute changes: npf.pmt(0.06/12, 24, 3000) = -132.9618… → 132.97.
  assert.equal(detail.d.installmentAmount, '132.97');
  assert.equal(detail.d.count, 24);
  await context.close();
});

test('the CSV export carries the exact schedule', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await resultReady(page);
  const [download] = await Promise.all([page.waitForEvent('download'), inPlan(page, 'button.csv').click()]);
  const stream = await download.createReadStream();
  let text = '';
  for await (const chunk of stream) text += chunk;
  const lines = text.replace(/^\ufeff/, '').trim().split('\r\n');
  assert.equal(lines[0], 'N.º,Vencimiento,Cuota,Intereses,Amortización,Pendiente');
  assert.equal(lines.length, 13);
  assert.equal(lines[1], '1,2026-12-26,105.23,9.50,95.73,1104.27');
  await context.close();
});

test('the chart\u2019s interest scale has its top and its zero, and no scale at all without interest', async () => {
  const { page, context, problems } = await openPage(env.browser, env.url);
  await page.waitForFunction(() => document.querySelector('cobro-plan').result?.installmentAmount === '105.23');
  const chart = () =>
    page.evaluate(() => {
      const svg = document.querySelector('cobro-plan').shadowRoot.querySelector('.chart svg');
      return { legend: svg.querySelectorAll('.legend text').length, ticks: svg.querySelectorAll('.axis line').length - 1, right: [...svg.querySelectorAll('.axis text')].slice(0, 2).map((t) => t.textContent) };
    });
  // 1200 at 9.5 %: the first installment's interest is the largest, 1200 × 0.095 / 12 = 9.50.
  await page.waitForFunction(() => document.querySelector('cobro-plan').shadowRoot.querySelector('.chart svg .legend text'));
  assert.deepEqual(await chart(), { legend: 2, ticks: 2, right: ['9,5', '0'] });
  await page.evaluate(() => {
    document.querySelector('cobro-plan').annualRatePercent = null;
  });
  await page.waitForFunction(() => document.querySelector('cobro-plan').result?.installmentAmount === '100.00');
  await page.waitForFunction(() => document.querySelector('cobro-plan').shadowRoot.querySelectorAll('.chart svg .legend text').length === 1);
  const none = await chart();
  assert.deepEqual([none.legend, none.ticks], [1, 0]);
  assert.deepEqual(problems, []);
  await context.close();
});
