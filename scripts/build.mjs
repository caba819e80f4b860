#!/usr/bin/env node
// npm run build: content checks, then `astro build` (which renders the pages and, through the
// publish integration in src/integrations/publish.ts, adds the search index, offline workers,
// editor and headers and checks the output), then the swap. The site is built in a staging
// folder and only moved to dist/ when every step passed, so a failed build never leaves a
// half-built site to be served or deployed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';

// DALIL_DIST builds elsewhere (the end-to-end tests build a second site from fixture data).
const dist = resolve(process.env.DALIL_DIST ?? 'dist');
const staging = resolve(`.build-staging-${process.env.DALIL_DIST ?? 'dist'}`.replace(/[^\w.-]/g, '_'));
const stepTimings = resolve(tmpdir(), `dalil-steps-${process.pid}.json`);
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
step('astro', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { DALIL_OUT_DIR: staging, DALIL_STEP_TIMINGS: stepTimings });
if (existsSync(stepTimings)) {
  // The integration's steps are part of "astro"; they are reported on their own too.
  Object.assign(timings, Object.fromEntries(Object.entries(JSON.parse(readFileSync(stepTimings, 'utf8'))).map(([k, v]) => [`  ${k}`, v])));
  rmSync(stepTimings, { force: true });
}

rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`${dist}/index.html missing after build`);
if (process.env.DALIL_TIMINGS) writeFileSync(process.env.DALIL_TIMINGS, JSON.stringify(timings));
console.log(`\nBuilt ${process.env.DALIL_DIST ?? 'dist'}/ (${Object.entries(timings).map(([k, v]) => `${k.trim()} ${(v / 1000).toFixed(1)} s`).join(', ')}).`);
