import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { classifyUrl } from '../schema/fields.ts';
import { listFiles } from './files.ts';

/**
 * The last line of defence, run on every built page before the site replaces dist/: a reader page
 * may run only the site's own code. Whatever content managed to put into the output is found here
 * and stops the build: inline scripts or styles the page's policy does not allow (the policy is
 * computed by Astro from src/, so content-made code is never in it), event-handler and style
 * attributes, `<meta http-equiv>` other than the policy (a refresh would send readers off-site),
 * frames, plugins, `<base>`, links with a script scheme, and anything loaded from another site.
 */
export interface UnsafeOutput {
  page: string;
  what: string;
}

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  value?: string;
}

const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe']);
/** Attributes that fetch something: only this site may be asked. */
const FETCHING = new Set(['src', 'srcset', 'poster', 'data', 'action', 'formaction', 'background', 'ping']);

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const textOf = (node: HtmlNode) => (node.childNodes ?? []).map((c) => c.value ?? '').join('');

function allowedBy(policy: string, directive: string): Set<string> {
  const body = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${directive} `));
  return new Set(body?.split(/\s+/).slice(1) ?? []);
}

export function checkPageSafety(html: string, page: string, site?: string): UnsafeOutput[] {
  const found: UnsafeOutput[] = [];
  const add = (what: string) => found.push({ page, what });
  const document = parse(html) as unknown as HtmlNode;
  const elements: HtmlNode[] = [];
  const walk = (node: HtmlNode) => {
    if (node.tagName) elements.push(node);
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(document);

  const policies = elements.filter((e) => e.tagName === 'meta' && e.attrs?.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy'));
  if (policies.length !== 1) add(`${policies.length} Content-Security-Policy <meta> elements (expected exactly one)`);
  const policy = policies[0]?.attrs?.find((a) => a.name === 'content')?.value ?? '';
  if (/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/.test(policy)) add('the page policy allows unsafe-inline, unsafe-eval or unsafe-hashes');
  const scripts = allowedBy(policy, 'script-src');
  const styles = allowedBy(policy, 'style-src');
  const firstCode = elements.findIndex((e) => e.tagName === 'script' || e.tagName === 'style' || (e.tagName === 'link' && e.attrs?.some((a) => a.name === 'rel' && a.value === 'stylesheet')));
  if (policies[0] && firstCode !== -1 && elements.indexOf(policies[0]) > firstCode) add('the policy <meta> comes after a script or style it should govern');

  for (const element of elements) {
    const tag = element.tagName!;
    const attrs = element.attrs ?? [];
    if (FORBIDDEN_ELEMENTS.has(tag)) add(`a <${tag}> element`);
    if (tag === 'meta') {
      const equiv = attrs.find((a) => a.name === 'http-equiv')?.value.toLowerCase();
      if (equiv && equiv !== 'content-security-policy') add(`<meta http-equiv="${equiv}">`);
    }
    if (tag === 'script') {
      const src = attrs.find((a) => a.name === 'src')?.value;
      const type = attrs.find((a) => a.name === 'type')?.value;
      if (src === undefined && type !== 'application/ld+json') {
        const body = textOf(element);
        if (body.trim() && !scripts.has(hashOf(body))) add(`an inline script that is not the site's own code: ${body.trim().slice(0, 80)}`);
      }
    }
    if (tag === 'style') {
      const body = textOf(element);
      if (body.trim() && !styles.has(hashOf(body))) add(`an inline style that is not the site's own: ${body.trim().slice(0, 80)}`);
    }
    for (const { name, value } of attrs) {
      if (/^on/i.test(name)) add(`an event-handler attribute ${name}="${value.slice(0, 40)}" on <${tag}>`);
      else if (name === 'style') add(`a style attribute on <${tag}>`);
      else if (name === 'srcdoc') add(`a srcdoc attribute on <${tag}>`);
      else if (name === 'href' || name === 'xlink:href') {
        if (/^\s*(javascript|data|vbscript|file|blob):/i.test(value)) add(`a link with a script scheme: ${value.slice(0, 60)}`);
        // Links to other sites are rendered marked (src/links/ExternalLink.astro): said to readers, no referrer.
        if (tag === 'a' && /^https?:\/\//i.test(value) && !(site && value.startsWith(site)) && !attrs.some((a) => a.name === 'data-quick-exit')) {
          const rel = attrs.find((a) => a.name === 'rel')?.value ?? '';
          const cls = attrs.find((a) => a.name === 'class')?.value ?? '';
          if (!/\bnoreferrer\b/.test(rel) || !/\bexternal\b/.test(cls)) add(`a link to another site that is not marked as such (use ExternalLink): ${value.slice(0, 60)}`);
        }
        if (tag === 'link' && /^(https?:)?\/\//i.test(value) && !attrs.some((a) => a.name === 'rel' && /^(canonical|alternate|sitemap)$/.test(a.value))) add(`<link> to another site: ${value}`);
      } else if (FETCHING.has(name) && value) {
        const kind = classifyUrl(value.split(/\s+/)[0] ?? value);
        const ok = ('kind' in kind && (kind.kind === 'path' || kind.kind === 'fragment')) || (name === 'src' && /^data:image\//.test(value));
        if (!ok) add(`<${tag} ${name}> loads from outside the site: ${value.slice(0, 80)}`);
      }
    }
  }
  return found;
}

/** Every reader page of a built site; the staff editor (/admin/) has its own policy and is skipped. */
export function findUnsafeOutput(dist: string, site?: string): UnsafeOutput[] {
  return listFiles(dist, '.', /\.html$/)
    .filter((page) => !page.replace(/^\.\//, '').startsWith('admin/'))
    .flatMap((page) => checkPageSafety(readFileSync(join(dist, page), 'utf8'), `/${page.replace(/^\.\//, '')}`, site));
}
