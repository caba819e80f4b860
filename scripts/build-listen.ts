// Writes "Listen to this page" (src/listen/listen.ts) to <dir>/_listen/listen.js, outside Vite, so
// the loader pages inline can import it by a fixed address: see src/listen/bundle.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LISTEN_PATH, listenReader } from '../src/listen/bundle.ts';

const file = join(resolve(process.argv[2] ?? 'dist'), LISTEN_PATH);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, listenReader());
console.log(`listen: ${LISTEN_PATH} written`);
