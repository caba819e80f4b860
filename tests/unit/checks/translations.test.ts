import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translationStatus } from '../../../src/checks/translations.ts';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';
import { SOURCE_IDS } from '../../../src/sources/sources.ts';

const root = mkdtempSync(join(tmpdir(), 'dalil-translations-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: root });
const commit = (message: string, date: string) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qam', message], { cwd: root, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
const state = (lang: string, slug: string) => translationStatus(root, LOCALE_CODES, SOURCE_IDS).find((s) => s.lang === lang)!.guides.find((g) => g.slug === slug)!.state;

describe('translation status from git history', () => {
  it('marks a translation outdated when its English source changed after it, unless the change was a typo fix', () => {
    cpSync('content', join(root, 'content'), { recursive: true });
    git('init', '-q');
    git('add', '-A');
    commit('content', '2026-01-01T00:00:00Z');
    expect(state('fr', 'voluntary-return')).toBe('draft');

    const en = join(root, 'content/guides/en/voluntary-return.mdx');
    writeFileSync(en, readFileSync(en, 'utf8').replace('IOM', 'IOM ') );
    commit('Fix a typo [typo]', '2026-02-01T00:00:00Z');
    expect(state('fr', 'voluntary-return')).toBe('draft');

    writeFileSync(en, `${readFileSync(en, 'utf8')}\nA new paragraph.\n`);
    commit('Add a paragraph', '2026-03-01T00:00:00Z');
    expect(state('fr', 'voluntary-return')).toBe('outdated');
    expect(state('ar', 'voluntary-return')).toBe('outdated');

    const fr = join(root, 'content/guides/fr/voluntary-return.mdx');
    writeFileSync(fr, `${readFileSync(fr, 'utf8')}\nUn nouveau paragraphe.\n`);
    commit('Update the French translation', '2026-04-01T00:00:00Z');
    expect(state('fr', 'voluntary-return')).toBe('draft');
  });

  it('lists guides with no translation as missing', () => {
    const missing = translationStatus('.', LOCALE_CODES, SOURCE_IDS).find((s) => s.lang === 'ckb')!.guides.filter((g) => g.state === 'missing');
    expect(missing.length).toBeGreaterThan(0);
  });
});
