import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { listenLoader } from '../listen/bundle.ts';
import { headerSearchLoader } from '../search/header-script.ts';

/**
 * Content-Security-Policy. Astro writes it into every page (`security.csp`): it hashes the
 * scripts and styles it builds from src/, and we add the hashes of our own inline scripts that
 * Astro does not build (the header search and "Listen" loaders). Nothing is hashed from the
 * output, so code that content smuggled into a page is never allowed; the output check
 * (src/checks/output-safety.ts) then fails the build if any such code is present at all.
 */
function sha256(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The one classic script, first in <body>, before anything paints: it tells CSS that JavaScript runs, so
 * controls that need it are laid out from the start instead of appearing (and shifting the page).
 */
export const JS_CLASS_SCRIPT = "document.documentElement.classList.add('js')";

/** Directives besides script-src and style-src, which Astro writes itself. */
export const CSP_DIRECTIVES: NonNullable<CspConfig['directives']> = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** Astro's `security.csp` setting. */
export function astroCsp(): CspConfig {
  return {
    algorithm: 'SHA-256',
    directives: CSP_DIRECTIVES,
    // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly once a reader searches; it does not
    // allow eval() of script.
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(headerSearchLoader()), sha256(JS_CLASS_SCRIPT), sha256(listenLoader())] },
    styleDirective: { resources: ["'self'"] },
  };
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
 * Response headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages). Each
 * page carries its own script and style policy in a <meta>; what a <meta> policy cannot do
 * (refuse framing) is sent for every path as a second policy, which browsers enforce beside the
 * first, with X-Frame-Options for browsers that predate frame-ancestors.
 */
export function headersFile(): string {
  return [
    '/*',
    "  Content-Security-Policy: frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'",
    '  X-Frame-Options: DENY',
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    '  Strict-Transport-Security: max-age=31536000; includeSubDomains',
    '  Cross-Origin-Opener-Policy: same-origin',
    '/admin/*',
    `  Content-Security-Policy: ${ADMIN_POLICY}; frame-ancestors 'none'`,
    '/media/*',
    `  Content-Security-Policy: ${MEDIA_POLICY}`,
    '/audio/*',
    `  Content-Security-Policy: ${AUDIO_POLICY}`,
    '',
  ].join('\n');
}

/**
 * Files editors upload (images only, checked by `npm run check`) are served as inert documents:
 * even a file that pretends to be an image cannot run script or be shown as a page of the site.
 */
export const MEDIA_POLICY = "default-src 'none'; img-src 'self'; sandbox";
/** The same for guides' recordings (content/audio, checked by their first bytes too). */
export const AUDIO_POLICY = "default-src 'none'; media-src 'self'; sandbox";
