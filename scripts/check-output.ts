// Checks the built site before it replaces dist/: every internal link and anchor resolves.
import { resolve } from 'node:path';
import { findBrokenLinks } from '../src/checks/links.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const broken = findBrokenLinks(dir);
for (const b of broken) console.log(`error  ${b.page}  links to ${b.href}: ${b.reason}`);
console.log(`output: ${broken.length} broken internal link(s)`);
process.exit(broken.length ? 1 : 0);
