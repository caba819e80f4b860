import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from '../checks/files.ts';
import { canonical, searchVariants } from '../search/normalize.ts';

/**
 * The Pagefind search index, one per language (from <html lang>), in <dist>/pagefind. Pages opt
 * in with data-pagefind-body. Where a page has <div data-search-variants></div> markers, the text
 * before each marker gets the extra forms readers may type (src/search/normalize.ts) and the
 * glossary's avoided variants, in the indexed copy only: the served page is not changed.
 */
const MARKER = '<div data-search-variants></div>';

/**
 * The HTML without the elements marked data-pagefind-ignore (and what they contain), so variants
 * are made only of words Pagefind indexes. Built pages are well-formed, so counting open and close
 * tags of the marked element's name finds its end.
 */
export function withoutIgnored(html: string): string {
  const open = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore(?:=(?:"[^"]*"|'[^']*'|[^\s>]*))?[^>]*>/gi;
  let out = '';
  let from = 0;
  open.lastIndex = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const name = m[1]!.toLowerCase();
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tags.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = html.length;
    for (let t = tags.exec(html); t; t = tags.exec(html)) {
      depth += t[1] ? -1 : t[0].endsWith('/>') ? 0 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out += html.slice(from, m.index);
    from = end;
    open.lastIndex = end;
  }
  return out + html.slice(from);
}

function textOf(html: string): string {
  return withoutIgnored(html)
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, ' ');
}

/**
 * Words readers type for a concept the glossary names otherwise (its `avoid` lists): guides use one
 * term per concept, but a reader may search «الاتجار بالبشر» for «الاتجار بالأشخاص». Per language,
 * each glossary term with the variants that should find it.
 */
function glossarySynonyms(): Map<string, { term: string; variants: string[] }[]> {
  const out = new Map<string, { term: string; variants: string[] }[]>();
  for (const file of listFiles('.', 'content/glossary', /\.json$/)) {
    const lang = file.split('/').at(-1)!.replace(/\.json$/, '');
    const { terms } = JSON.parse(readFileSync(file, 'utf8')) as { terms: { term: string; avoid?: string[] }[] };
    out.set(lang, terms.filter((t) => t.avoid?.length).map((t) => ({ term: canonical(t.term.replace(/\s*\(.*\)\s*$/, '')), variants: t.avoid! })));
  }
  return out;
}
const SYNONYMS = glossarySynonyms();

/** The page as Pagefind should see it: each marker replaced by the variants of the text before it. */
export function withVariants(html: string): string {
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '';
  const synonyms = SYNONYMS.get(lang) ?? [];
  const start = html.indexOf('data-pagefind-body');
  if (start < 0) return html;
  let out = html.slice(0, start);
  let rest = html.slice(start);
  let at = rest.indexOf(MARKER);
  while (at >= 0) {
    const before = rest.slice(0, at);
    const text = textOf(before);
    const plain = canonical(text);
    const variants = [...searchVariants(text), ...synonyms.filter((s) => plain.includes(s.term)).flatMap((s) => s.variants.flatMap((v) => [v, ...searchVariants(v)]))];
    out += `${before}<div>${variants.join(' ')}</div>`;
    rest = rest.slice(at + MARKER.length);
    at = rest.indexOf(MARKER);
  }
  return out + rest;
}

/**
 * Per language, the files its search needs and their size (/pagefind/offline-<lang>.json): the
 * offline worker saves them with a reader's first saved page, so search works without a connection.
 */
export function writeSearchManifests(dist: string, headerBundle: string): void {
  const root = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
  const files = (dir: string) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((f) => `${dir}/${f}`) : []);
  const all = [...readdirSync(root), ...files('index'), ...files('fragment'), ...files('filter')];
  for (const [lang, { hash, wasm }] of Object.entries(entry.languages)) {
    const own = all.filter((f) => f === `pagefind.${hash}.pf_meta` || new RegExp(`^(index|fragment|filter)/${lang}_`).test(f));
    const shared = ['pagefind-entry.json', 'pagefind.js', 'pagefind-worker.js', `wasm.${wasm ?? 'unknown'}.pagefind`].filter((f) => existsSync(join(root, f)));
    const urls = [...shared, ...own].map((f) => `/pagefind/${f}`);
    const bytes = urls.reduce((n, u) => n + statSync(join(dist, u)).size, 0) + statSync(join(dist, headerBundle)).size;
    writeFileSync(join(root, `offline-${lang}.json`), JSON.stringify({ files: [...urls, `/${headerBundle}`], bytes }));
  }
}

export async function writeSearchIndex(dist: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  try {
    for (const file of listFiles(dist, '.', /\.html$/)) {
      const html = readFileSync(join(dist, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const url = `/${file.replace(/^\.\//, '').replace(/index\.html$/, '')}`;
      const result = await index.addHTMLFile({ url, content: withVariants(html) });
      if (result.errors.length) throw new Error(`Pagefind could not index ${url}: ${result.errors.join('; ')}`);
      pages += 1;
    }
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return pages;
}
