// Installs bench/'s own tools (Lighthouse) the first time `npm run bench` runs: they are large and
// only the benchmark uses them, so the project's `npm install` does not fetch them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('bench/node_modules/lighthouse')) {
  console.log('bench: installing Lighthouse into bench/node_modules (first run only)…');
  const result = spawnSync('npm', ['install', '--prefix', 'bench', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
