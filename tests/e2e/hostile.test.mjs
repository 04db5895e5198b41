// Hostile and careless inputs on the page (issue 9): what a user pastes
// never changes the rows around it or vanishes in silence, a stored value
// is checked before use, and a module that fails to load can be retried.
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

const advice = (page, selector) => page.locator(`cobro-advice ${selector}`);

test('a pasted invoice number with "|" stays one invoice; unreadable lines are named', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.url}#advice`);
  await page.evaluate(() => {
    const el = document.querySelector('cobro-advice');
    el.setAttribute('invoices', 'F-1|100|2026-10-01');
    el.setAttribute('as-of', '2026-10-20');
  });
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.invoices?.length === 1);
  await advice(page, 'details.csv-import summary').click();
  // The attack of issue 9: written back unescaped, this became a 9 999 € invoice due in 2020.
  await advice(page, '#csv').fill('A|9999|2020-01-01,100,2025-01-01\n"F-7, parte 2",50,01/10/2026\nF-8,20,2026-13-01');
  await advice(page, 'button.import').click();
  await page.waitForFunction(() => document.querySelector('cobro-advice').result?.invoices?.length === 3);
  const numbers = await page.evaluate(() => document.querySelector('cobro-advice').result.invoices.map((i) => `${i.number} ${i.amountDue} ${i.dueDate}`));
  assert.deepEqual(numbers, ['F-1 100.00 2026-10-01', 'A|9999|2020-01-01 100.00 2025-01-01', 'F-7, parte 2 50.00 2026-10-01']);
  assert.equal(
    await advice(page, '#csv-error').textContent(),
    'No se han podido leer las líneas 3: cada una necesita número, importe y vencimiento (AAAA-MM-DD o dd/mm/aaaa). Se han quedado en el recuadro para corregirlas.',
  );
  assert.equal(await advice(page, '#csv').inputValue(), 'F-8,20,2026-13-01');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a huge or malformed saved ladder is ignored with a notice', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.url}#advice`);
  // Stored only once this page has read its own storage: otherwise its
  // first load could find the bad ladder, and the reload nothing.
  await page.waitForFunction(() => document.querySelector('cobro-advice')?.result);
  await page.evaluate(() => localStorage.setItem('cobro.advice.ladder', 'x|1|email; '.repeat(90_000)));
  await page.reload();
  await page.waitForFunction(() => document.querySelector('cobro-advice')?.result);
  assert.equal(
    await advice(page, '#saved-note').textContent(),
    'La escalera guardada en este navegador no era válida y se ha descartado; se usa la predeterminada.',
  );
  assert.equal(await page.evaluate(() => localStorage.getItem('cobro.advice.ladder')), null);
  assert.equal(await page.locator('cobro-advice').getAttribute('ladder'), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the module fails to load, each tool says so and a retry works', async () => {
  const context = await env.browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(env.url);
  await page.locator('cobro-plan button.retry').waitFor();
  assert.equal(
    await page.locator('cobro-plan .status').textContent(),
    'No se ha podido cargar la calculadora. Comprueba la conexión y vuelve a intentarlo.',
  );
  // No unhandled promise rejection reached the page.
  assert.deepEqual(problems, []);
  await page.unroute('**/*_bg.wasm');
  await page.locator('cobro-plan button.retry').click();
  await page.waitForFunction(() => document.querySelector('cobro-plan').result?.count === 12);
  assert.equal(await page.locator('cobro-plan button.retry').count(), 0);
  await context.close();
});
