#!/usr/bin/env node
// npm run check: content (fast, no build) then types (astro check, which also type-checks .astro files).
import { spawnSync } from 'node:child_process';

const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
const content = run(['scripts/check-content.ts']) || run(['scripts/generate-schema.ts', '--check']);
const types = run(['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning']);
if (content || types) {
  console.error(`\ncheck failed: ${[content && 'content', types && 'types'].filter(Boolean).join(' and ')} (see above)`);
  process.exit(1);
}
console.log('\ncheck passed');
