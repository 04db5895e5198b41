// The made-up invoicing site of www/embed-demo.html (issue 11), end to end:
// its list of invoices with the interest to date of each, from one
// `lateInterestBatch` call; an invoice's page with <cobro-interest> and
// <cobro-plan> in the site's colours, the plan offered for the total due;
// in Spanish and in English, and on a phone without sideways scrolling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, PHONE } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** The list's rows as shown: number, days late (or status), interest, total due. */
const listRows = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#invoices tbody tr')].map((tr) => [...tr.cells].filter((_, i) => [0, 4, 5, 6].includes(i)).map((c) => c.textContent)),
  );

const wasmFiles = (requests) => requests.map((u) => new URL(u).pathname).filter((p) => p.endsWith('.wasm'));

test('the invoice list shows each overdue invoice\u2019s interest to date, and its page the same figure and a plan for the total', async () => {
  const { page, context, problems, requests } = await openPage(env.browser, `${env.url}embed-demo.html`);
  await page.locator('#list-status').filter({ hasText: 'Intereses calculados' }).waitFor();
  // Today is 26 Nov 2026 (helpers.mjs); Ley 3/2004 rate for H2 2026: 10.40 %.
  // F-2026-031: 2500.00 due 19 Sep, 68 days (20 Sep–26 Nov): 2500 × 0.104 × 68/365 = 48.438… → 48.44,
  //   + 40.00 compensation (art. 8) = 2588.44 due.
  // F-2026-042: 480.40 due 20 Nov, 6 days: 480.40 × 0.104 × 6/365 = 0.8213… → 0.82; + 40.00 = 521.22.
  const rows = await listRows(page);
  assert.deepEqual(rows[0], ['F-2026-029', 'Pagada el 12 ago 2026', '', '']);
  assert.deepEqual(rows[1], ['F-2026-031', '68', '48,44\u00a0€', '2588,44\u00a0€']);
  assert.deepEqual(rows[3], ['F-2026-042', '6', '0,82\u00a0€', '521,22\u00a0€']);
  const partial = rows[2];
  assert.equal(partial[0], 'F-2026-038');

  // The invoice's page: the component computes the same figure on its own.
  await page.locator('a[href="#F-2026-038"]').click();
  await page.waitForFunction(() => document.querySelector('cobro-interest').result?.payments?.length === 1);
  const single = await page.evaluate(() => document.querySelector('cobro-interest').result);
  const euros = (text) => new Intl.NumberFormat('es-ES', { style: 'currency', currency: 'EUR' }).format(Number(text));
  assert.deepEqual(partial.slice(1), [String(single.daysLate), euros(single.interest), euros(single.totalDue)]);

  await page.locator('a.back').click();
  await page.locator('a[href="#F-2026-031"]').click();
  await page.waitForFunction(() => document.querySelector('cobro-interest').result?.totalDue === '2588.44');
  // The plan is offered for the total due: 2588.44 in 6 installments at 0 %: 2588.44 / 6 = 431.406…,
  // rounded up to the cent (the last row takes the residue) → 431.41.
  await page.waitForFunction(() => document.querySelector('cobro-plan').result?.financed === '2588.44');
  const plan = await page.evaluate(() => document.querySelector('cobro-plan').result);
  assert.deepEqual([plan.count, plan.installmentAmount], [6, '431.41']);

  // In the site's colours: its soft indigo on the key card, its 6 px radius, its font.
  const look = await page.evaluate(() => {
    const card = document.querySelector('cobro-interest').shadowRoot.querySelector('.card.main');
    const style = getComputedStyle(card);
    return { background: style.backgroundColor, radius: style.borderTopLeftRadius, font: style.fontFamily.split(',')[0] };
  });
  assert.deepEqual(look, { background: 'rgb(238, 242, 255)', radius: '6px', font: 'Inter' });

  // Each tool's wasm once: the list's batch and the component share the interest module.
  assert.deepEqual(wasmFiles(requests).sort(), ['/pkg/tools/interest_bg.wasm', '/pkg/tools/plan_bg.wasm']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('in English the site, its list and its components speak English', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.url}embed-demo.html`, { locale: 'en-GB' });
  await page.locator('#list-status').filter({ hasText: 'Intereses calculados' }).waitFor();
  await page.locator('button[data-lang="en"]').click();
  await page.locator('#list-status').filter({ hasText: 'Interest computed to 26 Nov 2026 for 3 invoices.' }).waitFor();
  assert.equal(await page.locator('#invoices thead th').nth(5).textContent(), 'Interest to date');
  const rows = await listRows(page);
  assert.deepEqual(rows[1], ['F-2026-031', '68', '€48.44', '€2,588.44']);
  assert.deepEqual(rows[0], ['F-2026-029', 'Paid on 12 Aug 2026', '', '']);
  await page.locator('a[href="#F-2026-031"]').click();
  await page.waitForFunction(() => document.querySelector('cobro-interest').result?.totalDue === '2588.44');
  assert.equal(await page.locator('#interest-title').textContent(), 'Late-payment interest');
  assert.equal(await page.locator('cobro-interest [data-t="totalDue"]').textContent(), 'Total due today');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a 360 px phone neither the list nor an invoice\u2019s page scrolls sideways', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.url}embed-demo.html`, { ...PHONE });
  await page.locator('#list-status').filter({ hasText: 'Intereses calculados' }).waitFor();
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  assert.equal(await width(), 360);
  await page.locator('a[href="#F-2026-031"]').click();
  await page.waitForFunction(() => document.querySelector('cobro-plan').result?.financed === '2588.44');
  assert.equal(await width(), 360);
  assert.deepEqual(problems, []);
  await context.close();
});
