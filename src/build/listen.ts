import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LISTEN_PATH, listenReader } from '../listen/bundle.ts';

/** "Listen to this page" (src/listen/listen.ts) at /_listen/listen.js, built outside Vite: see src/listen/bundle.ts. */
export function writeListen(dist: string): void {
  const file = join(dist, LISTEN_PATH);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, listenReader());
}
