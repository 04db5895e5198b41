// The page's country choice (issue 13): one select sets the currency, the
// locale, the default late-interest regime and the holiday calendar of
// every tool, each still changeable; the debtor link carries the country.
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

const attrs = (page, tool) =>
  page.evaluate((t) => {
    const el = document.querySelector(`cobro-${t}`);
    return Object.fromEntries(['currency', 'regime', 'locale', 'holidays', 'country'].map((a) => [a, el.getAttribute(a)]));
  }, tool);

test('choosing Colombia sets COP, es-CO, co-moratorio and the Colombian holidays everywhere', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.url}#interest`);
  await page.waitForFunction(() => document.querySelector('cobro-interest')?.result);
  await page.selectOption('#country', 'CO');
  assert.match(page.url(), /[?&]country=CO/);
  assert.deepEqual(await attrs(page, 'interest'), { currency: 'COP', regime: 'co-moratorio', locale: 'es-CO', holidays: null, country: null });
  assert.deepEqual(await attrs(page, 'plan'), { currency: 'COP', regime: null, locale: 'es-CO', holidays: 'CO', country: 'CO' });
  assert.deepEqual(await attrs(page, 'advice'), { currency: 'COP', regime: 'co-moratorio', locale: 'es-CO', holidays: 'CO', country: null });
  assert.deepEqual(await attrs(page, 'discount'), { currency: 'COP', regime: 'co-moratorio', locale: 'es-CO', holidays: null, country: null });

  // COP 10.000.000 due 31 Jan 2025 to 31 Dec 2025: 2.059.619,25 (tests/native/colombia.rs).
  await page.evaluate(() => {
    const el = document.querySelector('cobro-interest');
    el.setAttribute('principal', '10000000');
    el.setAttribute('due-date', '2025-01-31');
    el.setAttribute('as-of', '2025-12-31');
  });
  await page.waitForFunction(() => document.querySelector('cobro-interest').result?.interest === '2059619.25');
  const tool = (s) => page.locator(`cobro-interest ${s}`);
  assert.match(await tool('#s-interest').textContent(), /2\.059\.619/);
  // Each month's row quotes the EA rate and its effective monthly rate.
  const firstRate = await tool('#segments-body tr:first-child td:nth-child(4)').textContent();
  assert.match(firstRate, /^26,3\d?\s?% EA · 1,96\d?\s?% mensual$/);
  assert.equal(await tool('#segments-body tr').count(), 11);
  assert.match(await tool('.regime-info').textContent(), /efectiva anual\. Tipos conocidos hasta el 31 de marzo de 2026\./);

  // Colombia's regime gives no compensation for recovery costs: the card
  // says so, and a payment goes to interest, then capital, with no
  // "to compensation" column. 5.000.000 due 31 Oct 2024, 2.000.000 paid
  // on 15 Dec 2024: 149.301,44 to interest, 1.850.698,56 to capital
  // (derived in tests/native/colombia.rs).
  assert.equal(await tool('#s-compensation').textContent(), 'No aplica');
  assert.equal(await tool('.payments .hint').textContent(), 'Cada pago se aplica primero a los intereses y luego al principal.');
  await page.evaluate(() => {
    const el = document.querySelector('cobro-interest');
    el.setAttribute('principal', '5000000');
    el.setAttribute('due-date', '2024-10-31');
    el.setAttribute('payments', '2024-12-15:2000000');
  });
  await page.waitForFunction(() => document.querySelector('cobro-interest').result?.payments[0]?.toInterest === '149301.44');
  assert.deepEqual(await tool('section.applied thead th:visible').allTextContents(), ['Fecha del pago', 'Pagado', 'A intereses', 'A principal']);
  assert.deepEqual(await tool('#applied-body tr td:visible').allTextContents(), ['$\u00a02.000.000', '$\u00a0149.301', '$\u00a01.850.699']);

  // Past the series (March 2026), the message under the date names the
  // page's "Tipos propios", not the API's field «rateTable».
  await page.evaluate(() => document.querySelector('cobro-interest').setAttribute('as-of', '2026-12-03'));
  await tool('#as-of-error').filter({ hasText: 'Tipos propios' }).waitFor();
  assert.doesNotMatch(await tool('#as-of-error').textContent(), /rateTable/);
  await page.evaluate(() => {
    const el = document.querySelector('cobro-interest');
    el.removeAttribute('payments');
    el.setAttribute('as-of', '2025-12-31');
  });

  // The plan: with businessDays "following", a due date on Monday 23 March
  // 2026 (San José) moves to Tuesday 24.
  await page.evaluate(() => {
    location.hash = '#plan';
    const el = document.querySelector('cobro-plan');
    el.setAttribute('start-date', '2026-02-23');
    el.setAttribute('first-due-date', '2026-03-23');
    el.setAttribute('business-days', 'following');
  });
  await page.waitForFunction(() => document.querySelector('cobro-plan').result?.schedule[0].dueDate === '2026-03-24');
  // Each tool's own field can still change what the country set.
  await page.evaluate(() => document.querySelector('cobro-interest').setAttribute('regime', 'fixed'));
  assert.equal(await page.evaluate(() => document.querySelector('cobro-advice').getAttribute('regime')), 'co-moratorio');
  assert.deepEqual(problems, []);
  await context.close();
});

test('in English on a phone, the United Kingdom: en-GB, GBP, no sideways scroll', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.url}?lang=en&country=gb-eng#interest`, { ...PHONE, locale: 'en-GB' });
  await page.waitForFunction(() => document.querySelector('cobro-interest')?.result);
  assert.equal(await page.locator('#country').inputValue(), 'GB-ENG');
  assert.equal(await page.locator('.country span').textContent(), 'Country');
  assert.equal(await page.locator('#country option:checked').textContent(), 'United Kingdom (England and Wales)');
  assert.deepEqual(await attrs(page, 'interest'), { currency: 'GBP', regime: 'uk-commercial', locale: 'en-GB', holidays: null, country: null });
  assert.equal(await page.evaluate(() => document.scrollingElement.scrollWidth), 360);
  const box = await page.locator('#country').boundingBox();
  assert.ok(box.height >= 44 && box.x >= 0 && box.x + box.width <= 360, JSON.stringify(box));
  // Switching the language keeps the country's locale for that language.
  await page.locator('[data-lang="es"]').click();
  assert.equal(await page.evaluate(() => document.querySelector('cobro-interest').getAttribute('locale')), 'es-ES');
  assert.equal(await page.locator('#country option:checked').textContent(), 'Reino Unido (Inglaterra y Gales)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the debtor link carries the country, and the debtor’s due dates skip its holidays', async () => {
  const creditor = await openPage(env.browser, `${env.url}?country=CO`, { ...PHONE });
  const { page } = creditor;
  await page.waitForFunction(() => document.querySelector('cobro-plan')?.result);
  const plan = (s) => page.locator(`cobro-plan ${s}`);
  await plan('#amount').fill('1200000');
  await plan('summary[data-t="forDebtor"]').click();
  await plan('#creditor-name').fill('Ferretería Andina');
  await plan('button.make-link').click();
  await plan('.link-out:not([hidden])').waitFor();
  const link = await plan('#link-text').inputValue();
  assert.match(link, /&y=CO&/);
  assert.match(link, /&c=COP&/);
  assert.match(link, /&lo=es-CO&/);

  const debtor = await openPage(env.browser, link, { ...PHONE });
  await debtor.page.waitForFunction(() => document.querySelector('cobro-debtor')?.result);
  // A month after Thu 26 Nov 2026 is Sat 26 Dec: the first payment moves
  // to Monday 28 December, still within the 31 days the creditor allows
  // (the limit, Sun 27 Dec, moves to the same Monday).
  const result = await debtor.page.evaluate(() => document.querySelector('cobro-debtor').result.proposal.plan);
  assert.equal(result.schedule[0].dueDate, '2026-12-28');
  assert.deepEqual(result.policyViolations, []);
  // Tue 26 Jan 2027 and later: none on a weekend or a Colombian holiday (Ley 51 de 1983).
  const off = new Set(['2027-01-01', '2027-01-11', '2027-03-22', '2027-03-25', '2027-03-26', '2027-05-01', '2027-05-10', '2027-05-31', '2027-06-07', '2027-07-05', '2027-07-20', '2027-08-07', '2027-08-16', '2027-10-18', '2027-11-01', '2027-11-15', '2027-12-08', '2027-12-25']);
  for (const row of result.schedule) {
    const day = new Date(`${row.dueDate}T12:00:00Z`).getUTCDay();
    assert.ok(day !== 0 && day !== 6 && !off.has(row.dueDate), row.dueDate);
  }
  assert.deepEqual(debtor.problems, []);
  assert.deepEqual(creditor.problems, []);
  await debtor.context.close();
  await creditor.context.close();
});
