import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Issue #11: every attack a contributor could try through a pull request is refused by the real
 * checker, with the file, the line where the file has lines, and the field. Cases live in
 * tests/fixtures/hostile-content/<case>/content/.
 */
const GUIDE = /content\/guides\/en\/hostile\.mdx/.source;
const at = (line: number, field: string, message: string) => new RegExp(`${GUIDE}:${line}\\s+${field}:\\s+.*${message}`);

const CASES: [string, RegExp[]][] = [
  ['script-element', [at(14, '<script>', 'HTML elements are not allowed')]],
  ['style-element', [at(14, '<style>', 'HTML elements are not allowed')]],
  ['iframe-srcdoc', [at(14, '<iframe>', 'HTML elements are not allowed')]],
  ['meta-refresh', [at(14, '<meta>', 'HTML elements are not allowed')]],
  ['event-handler', [at(12, '<div>', 'HTML elements are not allowed')]],
  ['expression', [at(12, '\\{…\\}', 'would run as code')]],
  ['import-node-fs', [at(12, 'import/export', 'cannot import or export code')]],
  ['export-const', [at(12, 'import/export', 'cannot import or export code')]],
  ['mailto-bcc', [at(14, '<ContactCard email>', 'plain email address')]],
  ['contact-card-website-script', [at(14, '<ContactCard website>', '"javascript:" addresses are not allowed')]],
  ['markdown-link-script', [at(12, 'link', '"javascript:" addresses are not allowed')]],
  ['markdown-link-data', [at(12, 'link', '"data:" addresses are not allowed')]],
  ['remote-image', [at(12, 'image', 'images must be files of this site')]],
  ['multiline-contact-card', [at(14, '<ContactCard phone>', 'international form'), at(14, '<ContactCard colour>', 'has no "colour"')]],
  ['bidi-in-body', [at(12, 'text', 'invisible control character \\(U\\+202E\\)')]],
  ['bidi-in-title', [new RegExp(`${GUIDE}:2\\s+title:\\s+.*invisible control character \\(U\\+202E\\)`)]],
  ['citation-url-script', [new RegExp(`${GUIDE}:10\\s+sources\\.0\\.url:\\s+.*"javascript:" addresses are not allowed`)]],
  ['duplicate-yaml-key', [new RegExp(`${GUIDE}:5\\s+a field is written twice`)]],
  ['yaml-alias-bomb', [new RegExp(`${GUIDE}:\\d+\\s+the frontmatter repeats aliases`)]],
  ['byte-order-mark', [new RegExp(`${GUIDE}:1\\s+the file starts with a byte-order mark`)]],
  ['ui-string-markup', [/content\/ui\/fr\.json:2\s+print\.qrLabel:\s+interface text is plain text/]],
  [
    'services-bad-urls',
    [
      /content\/services\/hostile\.json:5\s+organization\.website:\s+"data:text\/html[^"]*": "data:" addresses are not allowed/,
      /content\/services\/hostile\.json:17\s+services\.0\.url:\s+"javascript:alert\(1\)": "javascript:" addresses are not allowed/,
      /content\/services\/hostile\.json:18\s+services\.0\.email:\s+write a plain email address/,
    ],
  ],
  [
    'services-invisible-characters',
    [
      /content\/services\/hostile\.json:\d+\s+locations\.0\.address:\s+.*invisible control character \(U\+200B\)/,
      /content\/services\/hostile\.json:\d+\s+services\.0\.name\.en:\s+.*invisible control character \(U\+202E\)/,
      /content\/services\/hostile\.json:\d+\s+services\.0\.phones\.0\.description\.en:\s+.*invisible control character \(U\+2066\)/,
    ],
  ],
  ['sources-url-script', [/content\/sources\.json:\d+\s+sources\.0\.url:\s+"javascript:alert\(1\)": "javascript:" addresses are not allowed/]],
  ['media-not-image', [/content\/media\/page\.html\s+only images can be uploaded/]],
  ['media-fake-image', [/content\/media\/photo\.png\s+is not really a \.png image/]],
  ['audio-fake-recording', [/content\/audio\/en\/voluntary-return\.opus\s+is not really a \.opus recording/]],
];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function checkWith(name: string, add: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), `dalil-hostile-${name}-`));
  dirs.push(root);
  cpSync('content', join(root, 'content'), { recursive: true });
  add(root);
  return spawnSync(process.execPath, ['scripts/check-content.ts', '--root', root, '--quiet'], { encoding: 'utf8' });
}

describe('npm run check refuses hostile content (tests/fixtures/hostile-content)', () => {
  it.each(CASES)('%s: exits non-zero, naming the file, line and field', (name, expected) => {
    const result = checkWith(name, (root) => cpSync(`tests/fixtures/hostile-content/${name}/content`, join(root, 'content'), { recursive: true }));
    expect(result.status, result.stdout).toBe(1);
    for (const pattern of expected) expect(result.stdout).toMatch(pattern);
  });

  it('a 5 MB guide is refused for its size, and the other files are still checked', () => {
    const result = checkWith('oversized', (root) => {
      const text = `---\ntitle: A huge guide\nsummary: A guide far too large.\ntopic: rights\ncountries: [MA]\nupdated: 2026-11-23\nreviewed: draft\nsources: [{ document: iom-approach-to-protection-2023.txt }]\n---\n\n${'Read this sentence. '.repeat(262_144)}\n`;
      writeFileSync(join(root, 'content/guides/en/huge.mdx'), text);
      mkdirSync(join(root, 'content/guides/fr'), { recursive: true });
      writeFileSync(join(root, 'content/guides/fr/also-broken.mdx'), '---\ntitle: x\n---\n');
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/content\/guides\/en\/huge\.mdx\s+is 5121 KB, over the limit of 200 KB/);
    // One bad file never stops the check: the next problem is reported too.
    expect(result.stdout).toMatch(/content\/guides\/fr\/also-broken\.mdx/);
  });
});
