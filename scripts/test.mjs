#!/usr/bin/env node
// Runs every test: units (Vitest), then builds the site and runs the end-to-end tests (Playwright,
// Chromium) against it. Ends with one line, "N passed, N failed", counting every test run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

rmSync('reports', { recursive: true, force: true });
const run = (args, env = {}) => spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const unitStatus = run(['node_modules/vitest/vitest.mjs', 'run']);
// The real site, then the same site with synthetic directory data and a guide with a recording
// for the "fixture" tests (scripts/build-fixture.mjs).
const buildStatus = run(['scripts/build.mjs']) || run(['scripts/build-fixture.mjs']);
const e2eStatus = buildStatus === 0 ? run(['node_modules/@playwright/test/cli.js', 'test']) : 1;

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  return read(JSON.parse(readFileSync(file, 'utf8')));
}
const unit = counts('reports/unit.json', (r) => ({ passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0 }));
const e2e = counts('reports/e2e.json', (r) => ({ passed: r.stats?.expected ?? 0, failed: (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0) }));
// A build that fails, or a runner that crashes before reporting, must not read as green.
const crashed = (unitStatus !== 0 && unit.failed === 0 ? 1 : 0) + (buildStatus !== 0 ? 1 : 0) + (e2eStatus !== 0 && e2e.failed === 0 && buildStatus === 0 ? 1 : 0);

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + crashed;
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed${buildStatus !== 0 ? '; the build failed, so end-to-end tests did not run' : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
