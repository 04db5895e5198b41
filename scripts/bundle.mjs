// Writes www/min/: the page and each component bundled and minified with
// esbuild, split so that shared code is fetched once and each tool's code
// (and wasm module) only when its element is on the page. Every URL in the
// code stays relative to import.meta.url: www/min/ sits beside lib/ and
// components/, so `../pkg/tools/plan_bg.wasm` still finds the module, and
// the components' stylesheets are copied next to the bundles.
//   <script type="module" src="https://your.site/cobro/min/cobro-plan.js"></script>
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';

const www = new URL('../www/', import.meta.url);
const out = new URL('min/', www);
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: ['app.js', 'components/index.js', ...['plan', 'interest', 'discount', 'advice', 'debtor'].map((tool) => `components/cobro-${tool}.js`)].map(
    (file) => new URL(file, www).pathname,
  ),
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir: out.pathname,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const css of ['cobro.css', 'debtor.css']) cpSync(new URL(`components/${css}`, www), new URL(css, out));
