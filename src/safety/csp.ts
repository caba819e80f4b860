import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy for a static site with a few inline blocks: Astro inlines small scripts
 * and all CSS, so each inline block is allowed by its hash, never by 'unsafe-inline'.
 */
function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface InlineHashes {
  scripts: string[];
  styles: string[];
  /** The page has a search box, whose Pagefind compiles WebAssembly once the reader types. */
  wasm?: boolean;
}

export function inlineHashes(html: string): InlineHashes {
  const blocks = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
      .map((m) => m[1] ?? '')
      .filter((body) => body.trim() !== '');
  return {
    scripts: [...new Set(blocks('script').map(sha256))],
    styles: [...new Set(blocks('style').map(sha256))],
    wasm: html.includes('data-search-form'),
  };
}

export function policy({ scripts, styles, wasm = false }: InlineHashes, { forHeader = false } = {}): string {
  const directives = [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly, on pages with a search box; it
    // does not allow eval() of script.
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''} ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // frame-ancestors is ignored in a <meta> policy, so it is only sent as a header.
    ...(forHeader ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** Puts the page's own policy first in <head>, before anything it governs. */
export function withCspMeta(html: string, policyText = policy(inlineHashes(html))): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyText}">`;
  return html.replace(/<head>/, `<head>${meta}`);
}

/**
 * The staff editor (/admin/, Decap CMS) is not a reader page: it talks to GitHub's API, and its
 * React styles are injected at run time. It gets its own, looser policy; readers never load it.
 */
export const ADMIN_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "connect-src 'self' https://api.github.com https://github.com",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * Response headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages).
 * Hosts combine every block that matches a path, so the Content-Security-Policy is given per
 * section (each language, the root pages, the editor) and never twice for one path.
 */
export function headersFile(allHashes: InlineHashes, locales: readonly string[]): string {
  const csp = `  Content-Security-Policy: ${policy(allHashes, { forHeader: true })}`;
  return [
    ...['/', '/index.html', '/404.html', ...locales.map((l) => `/${l}/*`)].flatMap((path) => [path, csp]),
    '/admin/*',
    `  Content-Security-Policy: ${ADMIN_POLICY}; frame-ancestors 'none'`,
    '/*',
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    '  Strict-Transport-Security: max-age=31536000; includeSubDomains',
    '  Cross-Origin-Opener-Policy: same-origin',
    '',
  ].join('\n');
}
