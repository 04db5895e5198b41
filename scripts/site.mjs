// `make site`: writes dist/, the site as a static host serves it (Netlify,
// Cloudflare Pages, GitHub Pages, any plain file server).
//
//   dist/index.html, one-tool.html, embed-demo.html
//       the pages, loading only content-hashed files from dist/h/;
//   dist/h/…   every file the pages reach, named by its content
//       (`chunk-2CRARIMF.3f9a1c2b7e.js`, `plan_bg.8d04e5a1c6.wasm`): a new
//       release has new names, so these are cached for a year, immutable;
//   dist/min/, pkg/, components/, lib/, styles/, vendor/
//       the same build under its usual names, for sites that embed Cobro
//       by a fixed URL (`…/min/cobro-plan.js`): cached, but revalidated;
//   dist/_headers
//       Netlify's and Cloudflare Pages' header rules: the pages' CSP, the
//       wasm MIME type, CORS for embedders, the year-long cache of h/.
//
// A file's hash covers its content after its own references were renamed,
// so a changed wasm module renames the chunk that loads it, and so on up to
// the pages. References are found as they are written in Cobro's files:
// quoted relative paths (and CSS `url()`) that resolve to a file of the
// build. A cycle of references cannot be named this way and stops the
// build with an error.
//   node scripts/site.mjs [www] [dist]
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP as SERVE_CSP } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const www = process.argv[2] ?? join(root, 'www');
const dist = process.argv[3] ?? join(root, 'dist');

/** The pages of the site, at its root. */
export const PAGES = ['index.html', 'one-tool.html', 'embed-demo.html'];
/** The folder of hashed files. */
const HASHED = 'h';
/**
 * The pages' Content-Security-Policy: the one every browser test runs
 * under (scripts/serve.mjs: their own files, and compiling wasm), and no
 * `<base>` or framing by another site.
 */
export const CSP = `${SERVE_CSP}; base-uri 'none'; frame-ancestors 'self'`;
/** Files whose text is searched for references. */
const TEXT = new Set(['.html', '.js', '.mjs', '.css']);

/** Every file under `dir`, as a posix path relative to it. */
function files(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? files(dir, path) : [path];
  });
}

/** `a.b` → `a\.b`, for a RegExp. */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The references of file `path` (relative to the site root) in `text`:
 * `{start, end, value, target}` for each quoted relative path (or CSS
 * `url()`) that ends in the name of a file of `known` and resolves to it.
 * Only such paths are looked for, so that no tokenizer is needed: `"./a.js"`
 * is found whatever the code around it (minified, with `""` strings, …).
 * @param {string} path @param {string} text @param {Set<string>} known
 */
export function references(path, text, known) {
  const names = [...new Set([...known].map((p) => posix.basename(p)))].sort((a, b) => b.length - a.length).map(escape);
  const file = `(?:\\.{1,2}/|[\\w.-]+/)*(?:${names.join('|')})`;
  const pattern = new RegExp(`(["'\`])(${file})\\1|url\\(\\s*(${file})\\s*\\)`, 'g');
  const found = [];
  const base = new URL(path, 'https://site.invalid/');
  for (const m of text.matchAll(pattern)) {
    const value = m[2] ?? m[3];
    const target = decodeURIComponent(new URL(value, base).pathname.slice(1));
    if (!known.has(target) || target === path) continue;
    const start = m.index + m[0].indexOf(value);
    found.push({ start, end: start + value.length, value, target });
  }
  return found;
}

/** `min/chunk-X.js` + hash → `chunk-X.<hash>.js` (its name, not its folder). */
function hashedName(path, hash) {
  const ext = extname(path);
  return `${posix.basename(path, ext)}.${hash}${ext}`;
}

/**
 * Writes dist/. Returns what it wrote: the hashed name of each file the
 * pages reach, by its usual path.
 */
export function buildSite(from = www, to = dist) {
  if (!existsSync(join(from, 'min')) || !existsSync(join(from, 'pkg'))) throw new Error(`${from} has no build: run \`make build\` first`);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  // The usual names: the whole build, without the precompressed copies
  // (static hosts compress on their own).
  const all = files(from).filter((p) => !p.endsWith('.br') && !p.endsWith('.br.tmp'));
  for (const p of all) {
    mkdirSync(dirname(join(to, p)), { recursive: true });
    cpSync(join(from, p), join(to, p));
  }
  const known = new Set(all);

  // The files the pages reach, and what each refers to.
  /** @type {Map<string, {text: string | null, refs: ReturnType<typeof references>}>} */
  const graph = new Map();
  const visit = (path) => {
    if (graph.has(path)) return;
    const text = TEXT.has(extname(path)) ? readFileSync(join(from, path), 'utf8') : null;
    const refs = text === null ? [] : references(path, text, known);
    graph.set(path, { text, refs });
    for (const ref of refs) visit(ref.target);
  };
  for (const page of PAGES) visit(page);

  // Leaves first: a file is named once every file it refers to is.
  /** @type {Map<string, string>} usual path → hashed path */
  const named = new Map();
  const state = new Map();
  const name = (path, chain = []) => {
    if (named.has(path) || PAGES.includes(path) && state.get(path) === 'done') return;
    if (state.get(path) === 'busy') throw new Error(`a cycle of references cannot be content-hashed: ${[...chain, path].join(' → ')}`);
    state.set(path, 'busy');
    const node = /** @type {NonNullable<ReturnType<typeof graph.get>>} */ (graph.get(path));
    for (const ref of node.refs) name(ref.target, [...chain, path]);
    const page = PAGES.includes(path);
    let content;
    if (node.text === null) {
      content = readFileSync(join(from, path));
    } else {
      // Each reference keeps its own spelling, with the target's hashed name
      // (and from a page, the hashed folder in front).
      let text = '';
      let at = 0;
      for (const ref of node.refs) {
        const target = /** @type {string} */ (named.get(ref.target));
        // A page is at the root: its reference is the hashed path itself.
        const renamed = page ? target : ref.value.slice(0, ref.value.length - posix.basename(ref.value).length) + posix.basename(target);
        text += node.text.slice(at, ref.start) + renamed;
        at = ref.end;
      }
      content = text + node.text.slice(at);
    }
    if (page) {
      writeFileSync(join(to, path), content);
    } else {
      const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
      const out = `${HASHED}/${posix.join(posix.dirname(path), hashedName(path, hash))}`;
      mkdirSync(dirname(join(to, out)), { recursive: true });
      writeFileSync(join(to, out), content);
      named.set(path, out);
    }
    state.set(path, 'done');
  };
  for (const page of PAGES) name(page);

  writeFileSync(join(to, '_headers'), headers(named, all));
  // GitHub Pages: serve the files as they are (no Jekyll, which would drop `_headers`).
  writeFileSync(join(to, '.nojekyll'), '');
  return named;
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages). A header set by two
 * matching rules is joined with a comma there, so each header comes from
 * one rule only; Cloudflare reads at most 100 rules.
 * @param {Map<string, string>} named @param {string[]} all
 */
function headers(named, all) {
  const wasm = [...new Set([...all.filter((p) => p.endsWith('.wasm')), ...[...named.values()].filter((p) => p.endsWith('.wasm'))])].sort();
  const rules = [
    '# Written by `make site` (scripts/site.mjs). Netlify and Cloudflare Pages read it; GitHub Pages does not.',
    '',
    '# Every file: no sniffing; the files hold no one\'s data, so any site may embed them (CORS).',
    '/*',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Access-Control-Allow-Origin: *',
    '  Cross-Origin-Resource-Policy: cross-origin',
    '',
    '# The pages: their own files only, and compiling WebAssembly.',
    ...['/', ...PAGES.map((p) => `/${p}`)].flatMap((p) => [p, `  Content-Security-Policy: ${CSP}`]),
    '',
    '# Named by their content: a new release has new names.',
    `/${HASHED}/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    '# WebAssembly as application/wasm, which streaming compilation needs.',
    ...wasm.flatMap((p) => [`/${p}`, '  Content-Type: application/wasm']),
    '',
  ];
  const count = rules.filter((line) => line.startsWith('/')).length;
  if (count > 100) throw new Error(`_headers has ${count} rules; Cloudflare Pages reads 100`);
  return rules.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const named = buildSite();
  const size = [...named.values()].reduce((sum, p) => sum + statSync(join(dist, p)).size, 0);
  console.log(`site: ${relative(root, dist).split(sep).join('/') || dist}/ with ${named.size} hashed files (${(size / 1024).toFixed(0)} KiB) for ${PAGES.length} pages, and _headers`);
}
