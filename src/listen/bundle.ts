import { createHash } from 'node:crypto';
import { buildSync } from 'esbuild';

/**
 * The two pieces of "Listen to this page", built with esbuild outside Vite: the reader
 * (listen.ts, published as /_listen/listen.js by src/build/listen.ts) and the loader inlined
 * in pages (loader.ts), which imports the reader by a fixed address. Built outside Vite so the
 * dynamic import needs no module-preload helper on every page; the address carries the reader's
 * content hash, so no host or phone ever keeps an old one.
 */
export const LISTEN_PATH = '/_listen/listen.js';
// From the project root, as the build runs (import.meta.url would point into Astro's bundle).
const ENTRY = 'src/listen/listen.ts';
const LOADER = 'src/listen/loader.ts';

const common = { bundle: true, minify: true, format: 'esm', target: 'es2020', write: false, logLevel: 'silent', legalComments: 'none' } as const;

let built: { reader: string; loader: string } | undefined;

function build(): { reader: string; loader: string } {
  if (built) return built; // every page inlines the loader: build once per process
  const reader = buildSync({ ...common, entryPoints: [ENTRY] }).outputFiles[0]!.text;
  const version = createHash('sha256').update(reader).digest('hex').slice(0, 10);
  const loader = buildSync({
    ...common,
    entryPoints: [LOADER],
    define: { LISTEN_MODULE: JSON.stringify(`${LISTEN_PATH}?v=${version}`) },
    external: ['/_listen/*'],
  }).outputFiles[0]!.text.trim();
  built = { reader, loader };
  return built;
}

/** The reader's code, for /_listen/listen.js. */
export const listenReader = () => build().reader;
/** The loader's code, inlined as it is in every page that has the control (its hash is in the page policy). */
export const listenLoader = () => build().loader;
