import { mdxToJs } from 'satteri';
import { CATEGORIES } from '../directory/categories.ts';
import { COUNTRIES } from '../places/countries.ts';
import type { MdxFile } from './mdx-files.ts';
import type { Problem } from './problem.ts';

const E164 = /^\+[1-9]\d{6,14}$/;

/** The props each editor component accepts, and how a value is checked. */
const PROPS: Record<string, Record<string, ((v: string) => string | undefined) | null>> = {
  Callout: { type: (v) => (['info', 'warning', 'danger'].includes(v) ? undefined : 'use info, warning or danger'), title: null },
  Steps: {},
  ContactCard: {
    name: null,
    phone: (v) => (E164.test(v) ? undefined : 'write the phone in international form, e.g. +212537652881'),
    whatsapp: (v) => (E164.test(v) ? undefined : 'write the number in international form, e.g. +212600000000'),
    email: (v) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) ? undefined : 'not an email address'),
    website: (v) => (/^https?:\/\//.test(v) ? undefined : 'write the full address, starting with https://'),
    address: null,
    source: null,
  },
  GetHelpNow: { country: (v) => ((COUNTRIES as readonly string[]).includes(v) ? undefined : `use ${COUNTRIES.join(' or ')}, or leave it out`) },
  Term: { id: null },
  ServiceList: {
    category: (v) => ((CATEGORIES as readonly string[]).includes(v) ? undefined : `use one of ${CATEGORIES.join(', ')}`),
    country: (v) => ((COUNTRIES as readonly string[]).includes(v) ? undefined : `use ${COUNTRIES.join(' or ')}`),
    city: null,
  },
};
const REQUIRED: Record<string, string[]> = { ContactCard: ['name', 'source'], Term: ['id'] };

/** The names editors may use in MDX; kept in step with src/guides/components/index.ts by a unit test. */
export const MDX_COMPONENTS = Object.keys(PROPS);

export interface LinkTargets {
  /** Every path the site has, per language (`/ar/guides/voluntary-return/`). */
  paths: ReadonlySet<string>;
  /** Anchors that can be checked without a build: glossary term ids. */
  glossaryIds: ReadonlySet<string>;
}

/**
 * Checks the body of a guide or page the way the build would read it, but with a line number
 * an editor can go to: MDX syntax, components and their props, glossary links, and links to
 * other pages of the site (and glossary anchors) in every language.
 */
export function checkMdxBody(file: MdxFile<unknown>, targets: LinkTargets): Problem[] {
  const problems: Problem[] = [];
  const at = (line: number) => file.bodyLine + line - 1;
  try {
    mdxToJs(file.body);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /^(\d+):(\d+)/.exec(message);
    problems.push({
      level: 'error',
      file: file.file,
      line: position ? at(Number(position[1])) : undefined,
      field: 'MDX',
      message: `${message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([^)]*\)\s*$/, '')}: close every component, and write < and { in text as &lt; and &#123;`,
    });
  }
  file.body.split('\n').forEach((text, i) => {
    const line = at(i + 1);
    for (const tag of text.matchAll(/<([A-Z][A-Za-z0-9]*)([^>]*)>/g)) {
      const [, name = '', attrs = ''] = tag;
      const allowed = PROPS[name];
      if (!allowed) {
        problems.push({ level: 'error', file: file.file, line, field: `<${name}>`, message: `unknown component: use one of ${Object.keys(PROPS).join(', ')} (see content/README.md)` });
        continue;
      }
      const given = new Map([...attrs.matchAll(/([A-Za-z]+)=["']([^"']*)["']/g)].map((m) => [m[1]!, m[2]!]));
      for (const [prop, value] of given) {
        if (!(prop in allowed)) {
          problems.push({ level: 'error', file: file.file, line, field: `<${name} ${prop}>`, message: `<${name}> has no "${prop}": use ${Object.keys(allowed).join(', ') || 'no props'}` });
          continue;
        }
        const reason = allowed[prop]?.(value);
        if (reason) problems.push({ level: 'error', file: file.file, line, field: `<${name} ${prop}>`, message: `"${value}": ${reason}` });
      }
      for (const prop of REQUIRED[name] ?? []) {
        if (!given.has(prop)) {
          problems.push({ level: 'error', file: file.file, line, field: `<${name} ${prop}>`, message: `<${name}> needs ${prop}="…"` });
        }
      }
      if (name === 'Term' && given.has('id') && !targets.glossaryIds.has(given.get('id')!)) {
        problems.push({ level: 'error', file: file.file, line, field: '<Term id>', message: `"${given.get('id')}" is not a glossary id: use an id from content/glossary/en.json or add the term there` });
      }
    }
    for (const link of text.matchAll(/\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g)) {
      const href = link[1] ?? link[2] ?? '';
      const url = new URL(href, 'http://site');
      const path = url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? url.pathname : `${url.pathname}/`;
      if (!targets.paths.has(path)) {
        problems.push({ level: 'error', file: file.file, line, field: 'link', message: `${href} leads to no page of the site: check the language, the file name and the trailing slash` });
      } else if (url.hash && /\/glossary\/$/.test(path) && !targets.glossaryIds.has(decodeURIComponent(url.hash.slice(1)))) {
        problems.push({ level: 'error', file: file.file, line, field: 'link', message: `${href}: the glossary has no term "${url.hash.slice(1)}"` });
      }
    }
  });
  return problems;
}
