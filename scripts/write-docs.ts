// npm run docs: writes the editors' component reference in content/README.md from the components'
// one declaration (src/guides/components/props.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { END, START, componentReference } from '../src/guides/components/reference.ts';

const file = 'content/README.md';
const text = readFileSync(file, 'utf8');
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start < 0 || end < start) throw new Error(`${file}: the markers ${START} … ${END} are missing`);
writeFileSync(file, `${text.slice(0, start)}${componentReference()}${text.slice(end + END.length)}`);
console.log(`docs: component reference written to ${file}`);
