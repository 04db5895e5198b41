// The discount tool in a real browser, served with the page's CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const tool = (page, selector) => page.locator(`cobro-discount ${selector}`);

async function openDiscount(attrs, query = '') {
  const opened = await openPage(env.browser, `${env.url}${query}#discount`);
  await opened.page.evaluate((a) => {
    const el = document.querySelector('cobro-discount');
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
  }, attrs);
  return opened;
}

test('2/10 net 30: the discount, its annual cost in words, and the timeline', async () => {
  const { page, context, problems, requests } = await openDiscount({ amount: '1000', 'invoice-date': '2025-03-03', 'payment-date': '2025-03-13', terms: '2/10 neto 30' });
  await page.waitForFunction(() => document.querySelector('cobro-discount').result?.amountToPay === '980.00');
  assert.equal(await tool(page, '#s-pay').textContent(), '980,00\u00a0€');
  // Brigham & Ehrhardt: not taking 2/10 net 30 costs 44.59 % a year (compound).
  assert.equal(await tool(page, '#cost-sentence').textContent(), 'No aprovechar el descuento del 2\u00a0% te cuesta el equivalente a un 44,59\u00a0% anual.');
  assert.match(await tool(page, '#terms-parsed').textContent(), /2\u00a0% de descuento si se paga en 10 días; importe íntegro a 30 días/);
  assert.equal(await tool(page, '.timeline svg rect.zone.discount').count(), 1);
  assert.match(await tool(page, '.timeline svg').textContent(), /Pago: 13 mar 2025/);
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.url)), []);
  await context.close();
});

test('typing terms gives live feedback, and a bad form says what is expected', async () => {
  const { page, context } = await openDiscount({ amount: '1000', 'invoice-date': '2025-03-03', 'payment-date': '2025-03-03', terms: '2/10 neto 30' });
  await page.waitForFunction(() => document.querySelector('cobro-discount').result);
  await tool(page, '#terms').fill('3% 10 días y 1% 30 días, neto 60');
  await tool(page, '#terms-parsed').filter({ hasText: '1\u00a0% de descuento si se paga en 30 días' }).waitFor();
  assert.equal(await tool(page, '#tiers-body tr').count(), 2);
  await tool(page, '#terms').fill('2/40 neto 30');
  await tool(page, '#terms-error').filter({ hasText: 'debe terminar antes del plazo neto' }).waitFor();
  assert.equal(await tool(page, '#terms').inputValue(), '2/40 neto 30');
  await tool(page, '#terms').fill('cuando pueda');
  await tool(page, '#terms-error').filter({ hasText: '«2/10 neto 30»' }).waitFor();
  await context.close();
});

test('paying after the net date adds the late interest of the chosen regime', async () => {
  const { page, context } = await openDiscount({ amount: '1000', 'invoice-date': '2025-03-03', 'payment-date': '2025-05-02', terms: '2/10 net 30', regime: 'es-commercial' });
  // Net due 2 April; 30 days at 11.15 %: 9.16 + €40 compensation.
  await page.waitForFunction(() => document.querySelector('cobro-discount').result?.lateInterest?.totalDue === '1049.16');
  assert.equal(await tool(page, '#s-pay').textContent(), '1049,16\u00a0€');
  assert.match(await tool(page, '#s-pay-sub').textContent(), /9,16\u00a0€ de intereses y 40,00\u00a0€ de indemnización/);
  await context.close();
});

test('paid past the late-interest table: one click gives the provisional figure, marked as such', async () => {
  const { page, context, problems } = await openDiscount({
    amount: '1000', 'invoice-date': '2026-11-01', 'payment-date': '2027-01-20', terms: '2/10 neto 30', regime: 'es-commercial',
  });
  const assume = tool(page, '#coverage-notice button.assume-rate');
  await assume.waitFor();
  assert.match(await tool(page, '#coverage-notice .text').textContent(), /llegan hasta el 31 de diciembre de 2026: para los días desde el 1 de enero de 2027 no hay tipo conocido/);
  // The tool has no «rateTable»: its status does not ask for one.
  assert.doesNotMatch(await tool(page, '.status').textContent(), /rateTable/);
  await assume.click();
  await page.waitForFunction(() => document.querySelector('cobro-discount').result?.lateInterest?.provisional === true);
  // Net due 1 Dec 2026; late from 2 Dec: 2–31 Dec, 1000 × 10.40 % × 30 / 365 = 8.547… → 8.55;
  // 1–20 Jan 2027 at the assumed 10.40 %: 1000 × 10.40 % × 20 / 365 = 5.698… → 5.70; + 40.00 compensation.
  const late = await page.evaluate(() => document.querySelector('cobro-discount').result.lateInterest);
  assert.deepEqual([late.interest, late.totalDue], ['14.25', '1054.25']);
  assert.equal(await tool(page, '#provisional').isVisible(), true);
  assert.equal(await page.locator('cobro-discount').getAttribute('past-coverage'), 'assumeLastRate');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an annual cost above 1000 % reads "más de 1000 %", with one line on why', async () => {
  const { page, context, problems } = await openDiscount({ amount: '1000', 'invoice-date': '2026-11-01', 'payment-date': '2026-11-05', terms: '50/10 neto 30' });
  // 50/10 net 30: d/(1−d) = 1, so the compound cost is 2^(365/20) − 1 ≈ 31 174 251 %.
  await page.waitForFunction(() => Number(document.querySelector('cobro-discount').result?.tiers[0]?.annualCostCompoundPercent) > 1000);
  assert.equal(await tool(page, '#s-cost').textContent(), 'más de 1000\u00a0%');
  assert.match(await tool(page, '#cost-sentence').textContent(), /^No aprovechar el descuento del 50\u00a0% te cuesta el equivalente a más de un 1000\u00a0% anual: /);
  assert.deepEqual((await tool(page, '#tiers-body td').allTextContents()).slice(-2), ['más de 1000\u00a0%', 'más de 1000\u00a0%']);
  assert.doesNotMatch(await tool(page, '.results').first().textContent(), /31\.174\.251/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('past the late-interest table, the missing rate can be typed where the notice says so', async () => {
  const { page, context, problems } = await openDiscount({
    amount: '1000', 'invoice-date': '2026-11-01', 'payment-date': '2027-01-20', terms: '2/10 neto 30', regime: 'es-commercial',
  });
  const field = tool(page, '#coverage-rate');
  await field.waitFor();
  assert.equal(await tool(page, 'label[for="coverage-rate"]').textContent(), 'Tipo anual (%) desde el 1 de enero de 2027');
  await field.fill('10,5');
  // 2–31 Dec 2026 at 10.40 %: 8.55; 1–20 Jan 2027 at the typed 10.50 %: 1000 × 10.50 % × 20 / 365 = 5.753… → 5.75.
  await page.waitForFunction(() => document.querySelector('cobro-discount').result?.lateInterest?.interest === '14.30');
  assert.equal(await page.locator('cobro-discount').getAttribute('rate-table'), '2027-01-01:10,5');
  assert.equal(await page.evaluate(() => document.querySelector('cobro-discount').result.lateInterest.provisional), false);
  assert.equal(await field.isVisible(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('under Colombia’s regime, which gives no compensation, the late figure names the interest alone', async () => {
  // As a Colombian user opens it: the page's country sets COP, es-CO and co-moratorio.
  const { page, context, problems } = await openDiscount({ amount: '1000000', 'invoice-date': '2025-03-03', 'payment-date': '2025-05-02', terms: '2/10 net 30' }, '?country=CO');
  // Net due 2 April 2025. Daily rate (1 + EA)^(1/365) − 1 to 18 decimals
  // (tests/native/colombia.rs): 3–30 April, 28 days at 25,62 % EA →
  // 1.000.000 × 0,000624936… × 28 = 17.502,88; 1–2 May, 2 days at 25,97 %
  // → 1.265,46. Together 18.768,34 (Python decimal, 60 digits).
  await page.waitForFunction(() => document.querySelector('cobro-discount').result?.lateInterest?.interest === '18768.34');
  assert.equal(await tool(page, '#s-pay-sub').textContent(), 'Incluye $\u00a018.768 de intereses');
  assert.deepEqual(problems, []);
  await context.close();
});
