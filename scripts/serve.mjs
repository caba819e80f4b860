#!/usr/bin/env node
// Serves the built site (dist/) on localhost the way a static host would: directory indexes,
// a 404 page in the language of the address, gzip, byte ranges of recordings (players ask for
// parts), and the response headers from dist/_headers.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  // Guides' recordings (content/audio): Opus is carried in Ogg.
  '.opus': 'audio/ogg',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
};
const compressible = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg)/;

/**
 * Headers from a Netlify/Cloudflare-style `_headers` file: blocks of a path pattern (`*` matches
 * anything) and indented `Name: value` lines; every matching block applies, as on those hosts.
 */
function readHeaders() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const blocks = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
      blocks.push({ pattern, headers: {} });
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (match && blocks.length) blocks.at(-1).headers[match[1]] = match[2];
  }
  return blocks;
}
const headerBlocks = readHeaders();
// Every matching block applies; a header set by two blocks is sent with both values joined by a
// comma, as Netlify and Cloudflare Pages do (two Content-Security-Policy values: both enforced).
const headersFor = (pathname) => {
  const out = {};
  for (const block of headerBlocks.filter((b) => b.pattern.test(pathname))) {
    for (const [name, value] of Object.entries(block.headers)) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
};

function resolveFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function notFoundPage(pathname) {
  const lang = pathname.split('/')[1];
  const localized = lang && join(root, lang, '404', 'index.html');
  return localized && existsSync(localized) ? localized : join(root, '404.html');
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  // Directory URLs end with a slash, as on the static hosts the site is deployed to.
  if (!extname(url.pathname) && !url.pathname.endsWith('/') && resolveFile(`${url.pathname}/`)) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  let file = resolveFile(url.pathname);
  let status = 200;
  if (!file) {
    file = notFoundPage(url.pathname);
    status = 404;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const headers = { ...headersFor(url.pathname), 'Content-Type': type, 'Cache-Control': 'no-cache' };
  if (type.startsWith('audio/') && status === 200) {
    const size = statSync(file).size;
    headers['Accept-Ranges'] = 'bytes';
    const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
    if (range && (range[1] || range[2])) {
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start >= size || start > end) {
        res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` });
        res.end();
        return;
      }
      res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': String(end - start + 1) });
      if (req.method === 'HEAD') { res.end(); return; }
      createReadStream(file, { start, end }).pipe(res);
      return;
    }
    headers['Content-Length'] = String(size);
  }
  const gzip = compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) headers['Content-Encoding'] = 'gzip';
  res.writeHead(status, headers);
  if (req.method === 'HEAD') { res.end(); return; }
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Dalil is served from ${root} at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`);
});
