// After Astro: mark links to other websites (and strip their referrer), give every page its
// Content-Security-Policy (hashes of its inline blocks) and write the _headers file for static
// hosts. Part of `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles } from '../src/checks/files.ts';
import { ADMIN_POLICY, headersFile } from '../src/safety/csp.ts';
import { markExternalLinks } from '../src/safety/external-links.ts';
import { DEFAULT_LOCALE } from '../src/i18n/locales.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const pages = listFiles(dir, '.', /\.html$/);
const labels = new Map<string, string>();
const labelFor = (lang: string): string => {
  if (!labels.has(lang)) {
    const read = (code: string) => {
      try {
        return (JSON.parse(readFileSync(`content/ui/${code}.json`, 'utf8')) as Record<string, string>)['external.label'];
      } catch {
        return undefined;
      }
    };
    labels.set(lang, read(lang) ?? read(DEFAULT_LOCALE) ?? '');
  }
  return labels.get(lang)!;
};

for (const page of pages) {
  const file = join(dir, page);
  const lang = /<html lang="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? DEFAULT_LOCALE;
  const html = markExternalLinks(readFileSync(file, 'utf8'), labelFor(lang));
  if (page.replace(/^\.\//, '').startsWith('admin/')) {
    writeFileSync(file, html.replace(/<head>/, `<head><meta http-equiv="Content-Security-Policy" content="${ADMIN_POLICY}">`));
    continue;
  }
  writeFileSync(file, html);
}
writeFileSync(join(dir, '_headers'), headersFile());
console.log(`security: external links marked on ${pages.length} pages, _headers written`);
