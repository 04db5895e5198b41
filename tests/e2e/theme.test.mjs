// Themes (issue 11): theme="light" | "dark" | "auto" on every component,
// auto following prefers-color-scheme; the page follows the system too.
// Both themes pass axe's colour-contrast rule on every tool, in Spanish and
// in English, and light and dark look different.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage } from './helpers.mjs';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TOOLS = ['plan', 'interest', 'discount', 'advice'];

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const ready = (page, tool) => page.waitForFunction((t) => document.querySelector(`cobro-${t}`)?.result, tool);
const background = (page, selector) => page.evaluate((s) => getComputedStyle(document.querySelector(s)).backgroundColor, selector);

/** axe's colour-contrast violations of the page as it is, shadow roots included. */
async function contrast(page) {
  // Evaluated through the DevTools protocol: the page's CSP does not apply.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['color-contrast'], resultTypes: ['violations'] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.map((t) => [t].flat().join(' >>> ')).join(' ')}: ${n.any.map((a) => a.message).join('; ')}`));
}

for (const colorScheme of ['light', 'dark']) {
  for (const lang of ['es', 'en']) {
    test(`axe finds no contrast problem on any tool, ${colorScheme} system theme, ${lang}`, async () => {
      const { page, context, problems } = await openPage(env.browser, `${env.url}${lang === 'en' ? '?lang=en' : ''}#plan`, { colorScheme, locale: lang === 'en' ? 'en-US' : 'es-ES' });
      const found = [];
      for (const tool of TOOLS) {
        await page.evaluate((t) => { location.hash = t; }, tool);
        await ready(page, tool);
        await page.waitForTimeout(50);
        found.push(...(await contrast(page)).map((v) => `${tool}: ${v}`));
      }
      assert.deepEqual(found, []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('auto follows the system, theme="light" and theme="dark" hold against it, and the pictures differ', async () => {
  const shots = {};
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openPage(env.browser, `${env.url}#plan`, { colorScheme });
    await ready(page, 'plan');
    const plan = page.locator('cobro-plan');
    assert.equal(await plan.evaluate((el) => el.theme), 'auto');
    const auto = await background(page, 'cobro-plan');
    shots[colorScheme] = await plan.screenshot();
    await plan.evaluate((el) => { el.theme = 'light'; });
    assert.equal(await plan.getAttribute('theme'), 'light');
    const light = await background(page, 'cobro-plan');
    await plan.evaluate((el) => el.setAttribute('theme', 'dark'));
    const dark = await background(page, 'cobro-plan');
    assert.deepEqual({ auto, light, dark }, {
      auto: colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(22, 27, 34)',
      light: 'rgb(255, 255, 255)',
      dark: 'rgb(22, 27, 34)',
    });
    // The page around the components follows the system as well.
    assert.equal(await background(page, 'body'), colorScheme === 'light' ? 'rgb(238, 242, 245)' : 'rgb(13, 17, 23)');
    await context.close();
  }
  assert.notDeepEqual(shots.light, shots.dark);
});

test('a site colour set through the custom properties wins in both themes', async () => {
  const { page, context } = await openPage(env.browser, `${env.url}#plan`, { colorScheme: 'dark' });
  await ready(page, 'plan');
  const plan = page.locator('cobro-plan');
  await plan.evaluate((el) => el.style.setProperty('--cobro-bg', '#fdf6e3'));
  for (const theme of ['dark', 'light']) {
    await plan.evaluate((el, t) => { el.theme = t; }, theme);
    assert.equal(await background(page, 'cobro-plan'), 'rgb(253, 246, 227)');
  }
  await context.close();
});

test('the contrast check does look: a pale muted colour set by a site is reported', async () => {
  const { page, context } = await openPage(env.browser, `${env.url}#plan`);
  await ready(page, 'plan');
  await page.locator('cobro-plan').evaluate((el) => el.style.setProperty('--cobro-muted', '#d0d4d8'));
  const found = await contrast(page);
  assert.ok(found.length > 0);
  assert.ok(found.every((v) => v.startsWith('cobro-plan >>> ')), found.join('\n'));
  await context.close();
});
