#!/usr/bin/env node
// The whole build: content checks, Astro, then checks of the output. The site is assembled in a
// staging folder and only moved to dist/ when every step passed, so a failed build never leaves a
// half-built site to be served or deployed.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

// DALIL_DIST builds elsewhere (the end-to-end tests build a second site from fixture data).
const dist = resolve(process.env.DALIL_DIST ?? 'dist');
const staging = resolve(`.build-staging-${process.env.DALIL_DIST ?? 'dist'}`.replace(/[^\w.-]/g, '_'));
const timings = {};

/**
 * Astro 7 with Rolldown warns once per MDX file about a directive it inserts itself
 * ("use astro:head-inject"); the warning says nothing an editor can act on and buries real
 * errors, so its block is left out of the log.
 */
function withoutKnownNoise(text) {
  const out = [];
  let skipping = false;
  for (const line of text.split('\n')) {
    if (line.includes('MODULE_LEVEL_DIRECTIVE') && line.includes('astro:head-inject')) {
      skipping = true;
      continue;
    }
    if (skipping) {
      if (line.trim() === '') skipping = false;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

function step(name, command, args, env = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...env } });
  process.stdout.write(withoutKnownNoise(result.stdout ?? ''));
  process.stderr.write(withoutKnownNoise(result.stderr ?? ''));
  timings[name] = Math.round(performance.now() - started);
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\nBuild stopped at "${name}": fix the problems above, then run the build again. ${process.env.DALIL_DIST ?? 'dist'}/ was left as it was.`);
    process.exit(result.status ?? 1);
  }
}

rmSync(staging, { recursive: true, force: true });
step('content check', process.execPath, ['scripts/check-content.ts', '--quiet']);
step('json schema', process.execPath, ['scripts/generate-schema.ts']);
step('astro', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { DALIL_OUT_DIR: staging });
step('editor', process.execPath, ['scripts/build-admin.ts', staging]);
step('header search', process.execPath, ['scripts/build-header-search.ts', staging]);
step('listen', process.execPath, ['scripts/build-listen.ts', staging]);
step('offline', process.execPath, ['scripts/build-offline.ts', staging]);
step('search index', process.execPath, ['scripts/index-search.ts', staging]);
step('security headers', process.execPath, ['scripts/secure-output.ts', staging]);
step('output check', process.execPath, ['scripts/check-output.ts', staging]);

rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`${dist}/index.html missing after build`);
if (process.env.DALIL_TIMINGS) writeFileSync(process.env.DALIL_TIMINGS, JSON.stringify(timings));
console.log(`\nBuilt ${process.env.DALIL_DIST ?? 'dist'}/ (${Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}).`);
