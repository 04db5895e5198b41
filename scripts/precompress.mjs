// Writes a brotli copy (quality 11) beside each file a page downloads from
// www/min, www/pkg and www/styles, as static hosts precompress them
// (nginx `brotli_static`, Netlify, Cloudflare Pages): the tool modules are
// ~17 % smaller than with gzip -9. scripts/serve.mjs serves a `.br` file
// when the browser accepts brotli and the copy is newer than its source.
import { brotliCompressSync, constants } from 'node:zlib';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const www = fileURLToPath(new URL('../www/', import.meta.url));
const TYPES = /\.(js|mjs|css|wasm|html|svg)$/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TYPES.test(entry.name)) yield path;
  }
}

let count = 0;
for (const dir of ['min', 'pkg', 'styles', 'vendor']) {
  for (const file of files(join(www, dir))) {
    const br = `${file}.br`;
    const current = (() => {
      try {
        return statSync(br).mtimeMs > statSync(file).mtimeMs;
      } catch {
        return false;
      }
    })();
    if (current) continue;
    // Written beside and renamed: a running server never reads half a file.
    writeFileSync(`${br}.tmp`, brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    renameSync(`${br}.tmp`, br);
    count += 1;
  }
}
console.log(`precompress: ${count} brotli files written`);
