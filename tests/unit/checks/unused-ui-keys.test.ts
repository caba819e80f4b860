import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unusedUiKeys } from '../../../src/checks/unused-ui-keys.ts';

const root = mkdtempSync(join(tmpdir(), 'dalil-ui-keys-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('UI strings no code uses', () => {
  it('are reported, while quoted keys, plural forms and keys built from a prefix count as used', () => {
    mkdirSync(join(root, 'src/layout'), { recursive: true });
    writeFileSync(join(root, 'src/layout/A.astro'), "<p>{t('nav.home')}</p><p>{t(`topic.${id}` as const)}</p><p>{t('filter.shown', { count })}</p>");
    const problems = unusedUiKeys(root, ['$comment', 'nav.home', 'nav.unused', 'topic.rights', 'topic.health', 'filter.shown_one', 'filter.shown_other', 'old.plural_one', 'old.plural_other']);
    expect(problems.map((p) => p.field)).toEqual(['nav.unused', 'old.plural']);
    expect(problems.every((p) => p.level === 'warning' && p.file === 'content/ui/en.json')).toBe(true);
  });

  it('finds none in the real project', () => {
    expect(unusedUiKeys('.', Object.keys(JSON.parse(readFileSync('content/ui/en.json', 'utf8')) as Record<string, string>))).toEqual([]);
  });
});
