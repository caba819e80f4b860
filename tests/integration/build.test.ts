import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** A throwaway copy of the project (sharing node_modules) to change and build. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dalil-build-'));
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(entry, join(dir, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function build(dir: string) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A previous good build in dist/, which a failed build must leave as it was. */
function withPreviousBuild(dir: string) {
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), 'previous build');
}

describe('the build', () => {
  it('refuses a deployment build without the published address, so no localhost link is ever published', () => {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, DALIL_DEPLOY: '1', SITE_URL: '', DALIL_OUT_DIR: join(tmpdir(), 'dalil-deploy-never-written'), NO_COLOR: '1' },
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/SITE_URL is not the https:\/\/ address the site is published at/);
    expect(existsSync(join(tmpdir(), 'dalil-deploy-never-written', 'index.html'))).toBe(false);
  });

  it('stops on invalid frontmatter, naming the file and the field, and leaves dist/ as it was', () => {
    const dir = projectCopy();
    dirs.push(dir);
    withPreviousBuild(dir);
    const file = join(dir, 'content/guides/ar/voluntary-return.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^topic: .*$/m, 'topic: holidays'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/ar\/voluntary-return\.mdx:\d+\s+topic:\s+use one of: rights/);
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(dir, '.build-staging-dist'))).toBe(false);
  });

  it('stops on an MDX syntax error, naming the file, and serves nothing half-built', () => {
    const dir = projectCopy();
    dirs.push(dir);
    withPreviousBuild(dir);
    const file = join(dir, 'content/guides/en/voluntary-return.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\n<Callout type="info">\nNever closed.\n`);
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/guides\/en\/voluntary-return\.mdx/);
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(dir, '.build-staging-dist'))).toBe(false);
  });

  it('adds a language from data alone: a locale entry and a strings file, no code', { timeout: 240_000 }, () => {
    const dir = projectCopy();
    dirs.push(dir);
    const localesFile = join(dir, 'content/locales.json');
    const locales = JSON.parse(readFileSync(localesFile, 'utf8'));
    locales.locales.push({ code: 'tr', name: 'Türkçe', englishName: 'Turkish', dir: 'ltr', fallback: ['fr'] });
    writeFileSync(localesFile, JSON.stringify(locales));
    writeFileSync(join(dir, 'content/ui/tr.json'), JSON.stringify({ 'nav.home': 'Ana sayfa', 'fallback.notice': '{{language}} dilinde yok; {{source}} olarak gösteriliyor.' }));
    const { status, output } = build(dir);
    expect(status, output).toBe(0);
    const home = readFileSync(join(dir, 'dist/tr/index.html'), 'utf8');
    expect(home).toMatch(/<html lang="tr" dir="ltr">/);
    expect(home).toContain('Ana sayfa');
    // Guides not written in Turkish fall back along its chain (French here), with the notice.
    const guide = readFileSync(join(dir, 'dist/tr/guides/voluntary-return/index.html'), 'utf8');
    expect(guide).toContain('olarak gösteriliyor');
    expect(guide).toMatch(/class="prose[^"]*" lang="fr"/);
    // Other languages link to it, and the sitemap and chooser list it.
    expect(readFileSync(join(dir, 'dist/en/index.html'), 'utf8')).toContain('hreflang="tr"');
    expect(readFileSync(join(dir, 'dist/sitemap-0.xml'), 'utf8')).toContain('/tr/guides/voluntary-return/');
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toContain('Türkçe');
  });
});
