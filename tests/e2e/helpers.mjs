// Shared set-up of the browser end-to-end tests: the real static server
// (with the CSP header of SPEC §6), Debian's Chromium through
// playwright-core, a frozen clock and time zone, and a record of console
// errors and of every request the page makes.
import { serve } from '../../scripts/serve.mjs';
import { launch } from '../../scripts/screenshot.mjs';

/** Today, for every test: 26 November 2026, 10:00 in Madrid. */
export const NOW = new Date('2026-11-26T10:00:00+01:00');

export async function start() {
  const { server, url } = await serve(0);
  const browser = await launch();
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A phone for `openPage`: 360×740 CSS px, touch (SPEC §6, "Phone first"). */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/**
 * A fresh page with its problems recorded; a desktop window unless told
 * otherwise (e.g. `{...PHONE}`).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * `route` runs on the new context before the page is opened (e.g. to
 * delay one file).
 * @param {{locale?: string, viewport?: {width: number, height: number}, isMobile?: boolean, hasTouch?: boolean, colorScheme?: 'light' | 'dark', route?: (context: import('playwright-core').BrowserContext) => Promise<void>}} [options]
 */
export async function openPage(browser, url, { locale = 'es-ES', viewport = { width: 1280, height: 900 }, isMobile = false, hasTouch = false, colorScheme = 'light', route } = {}) {
  const context = await browser.newContext({ locale, timezoneId: 'Europe/Madrid', viewport, isMobile, hasTouch, colorScheme });
  await route?.(context);
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const problems = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  return { page, context, problems, requests };
}

/** The text of an element inside <cobro-plan>'s shadow root (Playwright pierces it). */
export function inPlan(page, selector) {
  return page.locator(`cobro-plan ${selector}`);
}

/**
 * What a phone shows of `cobro-${tool}`, measured in the page (run it with
 * `page.evaluate(measure, tool)`): the page width, what reaches past the
 * tool's right edge, picture text under 11 px, tap targets under 44 px, and
 * where the first result card starts.
 */
export function measure(tool) {
  const host = document.querySelector(`cobro-${tool}`);
  const root = host.shadowRoot;
  const box = host.getBoundingClientRect();
  const visible = (el) => el.getClientRects().length > 0 && el.getBoundingClientRect().width > 1;
  const name = (el) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}`;
  // Anything drawn past the tool's right edge needs sideways scrolling (or is cut off).
  const sideways = [
    ...new Set([...root.querySelectorAll('*')].filter((el) => visible(el) && el.getBoundingClientRect().right > box.right + 1).map(name)),
  ];
  const texts = [...root.querySelectorAll('svg text')].filter(visible);
  const smallText = texts
    .map((text) => {
      const px = parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a;
      return { text: text.textContent, px, height: text.getBoundingClientRect().height };
    })
    .filter((t) => t.px < 11 - 0.01 || t.height < 11)
    .map((t) => `${t.text}: ${t.px.toFixed(1)} px, ${t.height.toFixed(1)} px high`);
  const targets = [
    ...root.querySelectorAll('button, select, input:not([type="checkbox"], [type="radio"]), a.button-link, summary'),
    ...[...root.querySelectorAll('input[type="checkbox"], input[type="radio"]')].map((input) => input.closest('label') ?? input),
    ...document.querySelectorAll('nav.tools a, .lang button'),
  ];
  const smallTargets = targets
    .filter((el) => visible(el) && el.getBoundingClientRect().height < 44 - 0.5)
    .map((el) => `${name(el)} "${el.textContent.trim().slice(0, 30)}": ${el.getBoundingClientRect().height.toFixed(1)} px`);
  const card = root.querySelector('.summary .card, .plan-card');
  return {
    scrollWidth: document.scrollingElement.scrollWidth,
    sideways,
    texts: texts.length,
    smallText,
    smallTargets,
    firstCardTop: card ? card.getBoundingClientRect().top + scrollY : null,
  };
}
