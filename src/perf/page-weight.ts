import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a page costs a reader before they do anything, measured on the built files with gzip
 * (as served): the HTML with its inline CSS (the only render-blocking CSS), and every script it
 * runs at load, inline or external, following module imports. Deterministic, so budgets on it
 * can be tests; timings belong in the benchmark.
 */
export interface PageWeight {
  html: number;
  /**
   * The HTML a reader needs for the first screen: up to the end of the element marked
   * `data-first-screen-end` (a guide's "in danger now?" box, after its title and summary), or
   * the whole page where nothing is marked. HTML is parsed as it streams in, so this is what
   * has to arrive in the first round trip for the first screen to paint.
   */
  firstScreen: number;
  blockingCss: number;
  script: number;
  scripts: string[];
  fonts: string[];
}

export const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function moduleImports(code: string): string[] {
  return [...code.matchAll(/(?:import|from)\s*["'](\/_astro\/[^"']+|\.\/[^"']+)["']/g)].map((m) => m[1]!);
}

export function pageWeight(dist: string, pagePath: string): PageWeight {
  const file = join(dist, pagePath.replace(/^\//, ''), pagePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const linkedCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!), 'utf8')).join('');
  const seen = new Set<string>();
  const scripts: string[] = [];
  let script = 0;
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(join(dist, path))) return;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    script += gz(code);
    scripts.push(path);
    for (const dep of moduleImports(code)) visit(dep.startsWith('./') ? `/_astro/${dep.slice(2)}` : dep);
  };
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    // Structured data (schema.org JSON-LD) is data the browser never runs.
    if (/type="application\/ld\+json"/.test(m[1]!)) continue;
    const src = /\ssrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) visit(src);
    else if (m[2]!.trim()) {
      script += gz(m[2]!);
      scripts.push('(inline)');
      for (const dep of moduleImports(m[2]!)) visit(dep);
    }
  }
  const fonts = [...`${css}${linkedCss}`.matchAll(/@font-face|url\([^)]*\.(woff2?|ttf|otf)\)/g)].map((m) => m[0]);
  const marker = html.indexOf('data-first-screen-end');
  const end = marker === -1 ? html.length : html.indexOf('>', html.indexOf('</', marker)) + 1;
  return { html: gz(html), firstScreen: gz(html.slice(0, end)), blockingCss: gz(linkedCss), script, scripts, fonts };
}
