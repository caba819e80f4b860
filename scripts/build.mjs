#!/usr/bin/env node
// The whole build: content checks, Astro, then checks of the output. The site is assembled in a
// staging folder and only moved to dist/ when every step passed, so a failed build never leaves a
// half-built site to be served or deployed.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const dist = resolve('dist');
const staging = resolve('.build-staging');
const timings = {};

function step(name, command, args, env = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings[name] = Math.round(performance.now() - started);
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\nBuild stopped at "${name}": fix the problems above, then run the build again. dist/ was left as it was.`);
    process.exit(result.status ?? 1);
  }
}

rmSync(staging, { recursive: true, force: true });
step('content check', process.execPath, ['scripts/check-content.ts', '--quiet']);
step('astro', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { DALIL_OUT_DIR: staging });
step('security headers', process.execPath, ['scripts/secure-output.ts', staging]);
step('output check', process.execPath, ['scripts/check-output.ts', staging]);

rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
if (!existsSync(resolve(dist, 'index.html'))) throw new Error('dist/index.html missing after build');
console.log(`\nBuilt dist/ (${Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}).`);
