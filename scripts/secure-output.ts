// After Astro: mark links to other websites (and strip their referrer), give every page its
// Content-Security-Policy (hashes of its inline blocks) and write the _headers file for static
// hosts. Part of `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles } from '../src/checks/files.ts';
import { ADMIN_POLICY, headersFile, inlineHashes, withCspMeta } from '../src/safety/csp.ts';
import { markExternalLinks } from '../src/safety/external-links.ts';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../src/i18n/locales.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const scripts = new Set<string>();
const styles = new Set<string>();
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
    writeFileSync(file, withCspMeta(html, ADMIN_POLICY));
    continue;
  }
  const hashes = inlineHashes(html);
  hashes.scripts.forEach((h) => scripts.add(h));
  hashes.styles.forEach((h) => styles.add(h));
  writeFileSync(file, withCspMeta(html));
}
// One policy for every path in _headers, so it must allow what the search page needs.
writeFileSync(join(dir, '_headers'), headersFile({ scripts: [...scripts], styles: [...styles], wasm: true }, LOCALE_CODES));
console.log(`security: CSP on ${pages.length} pages (${scripts.size} inline script and ${styles.size} inline style hashes), _headers written`);
