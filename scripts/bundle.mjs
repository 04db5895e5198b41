// Writes www/min/: the page and each component bundled and minified with
// esbuild, split so that shared code is fetched once and each tool's code
// (and wasm module) only when its element is on the page. Every URL in the
// code stays relative to import.meta.url: www/min/ sits beside lib/ and
// components/, so `../pkg/tools/plan_bg.wasm` still finds the module, and
// the components' stylesheets are copied next to the bundles.
//   <script type="module" src="https://your.site/cobro/min/cobro-plan.js"></script>
import { build } from 'esbuild';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const www = new URL('../www/', import.meta.url);
const out = new URL('min/', www);
rmSync(out, { recursive: true, force: true });
const { metafile } = await build({
  // lib/api.js is an entry too (min/api.js): a site's own script that
  // imports it shares the components' copy, and so their loaded modules.
  entryPoints: ['app.js', 'lib/api.js', 'components/index.js', ...['plan', 'interest', 'discount', 'advice', 'debtor'].map((tool) => `components/cobro-${tool}.js`)].map(
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
  metafile: true,
});
for (const css of ['cobro.css', 'debtor.css']) cpSync(new URL(`components/${css}`, www), new URL(css, out));

// min/early.js: the first thing index.html runs (a module with no imports,
// listed before app.js and not `async`, so that it always runs first: while
// app.js's chunks are still arriving). It picks the tool
// the URL will show, as app.js does, and starts that tool's wasm module and
// its component's modules at once. Every file is named by a literal (M, W),
// so that \`make site\` can give it its hashed name (scripts/site.mjs). Without it they start only when app.js
// and its shared chunk are in and evaluated: on the phone profile of
// issue 10 the debtor's wasm left ~520 ms later.
const TOOLS = ['plan', 'interest', 'discount', 'advice', 'debtor'];
const outputOf = (path) => metafile.outputs[relative(process.cwd(), path)] ?? metafile.outputs[path];
function staticImports(file, seen = new Set()) {
  for (const i of outputOf(new URL(file, out).pathname)?.imports ?? []) {
    if (i.kind !== 'import-statement' || i.external) continue;
    const name = i.path.slice(i.path.lastIndexOf('/') + 1);
    if (!seen.has(name)) {
      seen.add(name);
      staticImports(name, seen);
    }
  }
  return seen;
}
const manifest = Object.fromEntries(TOOLS.map((tool) => [tool, [`cobro-${tool}.js`, ...staticImports(`cobro-${tool}.js`)]]));
writeFileSync(
  new URL('early.js', out),
  `// Written by scripts/bundle.mjs. Starts the downloads of the tool this URL shows.
const M = ${JSON.stringify(manifest)};
const W = ${JSON.stringify(Object.fromEntries(TOOLS.map((tool) => [tool, `../pkg/tools/${tool}_bg.wasm`])))};
const h = location.hash;
const tool = /^#o\\d+(&|$)/.test(h) ? 'debtor' : Object.hasOwn(M, h.slice(1)) && h !== '#debtor' ? h.slice(1) : 'plan';
const add = (rel, href, attributes = {}) => {
  const link = Object.assign(document.createElement('link'), { rel, href: new URL(href, import.meta.url).href }, attributes);
  document.head.append(link);
};
add('preload', W[tool], { as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous' });
for (const file of M[tool]) add('modulepreload', file);
if (tool === 'debtor') add('preload', 'debtor.css', { as: 'style' });
`,
);
