import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Decap CMS is used only through its prebuilt browser bundle (the staff editor at /admin/), so it
 * is not a dependency: installing the package would bring hundreds of build-time packages and
 * React peer-dependency warnings to every machine that runs `npm install`. The build fetches the
 * published package's tarball once (`npm pack`: from the same registry as every other package,
 * nothing else), checks it against the integrity pinned here, and keeps its `dist/` in
 * node_modules/.cache. To update Decap, change both constants (`npm view decap-cms@<v> dist.integrity`).
 */
export const DECAP_VERSION = '3.16.3';
export const DECAP_INTEGRITY = 'sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==';

export function decapBundleDir(cacheRoot = resolve('node_modules/.cache/dalil')): string {
  const dir = join(cacheRoot, `decap-cms-${DECAP_VERSION}`);
  if (existsSync(join(dir, 'decap-cms.js'))) return dir;
  const work = mkdtempSync(join(tmpdir(), 'dalil-decap-'));
  try {
    const pack = spawnSync('npm', ['pack', `decap-cms@${DECAP_VERSION}`, '--pack-destination', work, '--silent'], { encoding: 'utf8' });
    if (pack.status !== 0) throw new Error(`could not fetch decap-cms@${DECAP_VERSION} with npm pack: ${pack.stderr.trim()}`);
    const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
    const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (integrity !== DECAP_INTEGRITY) throw new Error(`decap-cms@${DECAP_VERSION}: integrity ${integrity} is not the pinned ${DECAP_INTEGRITY}`);
    const untar = spawnSync('tar', ['-xzf', tarball, '-C', work, 'package/dist'], { encoding: 'utf8' });
    if (untar.status !== 0) throw new Error(`could not unpack decap-cms: ${untar.stderr.trim()}`);
    mkdirSync(cacheRoot, { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(work, 'package', 'dist'), dir);
    return dir;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
