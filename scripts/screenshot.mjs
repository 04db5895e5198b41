// Takes a screenshot of the page in headless Chromium (for the README and
// for looking at UI changes): node scripts/screenshot.mjs URL OUT.png [width]
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

if (process.argv[1]?.endsWith('screenshot.mjs')) {
  const [url = 'http://127.0.0.1:8080/', out = 'screenshot.png', width = '1100'] = process.argv.slice(2);
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, deviceScaleFactor: 1, locale: process.env.LOCALE ?? 'es-ES', colorScheme: process.env.SCHEME ?? 'light' });
  page.on('console', (m) => console.log(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(url);
  // Wait for the visible tool's first result (or its first message).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('section.tool:not([hidden]) > :is(cobro-plan, cobro-interest, cobro-discount, cobro-advice)')].every(
      (el) => el.result || el.shadowRoot?.querySelector('.status')?.textContent,
    ),
  );
  await page.waitForTimeout(100);
  await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
  await browser.close();
}
