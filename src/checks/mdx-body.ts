import { COMPONENT_NAMES } from '../guides/components/props.ts';
import { inspectMdx } from '../guides/mdx-subset.ts';
import { plainLanguageHits, type Wordlists } from '../guides/plain-language.ts';
import type { MdxFile } from './mdx-files.ts';
import type { Problem } from './problem.ts';

/** The names editors may use in MDX; kept in step with src/guides/components/index.ts by a unit test. */
export const MDX_COMPONENTS = COMPONENT_NAMES;

export interface LinkTargets {
  /** Every path the site has, per language (`/ar/guides/voluntary-return/`). */
  paths: ReadonlySet<string>;
  /** Anchors that can be checked without a build: glossary term ids. */
  glossaryIds: ReadonlySet<string>;
}

/**
 * Checks the body of a guide or page the way the build reads it, with a line number an editor can
 * go to: the safe MDX subset (src/guides/mdx-subset.ts), glossary links, and links to other pages
 * of the site (and glossary anchors) in every language.
 */
export function checkMdxBody(file: MdxFile<unknown>, targets: LinkTargets, plain?: { lists: Wordlists; exceptions: readonly { text: string }[] }): Problem[] {
  const at = (line: number | undefined) => (line === undefined ? undefined : file.bodyLine + line - 1);
  const found = inspectMdx(file.body);
  const problems: Problem[] = found.issues.map((i) => ({ level: 'error', file: file.file, line: at(i.line), field: i.field, message: i.message }));
  for (const term of found.terms) {
    if (!targets.glossaryIds.has(term.id)) {
      problems.push({ level: 'error', file: file.file, line: at(term.line), field: '<Term id>', message: `"${term.id}" is not a glossary id: use an id from content/glossary/en.json or add the term there` });
    }
  }
  for (const { href, line } of found.sitePaths) {
    const url = new URL(href, 'http://site');
    const path = url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? url.pathname : `${url.pathname}/`;
    if (!targets.paths.has(path)) {
      problems.push({ level: 'error', file: file.file, line: at(line), field: 'link', message: `${href} leads to no page of the site: check the language, the file name and the trailing slash` });
    } else if (url.hash && /\/glossary\/$/.test(path) && !targets.glossaryIds.has(decodeURIComponent(url.hash.slice(1)))) {
      problems.push({ level: 'error', file: file.file, line: at(line), field: 'link', message: `${href}: the glossary has no term "${url.hash.slice(1)}"` });
    }
  }
  if (plain) {
    const excepted = (subject: string) => plain.exceptions.some((e) => subject.toLowerCase().startsWith(e.text.toLowerCase()) || subject.toLowerCase() === e.text.toLowerCase());
    for (const hit of plainLanguageHits(found.blocks, plain.lists)) {
      if (!excepted(hit.subject)) problems.push({ level: 'warning', file: file.file, line: at(hit.line), field: hit.field, message: hit.message });
    }
  }
  return problems;
}
