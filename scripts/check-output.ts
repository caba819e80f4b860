// Checks the built site before it replaces dist/: every internal link and anchor resolves, and no
// page carries code, redirects or requests that are not the site's own (src/checks/output-safety.ts).
import { resolve } from 'node:path';
import { findBrokenLinks } from '../src/checks/links.ts';
import { findUnsafeOutput } from '../src/checks/output-safety.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const broken = findBrokenLinks(dir);
for (const b of broken) console.log(`error  ${b.page}  links to ${b.href}: ${b.reason}`);
const unsafe = findUnsafeOutput(dir);
for (const u of unsafe) console.log(`error  ${u.page}  ${u.what}: content may not carry code, styles, redirects or outside requests (see content/README.md)`);
console.log(`output: ${broken.length} broken internal link(s), ${unsafe.length} unsafe element(s)`);
process.exit(broken.length || unsafe.length ? 1 : 0);
