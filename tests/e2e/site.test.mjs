// `make site` (scripts/site.mjs), as a static host serves it: dist/ is
// written from the build, served by a plain file server that applies the
// rules of dist/_headers as Netlify and Cloudflare Pages do (and nothing
// else: no compression, no CSP of its own), and the page smoke test runs
// against it: every tool computes, under the CSP that _headers gives, and
// the pages load only content-named files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../../scripts/site.mjs';
import { launch } from '../../scripts/screenshot.mjs';
import { NOW } from './helpers.mjs';

const www = fileURLToPath(new URL('../../www/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json', '.ts': 'text/plain',
};

/** The rules of a `_headers` file: `[pattern, {name: value}]`, `*` matching anything to its right. */
function readHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) rules.push([line.trim(), {}]);
    else if (/^\s+\S/.test(line) && rules.length) {
      const at = line.indexOf(':');
      rules.at(-1)[1][line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** A plain static file server for `dir`, with `_headers` applied; `application/octet-stream` unless told. */
function staticServer(dir) {
  const rules = readHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    let body;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    for (const [pattern, values] of rules) {
      const matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
      if (!matches) continue;
      for (const [name, value] of Object.entries(values)) {
        const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
        // Both hosts join a header set by two rules with a comma; Content-Type is replaced.
        headers[key] = headers[key] && key !== 'Content-Type' ? `${headers[key]}, ${value}` : value;
      }
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

let dist;
let site;
let browser;
before(async () => {
  dist = mkdtempSync(join(tmpdir(), 'cobro-dist-'));
  buildSite(www, dist);
  site = await staticServer(dist);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => (site ? site.server.close(resolve) : resolve()));
  rmSync(dist, { recursive: true, force: true });
});

/** A page of the site with its console problems, CSP violations and responses recorded. */
async function open(path, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ locale: 'es-ES', timezoneId: 'Europe/Madrid', viewport });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const problems = [];
  const responses = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => responses.push({ path: new URL(r.url()).pathname, status: r.status(), headers: r.headers() }));
  await page.goto(`${site.url}${path}`);
  return { page, context, problems, responses };
}

/** A hashed file's name carries the first 10 hex digits of its content's SHA-256. */
const HASHED = /^\/h\/.+\.([0-9a-f]{10})\.[a-z]+$/;

test('dist/ from a plain static server: every tool of the page computes, from content-named files only, under its CSP', async () => {
  const { page, context, problems, responses } = await open('');
  // 1200 at 9.5 % over 12 months (the page's sample): 105.2202… rounded up to the cent.
  await page.waitForFunction(() => document.querySelector('cobro-plan')?.result?.count === 12);
  assert.equal(await page.evaluate(() => document.querySelector('cobro-plan').result.installmentAmount), '105.23');
  for (const tool of ['interest', 'discount', 'advice']) {
    await page.locator(`nav.tools a[href="#${tool}"]`).click();
    await page.waitForFunction((t) => document.querySelector(`cobro-${t}`)?.result, tool);
  }
  // 1000 on "2/10 neto 30", paid within 10 days: 2 % off = 980.00.
  assert.equal(await page.evaluate(() => document.querySelector('cobro-discount').result.amountToPay), '980.00');
  const page0 = responses.find((r) => r.path === '/');
  assert.match(page0.headers['content-security-policy'], /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
  assert.deepEqual(responses.filter((r) => r.status !== 200), []);
  const assets = responses.filter((r) => r.path !== '/');
  assert.deepEqual(assets.filter((r) => !HASHED.test(r.path)).map((r) => r.path), []);
  for (const r of assets) {
    const digest = createHash('sha256').update(readFileSync(join(dist, r.path))).digest('hex').slice(0, 10);
    assert.equal(HASHED.exec(r.path)[1], digest, r.path);
    assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable', r.path);
  }
  const wasm = assets.filter((r) => r.path.endsWith('.wasm'));
  assert.deepEqual(wasm.map((r) => r.path.replace(/\.[0-9a-f]{10}\./, '.')).sort(), ['/h/pkg/tools/advice_bg.wasm', '/h/pkg/tools/discount_bg.wasm', '/h/pkg/tools/interest_bg.wasm', '/h/pkg/tools/plan_bg.wasm']);
  for (const r of wasm) assert.equal(r.headers['content-type'], 'application/wasm', r.path);
  assert.deepEqual(problems, []);
  await context.close();
});

test('dist/: the one-component page and the invoicing demo work from their hashed files', async () => {
  {
    const { page, context, problems } = await open('one-tool.html');
    await page.waitForFunction(() => document.querySelector('cobro-plan')?.result?.installmentAmount === '105.23');
    assert.deepEqual(problems, []);
    await context.close();
  }
  const { page, context, problems } = await open('embed-demo.html', { width: 360, height: 740 });
  await page.locator('#list-status').filter({ hasText: 'Intereses calculados' }).waitFor();
  // F-2026-031: 2500.00 at 10.40 % for 68 days = 48.44 (see embed-demo.test.mjs).
  assert.equal(await page.locator('tr[data-invoice="F-2026-031"] td').nth(4).textContent(), '48,44\u00a0€');
  assert.deepEqual(problems, []);
  await context.close();
});

test('dist/ keeps the usual names for embedders, revalidated, and CORS on every file', async () => {
  const response = await fetch(`${site.url}min/cobro-plan.js`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.equal(response.headers.get('cache-control'), null);
  const wasm = await fetch(`${site.url}pkg/tools/plan_bg.wasm`);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.deepEqual(new Uint8Array(await wasm.arrayBuffer()).slice(0, 4), new Uint8Array([0, 0x61, 0x73, 0x6d]));
});

test('a changed wasm module renames itself and every file up to the pages, and nothing else', () => {
  const copy = mkdtempSync(join(tmpdir(), 'cobro-www-'));
  const out = mkdtempSync(join(tmpdir(), 'cobro-dist2-'));
  try {
    cpSync(www, copy, { recursive: true });
    const wasm = join(copy, 'pkg/tools/discount_bg.wasm');
    writeFileSync(wasm, Buffer.concat([readFileSync(wasm), Buffer.from([0])]));
    const was = buildSite(www, join(out, 'a'));
    const now = buildSite(copy, join(out, 'b'));
    const changed = [...was.keys()].filter((path) => was.get(path) !== now.get(path)).sort();
    // The module, the loader chunk that names it (lib/api.js), and what names
    // that chunk, up to the pages' first scripts; the styles and the other modules stay.
    assert.ok(changed.includes('pkg/tools/discount_bg.wasm'), changed.join(' '));
    assert.ok(changed.includes('min/early.js'), changed.join(' '));
    assert.ok(changed.includes('min/app.js'), changed.join(' '));
    for (const path of ['pkg/tools/plan_bg.wasm', 'styles/page.css', 'min/cobro.css', 'favicon.svg']) assert.equal(now.get(path), was.get(path), path);
    assert.notEqual(readFileSync(join(out, 'a/index.html'), 'utf8'), readFileSync(join(out, 'b/index.html'), 'utf8'));
  } finally {
    rmSync(copy, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});

test('two files that name each other cannot be content-hashed: the build stops and says which', () => {
  const fake = mkdtempSync(join(tmpdir(), 'cobro-fake-'));
  try {
    for (const dir of ['min', 'pkg']) mkdirSync(join(fake, dir));
    writeFileSync(join(fake, 'index.html'), '<script type="module" src="min/a.js"></script>');
    writeFileSync(join(fake, 'one-tool.html'), '');
    writeFileSync(join(fake, 'embed-demo.html'), '');
    writeFileSync(join(fake, 'min/a.js'), 'import("./b.js");');
    writeFileSync(join(fake, 'min/b.js'), 'import("./a.js");');
    assert.throws(() => buildSite(fake, join(fake, 'dist')), /a cycle of references cannot be content-hashed: index\.html → min\/a\.js → min\/b\.js → min\/a\.js/);
    assert.deepEqual(readdirSync(join(fake, 'min')).sort(), ['a.js', 'b.js']);
  } finally {
    rmSync(fake, { recursive: true, force: true });
  }
});
