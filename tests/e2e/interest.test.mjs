// The late-interest tool in a real browser, served with the page's CSP.
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

const tool = (page, selector) => page.locator(`cobro-interest ${selector}`);

async function openInterest(attrs) {
  const opened = await openPage(env.browser, `${env.url}#interest`);
  await opened.page.evaluate((a) => {
    const el = document.querySelector('cobro-interest');
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
  }, attrs);
  return opened;
}

const resultIs = (page, interest) =>
  page.waitForFunction((i) => document.querySelector('cobro-interest').result?.interest === i, interest);

test('Spanish commercial interest across 1 July, with its source and coverage', async () => {
  const { page, context, problems, requests } = await openInterest({ principal: '10000', 'due-date': '2025-05-31', 'as-of': '2025-08-15' });
  // 10000 × 11.15 % × 30 / 365 = 91.64; 10000 × 10.15 % × 46 / 365 = 127.92.
  await resultIs(page, '219.56');
  assert.equal(await tool(page, '#s-interest').textContent(), '219,56\u00a0€');
  assert.equal(await tool(page, '#s-compensation').textContent(), '40,00\u00a0€');
  assert.equal(await tool(page, '#segments-body tr').count(), 2);
  assert.match(await tool(page, '.regime-info').textContent(), /Tipos conocidos hasta el 31 de diciembre de 2026\./);
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.url)), []);
  await context.close();
});

test('changing the regime recomputes under its law', async () => {
  const { page, context } = await openInterest({ principal: '10000', 'due-date': '2025-05-31', 'as-of': '2025-08-15' });
  await resultIs(page, '219.56');
  await tool(page, '#regime').selectOption('de-b2b');
  // BGB §288(2): Basiszinssatz + 9. June: 10000 × 11.27 % × 30 / 365 = 92.63;
  // 1 Jul–15 Aug: 10000 × 10.27 % × 46 / 365 = 129.43.
  await resultIs(page, '222.06');
  assert.deepEqual(await tool(page, '#segments-body tr td:nth-child(4)').allTextContents(), ['11,27\u00a0%', '10,27\u00a0%']);
  assert.match(await tool(page, '.regime-info .source').textContent(), /BGB §288\(2\)/);
  await context.close();
});

test('a partial payment goes to compensation, interest, then principal', async () => {
  const { page, context, problems } = await openInterest({ principal: '10000', 'due-date': '2025-05-31', 'as-of': '2025-08-15' });
  await resultIs(page, '219.56');
  await tool(page, 'button[data-add="payments"]').click();
  await tool(page, '#payments-0-date').fill('2025-06-30');
  await tool(page, '#payments-0-value').fill('2.000');
  // Pay 2000 on 30 Jun: 40 compensation, 91.64 interest, 1868.36 principal → 8131.64;
  // 1 Jul–15 Aug: 8131.64 × 10.15 % × 46 / 365 = 104.0183… → 104.02.
  await resultIs(page, '195.66');
  assert.deepEqual(await tool(page, '#applied-body tr').first().locator('td').allTextContents(), [
    '2000,00\u00a0€', '40,00\u00a0€', '91,64\u00a0€', '1868,36\u00a0€',
  ]);
  assert.equal(await tool(page, '#s-total').textContent(), '8235,66\u00a0€');
  // The attribute holds the rows, readable by an embedder.
  assert.equal(await page.locator('cobro-interest').getAttribute('payments'), '2025-06-30:2.000');
  // Removing it restores the first result.
  await tool(page, 'button[data-remove="0"]').click();
  await resultIs(page, '219.56');
  assert.deepEqual(problems, []);
  await context.close();
});

test('past the table coverage: a notice and a field for the missing rate', async () => {
  const { page, context, problems } = await openInterest({ principal: '1000', 'due-date': '2026-12-15', 'as-of': '2027-01-20' });
  const notice = tool(page, '#coverage-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /llegan hasta el 31 de diciembre de 2026.*desde el 1 de enero de 2027/);
  assert.match(await tool(page, '#as-of-error').textContent(), /No hay un tipo de interés conocido para el 1 de enero de 2027/);
  assert.equal(await tool(page, '#rate-table-0-date').inputValue(), '2027-01-01');
  await tool(page, '#rate-table-0-value').fill('10,5');
  // 16–31 Dec 2026: 1000 × 10.40 % × 16 / 365 = 4.56; 1–20 Jan 2027: 1000 × 10.50 % × 20 / 365 = 5.75.
  await resultIs(page, '10.31');
  assert.equal(await page.locator('cobro-interest').getAttribute('rate-table'), '2027-01-01:10,5');
  assert.deepEqual(problems, []);
  await context.close();
});

test('past the table coverage: one click computes with the last known rate, marked provisional, and one click undoes it', async () => {
  const { page, context, problems } = await openInterest({ principal: '1000', 'due-date': '2026-10-31', 'as-of': '2027-03-15' });
  const assume = tool(page, '#coverage-notice button.assume-rate');
  await assume.waitFor();
  assert.equal(await assume.textContent(), 'Usar el último tipo conocido (10,40\u00a0%) de forma provisional');
  await assume.click();
  // 1 Nov–31 Dec 2026: 1000 × 10.40 % × 61 / 365 = 17.38; 1 Jan–15 Mar 2027 at the
  // assumed 10.40 %: 1000 × 10.40 % × 74 / 365 = 21.08; 38.46 in all.
  await resultIs(page, '38.46');
  assert.equal(await page.evaluate(() => document.querySelector('cobro-interest').result.provisional), true);
  assert.equal(await page.locator('cobro-interest').getAttribute('past-coverage'), 'assumeLastRate');
  const mark = tool(page, '#provisional');
  assert.equal(await mark.isVisible(), true);
  assert.match(await mark.locator('.text').textContent(), /^Provisional: los tipos publicados de «España, operaciones comerciales \(Ley 3\/2004\)» llegan hasta el 31 de diciembre de 2026; desde el 1 de enero de 2027 se aplica el último tipo conocido, 10,40\u00a0%/);
  assert.match(await tool(page, '.status').textContent(), /^Calculado de forma provisional: 38,46\u00a0€/);
  assert.equal(await tool(page, '.summary').evaluate((el) => el.classList.contains('is-provisional')), true);
  await mark.locator('button.strict-rate').click();
  await tool(page, '#as-of-error').filter({ hasText: 'No hay un tipo de interés conocido' }).waitFor();
  assert.equal(await page.locator('cobro-interest').getAttribute('past-coverage'), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a payment after the calculation date is pointed at', async () => {
  const { page, context } = await openInterest({
    principal: '1000', 'due-date': '2026-01-15', 'as-of': '2026-02-01', regime: 'es-legal', payments: '2026-03-01:100',
  });
  const error = tool(page, '#payments-error');
  await error.filter({ hasText: 'posterior' }).waitFor();
  assert.equal(await tool(page, '#payments-0-date').getAttribute('aria-invalid'), 'true');
  await context.close();
});
