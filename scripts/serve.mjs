// A static server for www/: the right MIME types (.wasm as
// application/wasm) and the Content-Security-Policy of SPEC §6 as an HTTP
// header, so the page is always exercised under the policy it promises.
// Its files may be used from any origin, as from a CDN: an invoicing site
// on its own domain loads the components' modules and wasm with CORS
// (`Access-Control-Allow-Origin: *`; they hold no one's data).
// Usage: node scripts/serve.mjs [port]   (0 = any free port; prints the URL)
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const ROOT = fileURLToPath(new URL('../www/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Gzipped bodies by file and modification time. */
const gzipped = new Map();
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.ts']);

/** True when an `Accept-Encoding` header takes `coding` (not with `q=0`). */
function takes(header, coding) {
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';').map((p) => p.trim());
    return name === coding && !params.some((p) => /^q=0(\.0*)?$/.test(p));
  });
}

/** Starts the server; resolves to {server, url}. */
export function serve(port = 8080, host = '127.0.0.1') {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT.replace(/[\\/]$/, '') + sep) && file !== ROOT) {
      res.writeHead(403).end();
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      let body = await readFile(file);
      const headers = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
        'Access-Control-Allow-Origin': '*',
        // And for a host page isolated with Cross-Origin-Embedder-Policy.
        'Cross-Origin-Resource-Policy': 'cross-origin',
        Vary: 'Accept-Encoding',
      };
      // Compressed as static hosts serve it (text and wasm): the brotli
      // file `make build` wrote beside it (scripts/precompress.mjs) when the
      // browser takes brotli and the file is current, gzip otherwise.
      const accepted = req.headers['accept-encoding'] ?? '';
      const br = takes(accepted, 'br') ? await stat(`${file}.br`).catch(() => null) : null;
      if (br && br.mtimeMs > info.mtimeMs) {
        body = await readFile(`${file}.br`);
        headers['Content-Encoding'] = 'br';
      } else if (COMPRESSIBLE.has(extname(file)) && takes(accepted, 'gzip')) {
        const key = `${file}:${info.mtimeMs}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        body = gzipped.get(key);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: p } = server.address();
      resolve({ server, url: `http://${host}:${p}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(Number(process.argv[2] ?? 8080));
  console.log(`Cobro is served at ${url} (Ctrl+C to stop)`);
}
