// npm run translations: per language, which guides are translated, drafts awaiting review,
// outdated (the English changed after the translation) or missing, and which UI strings are missing.
// Usage: node scripts/translations.ts [--json]
import { readFileSync } from 'node:fs';
import { translationStatus } from '../src/checks/translations.ts';
import { LOCALE_CODES, getLocale } from '../src/i18n/locales.ts';

const sourceIds = (JSON.parse(readFileSync('content/sources.json', 'utf8')) as { sources: { id: string }[] }).sources.map((s) => s.id);
const status = translationStatus('.', LOCALE_CODES, sourceIds);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(status, null, 2));
  process.exit(0);
}
const count = (s: (typeof status)[number], state: string) => s.guides.filter((g) => g.state === state);
console.log(`${'language'.padEnd(22)}${'reviewed'.padStart(9)}${'draft'.padStart(7)}${'outdated'.padStart(10)}${'missing'.padStart(9)}   UI strings missing`);
for (const s of status) {
  console.log(
    `${`${s.lang} ${getLocale(s.lang).englishName}`.padEnd(22)}${String(count(s, 'translated').length).padStart(9)}${String(count(s, 'draft').length).padStart(7)}${String(count(s, 'outdated').length).padStart(10)}${String(count(s, 'missing').length).padStart(9)}   ${s.ui.missing.length}`,
  );
}
for (const s of status) {
  const lines = [
    ...count(s, 'outdated').map((g) => `  outdated  ${g.file} (the English changed after this translation)`),
    ...count(s, 'missing').map((g) => `  missing   content/guides/${s.lang}/${g.slug}.mdx`),
    ...(s.ui.missing.length ? [`  missing   ${s.ui.missing.length} UI string(s) in content/ui/${s.lang}.json: ${s.ui.missing.slice(0, 8).join(', ')}${s.ui.missing.length > 8 ? ', …' : ''}`] : []),
  ];
  if (lines.length) console.log(`\n${s.lang}:\n${lines.join('\n')}`);
}
console.log('\nDrafts are shown to readers with a notice until a reviewer sets `reviewed:` to a date.');
