// Checks everything in content/ that can be checked without building the site, and prints one
// line per problem: file(:line), field, what is wrong and how to fix it. Exit 1 on any error.
// Usage: node scripts/check-content.ts [--root DIR] [--quiet]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/checks/run.ts';
import { formatProblem } from '../src/checks/problem.ts';
import { LOCALE_CODES } from '../src/i18n/locales.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' }, quiet: { type: 'boolean', default: false } } });
const root = resolve(values.root);

let report;
try {
  report = checkContent(root, LOCALE_CODES);
} catch (err) {
  console.error(`error  ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
const errors = report.problems.filter((p) => p.level === 'error');
const warnings = report.problems.filter((p) => p.level === 'warning');

for (const p of [...errors, ...(values.quiet ? [] : warnings)]) console.log(formatProblem(p));

if (!values.quiet) {
  console.log('\nFalls back to another language (not an error):');
  for (const lang of LOCALE_CODES) {
    const ui = report.uiMissing.get(lang) ?? [];
    const guides = report.guidesMissing.get(lang) ?? [];
    const uiText = ui.length ? `${ui.length} UI string(s): ${ui.slice(0, 6).join(', ')}${ui.length > 6 ? ', …' : ''}` : 'all UI strings';
    const guideText = guides.length ? `${guides.length} guide(s): ${guides.join(', ')}` : 'all guides';
    console.log(`  ${lang.padEnd(4)} ${ui.length || guides.length ? `missing ${[ui.length ? uiText : '', guides.length ? guideText : ''].filter(Boolean).join('; ')}` : `complete (${uiText}, ${guideText})`}`);
  }
}

console.log(`\ncontent: ${errors.length} error(s), ${warnings.length} warning(s)`);
process.exit(errors.length ? 1 : 0);
