// The static server of `make demo` and of every page test: wasm with its
// MIME type, the CSP header, and compressed bodies as static hosts send
// them: the precompressed brotli copy when the browser takes brotli and the
// copy is current, gzip otherwise.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { readFileSync, utimesSync, statSync } from 'node:fs';
import { serve, CSP } from '../../scripts/serve.mjs';

let env;
before(async () => {
  env = await serve(0);
});
after(() => env?.server.close());

const WASM = new URL('../../www/pkg/tools/plan_bg.wasm', import.meta.url);

async function get(path, encoding) {
  const res = await fetch(env.url + path, { headers: { 'Accept-Encoding': encoding } });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

test('a module is sent as brotli when the browser takes it, as gzip otherwise, and always decodes to the file', async () => {
  const original = readFileSync(WASM);
  // fetch() would decode the body itself: ask for raw bytes with node:http's own headers.
  const raw = async (encoding) => {
    const { request } = await import('node:http');
    return new Promise((resolve, reject) => {
      request(`${env.url}pkg/tools/plan_bg.wasm`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject).end();
    });
  };
  const br = await raw('gzip, deflate, br');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.equal(br.headers['content-security-policy'], CSP);
  assert.ok(brotliDecompressSync(br.body).equals(original));
  const gz = await raw('gzip');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.ok(gunzipSync(gz.body).equals(original));
  // "q=0" refuses a coding.
  const refused = await raw('br;q=0, gzip');
  assert.equal(refused.headers['content-encoding'], 'gzip');
  assert.equal((await raw('gzip;q=0')).headers['content-encoding'], undefined);
  // A source newer than its brotli copy (edited after `make build`) is sent gzipped, never stale.
  const copy = `${WASM.pathname}.br`;
  const { atime, mtime } = statSync(copy);
  utimesSync(copy, atime, new Date(statSync(WASM).mtimeMs - 60_000));
  try {
    const stale = await raw('br, gzip');
    assert.equal(stale.headers['content-encoding'], 'gzip');
    assert.ok(gunzipSync(stale.body).equals(original));
  } finally {
    utimesSync(copy, atime, mtime);
  }
  const { res } = await get('nothing-here.js', 'br');
  assert.equal(res.status, 404);
});
