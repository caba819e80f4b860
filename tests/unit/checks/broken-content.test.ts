import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CASES: [string, RegExp[]][] = [
  ['missing-field', [/content\/guides\/en\/broken\.mdx(:\d+)?\s+summary:/]],
  ['unknown-topic', [/content\/guides\/en\/broken\.mdx:4\s+topic:\s+use one of/]],
  ['impossible-date', [/content\/guides\/en\/broken\.mdx:6\s+updated:\s+"2026-02-30" is not a real date/]],
  ['mdx-syntax-error', [/content\/guides\/en\/broken\.mdx:1[2-4]\s+MDX:\s+Expected a closing tag for `<Callout>`/]],
  ['unknown-component', [/content\/guides\/en\/broken\.mdx:14\s+<Warning>:\s+unknown component/]],
  ['bad-component-prop', [/broken\.mdx:14\s+<Callout type>:\s+"note": use info, warning or danger/, /broken\.mdx:16\s+<ContactCard phone>:\s+"0537652881": write the phone in international form/]],
  ['broken-link', [/broken\.mdx:12\s+link:\s+\/en\/guides\/no-such-guide\/ leads to no page/, /broken\.mdx:12\s+link:\s+\/en\/glossary\/#no-such-term: the glossary has no term "no-such-term"/]],
  ['duplicate-slug', [/content\/guides\/en\/voluntary-return\.mdx?\s+slug:\s+same address as content\/guides\/en\/voluntary-return\.mdx?/]],
  ['invalid-json', [/content\/services\/broken\.json:4\s+not valid JSON/]],
  ['bad-phone', [/content\/services\/broken\.json:\d+\s+services\.0\.phones\.0\.number:\s+"0537 65 28 81" is not in E\.164 form/]],
  ['missing-default-text', [/content\/services\/broken\.json:\d+\s+services\.0\.name:\s+the en text is required/]],
];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('npm run check on broken content (tests/fixtures/broken-content)', () => {
  it.each(CASES)('%s: exits non-zero and names the file and the field', (name, expected) => {
    const root = mkdtempSync(join(tmpdir(), `dalil-broken-${name}-`));
    dirs.push(root);
    cpSync('content', join(root, 'content'), { recursive: true });
    cpSync(`tests/fixtures/broken-content/${name}/content`, join(root, 'content'), { recursive: true });
    const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', root, '--quiet'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    for (const pattern of expected) expect(result.stdout).toMatch(pattern);
  });

  it('passes on the real content', () => {
    const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--quiet'], { encoding: 'utf8' });
    expect(result.stdout).toContain('content: 0 error(s)');
    expect(result.status).toBe(0);
  });
});
