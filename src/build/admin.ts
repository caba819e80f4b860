import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { decapConfig } from '../admin/decap-config.ts';
import { ADMIN_POLICY } from '../safety/csp.ts';
import { decapBundleDir } from './decap-bundle.ts';

/**
 * The staff editor at /admin/: Decap CMS's prebuilt bundle served from this site (no CDN), and its
 * configuration generated from the content schemas. Readers' pages never load any of it.
 */
export function writeAdmin(dist: string): void {
  const dir = join(dist, 'admin');
  mkdirSync(dir, { recursive: true });
  const decap = decapBundleDir();
  for (const file of readdirSync(decap).filter((f) => f.endsWith('decap-cms.js'))) copyFileSync(join(decap, file), join(dir, file));
  writeFileSync(join(dir, 'config.yml'), `# Generated from src/admin/decap-config.ts at build time: edit that, not this.\n${stringify(decapConfig())}`);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${ADMIN_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Dalil · content editor</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<noscript>The content editor needs JavaScript. Staff who use git can edit the files in content/ directly (see CONTRIBUTING.md).</noscript>
<script src="decap-cms.js"></script>
</body>
</html>
`,
  );
}
