// The collection-advice tool in a real browser, served with the page's CSP.
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

const tool = (page, selector) => page.locator(`cobro-advice ${selector}`);

async function openAdvice(attrs, query = '') {
  const opened = await openPage(env.browser, `${env.url}${query}#advice`);
  await opened.page.evaluate((a) => {
    const el = document.querySelector('cobro-advice');
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
  }, attrs);
  return opened;
}

test('the firm notice for two invoices, with its e-mail ready to send', async () => {
  const { page, context, problems, requests } = await openAdvice({
    invoices: 'F-101|1000|2026-10-01; F-107|480,40|2026-10-10', 'as-of': '2026-10-16', regime: 'es-commercial', 'customer-name': 'Ana Pérez',
  });
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.stage === 'firm_notice');
  assert.equal(await tool(page, '#s-stage').textContent(), 'Aviso firme');
  const email = tool(page, '#messages article.message.email');
  assert.match(await tool(page, '#extra-messages article.plan_proposal .subject').textContent(), /^Propuesta de plan de pagos: F-101 y F-107$/);
  assert.match(await email.locator('.subject').textContent(), /^Aviso de impago: F-101 y F-107\. Nuevo plazo: 23 de octubre de 2026$/);
  const body = await email.locator('pre.body').textContent();
  assert.match(body, /^A la atención de Ana Pérez:/);
  assert.match(body, /• Factura F-107 · vencimiento: 10 de octubre de 2026 · 480,40\u00a0€/);
  const href = await email.locator('a.button-link').getAttribute('href');
  assert.ok(href.startsWith('mailto:?subject=Aviso%20de%20impago'), href);
  assert.equal(await tool(page, '.ladder svg circle.step.current').count(), 1);
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.url)), []);
  await context.close();
});

test('a customer name with markup is shown as text and runs nothing', async () => {
  const { page, context, problems } = await openAdvice({ invoices: 'F-1|100|2026-10-01', 'as-of': '2026-10-02' });
  await page.exposeFunction('markupRan', () => problems.push('markup ran'));
  await page.evaluate(() => {
    window.alert = () => window.markupRan();
  });
  await tool(page, '#customer-name').fill('<img src=x onerror=alert(1)>');
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.values?.customerName?.startsWith('<img'));
  const body = await tool(page, 'article.message.email pre.body').textContent();
  assert.ok(body.startsWith('Hola, <img src=x onerror=alert(1)>:'), body);
  assert.equal(await tool(page, 'img').count(), 0);
  await page.waitForTimeout(200);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a promise pauses the ladder; marking it broken escalates', async () => {
  const { page, context } = await openAdvice({ invoices: 'F-1|100|2026-10-01', 'as-of': '2026-10-05', promises: '2026-10-20|100|pending' });
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.stage === 'promise_pending');
  // Today: wait; next: the reminder the day before the promise (Monday 19 Oct).
  assert.equal(await tool(page, '#s-stage').textContent(), 'Esperar la fecha prometida');
  assert.equal(await tool(page, '#s-next').textContent(), 'Recordar la promesa');
  assert.equal(await tool(page, '#s-next-date').textContent(), '19 oct 2026');
  await tool(page, '#promises-0-2').selectOption('broken');
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.stage === 'firm_notice');
  assert.equal(await page.locator('cobro-advice').getAttribute('promises'), '2026-10-20|100|broken');
  await context.close();
});

test('pasted CSV becomes invoice rows; an overpaid invoice is pointed at', async () => {
  const { page, context } = await openAdvice({ invoices: 'F-1|100|2026-10-01', 'as-of': '2026-10-20' });
  await page.waitForFunction(() => document.querySelector('cobro-advice').result);
  await tool(page, 'details.csv-import summary').click();
  await tool(page, '#csv').fill('número;importe;vencimiento;pagado\nF-2;250,00;2026-10-05;300');
  await tool(page, 'button.import').click();
  await tool(page, '#invoices-error').filter({ hasText: 'supera el importe' }).waitFor();
  assert.equal(await tool(page, '#invoices-1-3').getAttribute('aria-invalid'), 'true');
  await tool(page, '#invoices-1-3').fill('50');
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.figures?.amountDue === '300.00');
  await context.close();
});

test('the ladder can be adjusted, and is remembered only when asked', async () => {
  const { page, context } = await openAdvice({ invoices: 'F-1|100|2026-10-01', 'as-of': '2026-10-05' });
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.stage === 'first_reminder');
  await tool(page, 'details.ladder-editor summary').click();
  await tool(page, 'button[data-add="ladder"]').click(); // starts from the ladder in use
  assert.equal(await tool(page, '#ladder-rows tr').count(), 8);
  // Days must increase: the firm notice before the second reminder is refused…
  await tool(page, '#ladder-3-1').fill('4');
  // The error names the row editor's own column and row, not the API's path.
  await tool(page, '#ladder-error').filter({ hasText: '«Día (fila 4)»' }).waitFor();
  assert.doesNotMatch(await tool(page, '#ladder-error').textContent(), /ladder\[/);
  // …so the second reminder moves to day 3 and the firm notice to day 4.
  await tool(page, '#ladder-2-1').fill('3');
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.stage === 'firm_notice');
  assert.equal(await page.evaluate(() => localStorage.getItem('cobro.advice.ladder')), null);
  await tool(page, '#remember-ladder').check();
  assert.match(await page.evaluate(() => localStorage.getItem('cobro.advice.ladder')), /firm_notice\|4\|/);
  await tool(page, '#remember-ladder').uncheck();
  assert.equal(await page.evaluate(() => localStorage.getItem('cobro.advice.ladder')), null);
  await context.close();
});

test('interest past the rate table: one click computes it provisionally, and the figures say so', async () => {
  const { page, context, problems } = await openAdvice({
    invoices: 'F-1|1000|2026-10-31', 'as-of': '2027-03-15', regime: 'es-commercial', 'customer-name': 'Ana Pérez',
  });
  const assume = tool(page, '#coverage-notice button.assume-rate');
  await assume.waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('cobro-advice').result.figures.interest), null);
  await assume.click();
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.figures.provisional === true);
  // As in the interest tool: 17.38 (61 days of 2026 at 10.40 %) + 21.08 (74 days of 2027, assumed) = 38.46.
  assert.equal(await page.evaluate(() => document.querySelector('cobro-advice').result.figures.interest), '38.46');
  assert.equal(await tool(page, '#provisional').isVisible(), true);
  assert.equal(await tool(page, '#coverage-notice').isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('unticking "business" switches a commercial regime to the consumer one, visibly, and back', async () => {
  const { page, context, problems } = await openAdvice({
    invoices: 'F-1|1000|2026-10-01', 'as-of': '2026-10-16', regime: 'es-commercial', 'customer-name': 'Ana Pérez',
  });
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.figures.compensation === '40.00');
  await tool(page, '#b2b').uncheck();
  // 1000 × 3.25 % (interés legal del dinero) × 15 / 365 = 1.34, no compensation.
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.figures.interest === '1.34');
  assert.equal(await tool(page, '#regime').inputValue(), 'es-legal');
  assert.equal(await page.locator('cobro-advice').getAttribute('regime'), 'es-legal');
  assert.equal(await page.evaluate(() => document.querySelector('cobro-advice').result.figures.compensation), '0.00');
  await tool(page, '#b2b').check();
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.figures.compensation === '40.00');
  assert.equal(await tool(page, '#regime').inputValue(), 'es-commercial');
  assert.deepEqual(problems, []);
  await context.close();
});

test('marking the suggested message as sent records it, and the next step moves on from it', async () => {
  const { page, context, problems } = await openAdvice({
    invoices: 'F-1|1000|2026-10-01', 'as-of': '2026-10-02', regime: 'es-commercial', 'customer-name': 'Ana Pérez', contacts: '',
  });
  // 1 day late, nothing on record yet: the first reminder, today.
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.stage === 'first_reminder');
  await tool(page, '#messages article.message.email button.mark-sent').click();
  assert.equal(await page.locator('cobro-advice').getAttribute('contacts'), '2026-10-02|first_reminder|email');
  // On record: the next step is the second reminder (+7), 6 days after the first: Thursday 8 Oct.
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.stage === 'second_reminder');
  assert.equal(await page.evaluate(() => document.querySelector('cobro-advice').result.contactDate), '2026-10-08');
  // Nothing to send today: the card says when the next contact is.
  assert.equal(await tool(page, '.card.main dt').textContent(), 'Próximo contacto');
  assert.equal(await tool(page, '#contacts-0-1').inputValue(), 'first_reminder');
  assert.equal(await tool(page, '#contacts-0-2').inputValue(), 'email');
  // 95 days late with nothing sent on record: at most the firm notice, and no court-claim letter.
  await page.evaluate(() => {
    const el = document.querySelector('cobro-advice');
    el.setAttribute('contacts', '');
    el.setAttribute('as-of', '2027-01-04');
  });
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.stage === 'firm_notice');
  assert.doesNotMatch(await tool(page, '#messages').textContent(), /vías amistosas|recordatorios anteriores/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('errors name the form\u2019s own labels and use the page\u2019s number and date formats, in es and en', async () => {
  const expected = {
    es: {
      amount: '«Importe (fila 1)» no es un importe válido: escribe un importe como 1.200,50.',
      paid: '«Ya pagado (fila 2)»: lo pagado supera el importe de la factura (2579,18 > 100).',
      date: '«Primer vencimiento» debe ser posterior a 22 nov 2026.',
    },
    en: {
      amount: '“Amount (row 1)” is not a valid amount: write an amount such as 1,200.50.',
      paid: '“Already paid (row 2)”: the amount paid exceeds the invoice amount (2579.18 > 100).',
      date: '“First due date” must come after Nov 22, 2026.',
    },
  };
  for (const lang of ['es', 'en']) {
    const { page, context, problems } = await openPage(env.browser, `${env.url}${lang === 'en' ? '?lang=en' : ''}#advice`);
    await page.waitForFunction(() => document.querySelector('cobro-advice')?.result);
    const error = tool(page, '#invoices-error');
    await page.evaluate(() => document.querySelector('cobro-advice').setAttribute('invoices', 'F-1|abc|2026-10-01'));
    await error.filter({ hasText: expected[lang].amount }).waitFor();
    await page.evaluate((paid) => document.querySelector('cobro-advice').setAttribute('invoices', `F-1|100|2026-10-01; F-2|100|2026-10-01|${paid}`), lang === 'es' ? '2579,18' : '2579.18');
    await error.filter({ hasText: expected[lang].paid }).waitFor();
    await page.locator('nav.tools a[href="#plan"]').click();
    await page.waitForFunction(() => document.querySelector('cobro-plan')?.result);
    await page.evaluate(() => {
      const el = document.querySelector('cobro-plan');
      el.setAttribute('start-date', '2026-11-22');
      el.setAttribute('first-due-date', '2026-11-01');
    });
    await page.locator('cobro-plan #first-due-date-error').filter({ hasText: expected[lang].date }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('what was sent is remembered for this customer only when asked, and comes back with the page', async () => {
  const { page, context, problems } = await openAdvice({
    invoices: 'F-1|1000|2026-10-01', 'as-of': '2026-10-02', 'customer-name': 'Ana Pérez', contacts: '',
  });
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.stage === 'first_reminder');
  await tool(page, '#messages article.message.email button.mark-sent').click();
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.stage === 'second_reminder');
  assert.equal(await page.evaluate(() => localStorage.getItem('cobro.advice.contacts')), null);
  await tool(page, '#remember-contacts').check();
  assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem('cobro.advice.contacts'))), { 'Ana Pérez': '2026-10-02|first_reminder|email' });
  // A new page for the same customer starts from the record, even when the
  // customer is named after the module is in (a site fills it in later).
  await page.reload();
  await page.waitForFunction(() => document.querySelector('cobro-advice')?.result);
  await page.evaluate(() => {
    const el = document.querySelector('cobro-advice');
    for (const [k, v] of Object.entries({ invoices: 'F-1|1000|2026-10-01', 'as-of': '2026-10-02', 'customer-name': 'Ana Pérez' })) el.setAttribute(k, v);
  });
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.stage === 'second_reminder');
  assert.equal(await page.locator('cobro-advice').getAttribute('contacts'), '2026-10-02|first_reminder|email');
  await tool(page, '#remember-contacts').uncheck();
  assert.equal(await page.evaluate(() => localStorage.getItem('cobro.advice.contacts')), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('interest past the rate table: the missing rate can be typed in the notice', async () => {
  const { page, context, problems } = await openAdvice({
    invoices: 'F-1|1000|2026-10-31', 'as-of': '2027-03-15', regime: 'es-commercial', 'customer-name': 'Ana Pérez',
  });
  const field = tool(page, '#coverage-rate');
  await field.waitFor();
  await field.fill('10,5');
  // 17.38 (61 days of 2026 at 10.40 %) + 1000 × 10.50 % × 74 / 365 = 21.287… → 21.29: 38.67.
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.figures.interest === '38.67');
  assert.equal(await page.evaluate(() => document.querySelector('cobro-advice').result.figures.provisional), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('under Colombia’s regime, which gives no compensation, the breakdown leaves it out', async () => {
  const { page, context, problems } = await openAdvice({ invoices: 'F-1|1000000|2025-04-02', 'as-of': '2025-05-02' }, '?country=CO');
  // 30 days late: 18.768,34 of interest, as in discount.test.mjs's Colombian case.
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.figures.interest === '18768.34');
  assert.equal(await tool(page, '#s-breakdown').textContent(), 'Pendiente $\u00a01.000.000 · intereses $\u00a018.768');
  assert.deepEqual(problems, []);
  await context.close();
});
