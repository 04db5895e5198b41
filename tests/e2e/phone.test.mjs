// Every tool on a 360×740 touch phone, in Spanish and in English (SPEC §6,
// "Phone first"): no sideways scrolling of the page or inside a tool, chart
// text of at least 11 CSS px, tap targets of at least 44 px, and no console
// problem. Served with the page's CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, PHONE, measure } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const TOOLS = ['plan', 'interest', 'discount', 'advice'];
const LANGUAGES = [['es', 'es-ES'], ['en', 'en-GB']];
/** SPEC §6: chart text ≥ 11 px, tap targets ≥ 44 px. */
const MIN_TEXT_PX = 11;
const MIN_TARGET_PX = 44;

const resultReady = (page, tool) => page.waitForFunction((t) => document.querySelector(`cobro-${t}`)?.result, tool);
/** Pictures redraw in the frame after a size change (lib/svg.js). */
const twoFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

for (const tool of TOOLS) {
  for (const [lang, locale] of LANGUAGES) {
    test(`#${tool} in ${lang} fits a 360 px phone`, async () => {
      const { page, context, problems } = await openPage(env.browser, `${env.url}?lang=${lang}#${tool}`, { locale, ...PHONE });
      await resultReady(page, tool);
      await twoFrames(page);
      const m = await page.evaluate(measure, tool);
      assert.ok(m.scrollWidth <= 360, `the page is ${m.scrollWidth} px wide`);
      assert.deepEqual(m.sideways, [], 'nothing wider than the tool');
      // The interest tool has no picture; the others must have measured one.
      if (tool !== 'interest') assert.ok(m.texts > 0, 'the picture has text');
      assert.deepEqual(m.smallText, [], `picture text of at least ${MIN_TEXT_PX} px`);
      assert.deepEqual(m.smallTargets, [], `tap targets of at least ${MIN_TARGET_PX} px`);
      // The key figures come before a long form: on the first screen.
      assert.ok(m.firstCardTop < PHONE.viewport.height, `the first result card starts at ${m.firstCardTop} px`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('a tool opened from its tab redraws its picture at phone width', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.url}?lang=es#plan`, PHONE);
  await resultReady(page, 'plan');
  // The discount timeline was drawn while hidden, at its design width.
  await page.locator('nav.tools a[href="#discount"]').click();
  await resultReady(page, 'discount');
  await twoFrames(page);
  const svg = await page.evaluate(() => {
    const el = document.querySelector('cobro-discount').shadowRoot.querySelector('.timeline svg');
    return { viewBox: el.viewBox.baseVal.width, width: el.getBoundingClientRect().width };
  });
  assert.equal(svg.viewBox, Math.floor(svg.width));
  const m = await page.evaluate(measure, 'discount');
  assert.deepEqual(m.smallText, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a window narrowed to a phone redraws the ladder and stacks the rows', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.url}#advice`);
  await resultReady(page, 'advice');
  await page.setViewportSize(PHONE.viewport);
  await twoFrames(page);
  const m = await page.evaluate(measure, 'advice');
  assert.ok(m.scrollWidth <= 360, `the page is ${m.scrollWidth} px wide`);
  assert.deepEqual(m.sideways, []);
  assert.deepEqual(m.smallText, []);
  // Every invoice value shows whole: "F-2026-019" and "350,50" (app.js samples).
  const cut = await page.evaluate(() =>
    [...document.querySelector('cobro-advice').shadowRoot.querySelectorAll('#invoices-rows input:not([type="date"])')]
      .filter((input) => input.scrollWidth > input.clientWidth)
      .map((input) => input.value),
  );
  assert.deepEqual(cut, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('stacked rows are labelled in the language shown', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.url}?lang=es#interest`, PHONE);
  await resultReady(page, 'interest');
  const labels = () =>
    page.evaluate(() => {
      const root = document.querySelector('cobro-interest').shadowRoot;
      const row = root.querySelector('#segments-body tr');
      return { display: getComputedStyle(row).display, labels: [...row.cells].map((cell) => cell.dataset.label) };
    });
  assert.deepEqual(await labels(), { display: 'grid', labels: ['Desde', 'Hasta', 'Días', 'Tipo', 'Base', 'Intereses'] });
  await page.getByRole('button', { name: /EN/ }).click();
  await page.waitForFunction(() => document.querySelector('cobro-interest').shadowRoot.getElementById('s-interest').textContent.startsWith('€'));
  assert.deepEqual(await labels(), { display: 'grid', labels: ['From', 'To', 'Days', 'Rate', 'Base', 'Interest'] });
  // The row editors follow the language too.
  await page.locator('cobro-interest button[data-add="payments"]').click();
  assert.deepEqual(
    await page.evaluate(() => [...document.querySelector('cobro-interest').shadowRoot.querySelectorAll('#payments-rows td')].map((td) => td.dataset.label)),
    ['Payment date', 'Payment amount', 'Remove row'],
  );
  assert.deepEqual(problems, []);
  await context.close();
});
