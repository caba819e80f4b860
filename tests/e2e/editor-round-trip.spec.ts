import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse, stringify } from 'yaml';

/**
 * Issue #14: the staff editor (Decap CMS at /admin/, with the configuration generated from the
 * content schemas) can open and save every real content file. Each file is loaded into Decap's
 * in-memory test backend, opened, changed by one character in its first text field (Decap saves
 * only what was changed), and saved; the saved file must hold exactly the same data apart from
 * that character, and no validation message may appear. Documented formatting differences are
 * allowed: Decap writes YAML lists in block style, folds long lines and ends files with a newline.
 * Nothing else may be written (no stub files for other languages).
 */
test.use({ viewport: { width: 1280, height: 900 } });

type Tree = { [name: string]: Tree | { content: string } };

function tree(): Tree {
  const root: Tree = {};
  const add = (path: string) => {
    const parts = path.split('/');
    let node = root;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Tree;
    node[parts.at(-1)!] = { content: readFileSync(path, 'utf8') };
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else if (/\.(mdx|json)$/.test(name.name)) add(path);
    }
  };
  walk('content');
  return root;
}

/** The configuration as built, with the in-memory backend, simple publishing and every list open. */
function testConfig(): Record<string, unknown> {
  const config = parse(readFileSync('dist/admin/config.yml', 'utf8')) as Record<string, unknown>;
  const open = (fields: unknown) => {
    for (const field of (fields as Record<string, unknown>[] | undefined) ?? []) {
      if (field.widget === 'list' || field.widget === 'object') field.collapsed = false;
      open(field.fields);
    }
  };
  for (const c of config.collections as { fields?: unknown; files?: { fields: unknown }[] }[]) {
    open(c.fields);
    for (const f of c.files ?? []) open(f.fields);
  }
  return { ...config, backend: { name: 'test-repo' }, publish_mode: 'simple' };
}

interface Entry {
  hash: string;
  path: string;
}

function entries(config: Record<string, unknown>): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const c of config.collections as { name: string; folder?: string; extension?: string; files?: { name: string; file: string }[] }[]) {
    const list: Entry[] = c.folder
      ? readdirSync(c.folder).filter((f) => f.endsWith(`.${c.extension}`)).map((f) => ({ hash: `#/collections/${c.name}/entries/${f.replace(/\.[^.]+$/, '')}`, path: `${c.folder}/${f}` }))
      : (c.files ?? []).filter((f) => existsSync(f.file)).map((f) => ({ hash: `#/collections/${c.name}/entries/${f.name}`, path: f.file }));
    out.set(c.name, list);
  }
  return out;
}

/** A file's data: frontmatter and trimmed body for MDX, the parsed object for JSON. */
function dataOf(path: string, text: string): unknown {
  if (path.endsWith('.json')) return JSON.parse(text);
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text)!;
  return { ...(parse(match[1]!) as object), body: match[2]!.trim() };
}

/** Where two values differ, as paths, with the saved and original leaf. */
function differences(saved: unknown, original: unknown, path = ''): { path: string; saved: unknown; original: unknown }[] {
  if (saved instanceof Date) saved = saved.toISOString().slice(0, 10);
  if (original instanceof Date) original = original.toISOString().slice(0, 10);
  if (typeof saved !== 'object' || saved === null || typeof original !== 'object' || original === null) {
    return saved === original ? [] : [{ path, saved, original }];
  }
  const keys = new Set([...Object.keys(saved), ...Object.keys(original)]);
  return [...keys].flatMap((k) => differences((saved as Record<string, unknown>)[k], (original as Record<string, unknown>)[k], `${path}.${k}`));
}

function countFiles(t: Tree): number {
  return Object.values(t).reduce<number>((n, v) => n + ('content' in v && typeof v.content === 'string' ? 1 : countFiles(v as Tree)), 0);
}

async function openEditor(page: Page, config: Record<string, unknown>, files: Tree) {
  await page.route('**/admin/config.yml', (route) => route.fulfill({ contentType: 'text/yaml', body: stringify(config) }));
  await page.addInitScript((repo) => {
    (window as unknown as { repoFiles: unknown }).repoFiles = repo;
  }, files);
  await page.goto('/admin/');
  const login = page.getByRole('button', { name: /login/i });
  await login.click();
  await expect(page.getByText(/collections/i).first()).toBeVisible({ timeout: 30_000 });
}

const config = testConfig();
const allFiles = tree();
const totalFiles = countFiles(allFiles);

for (const [collection, list] of entries(config)) {
  test(`the editor opens and saves every file of "${collection}" unchanged (${list.length} files)`, async ({ page }) => {
    test.setTimeout(90_000 + list.length * 15_000);
    expect(list.length).toBeGreaterThan(0);
    await openEditor(page, config, allFiles);
    for (const entry of list) {
      // Through the collection's list, so Decap loads the entry afresh.
      await page.evaluate((hash) => (location.hash = hash.replace(/\/entries\/.*$/, '')), entry.hash);
      await expect(page.getByText('Changes saved')).toBeHidden({ timeout: 20_000 });
      await page.evaluate((hash) => (location.hash = hash), entry.hash);
      await expect(page.getByText('Changes saved')).toBeVisible({ timeout: 20_000 });
      // The first free-text field that holds text (not an id, address, code or number, whose pattern an added letter would break).
      const fields = page.locator('input[type="text"]:visible, textarea:visible');
      const index = await fields.evaluateAll((els) =>
        els.findIndex((el) => {
          const label = (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) || '';
          return (el as HTMLInputElement).value !== '' && !/\b(id|ids|url|website|email|number|code|document|timezone|pattern|opens|closes|city|country|languages?|fallback|related)\b/i.test(label);
        }),
      );
      const input = fields.nth(Math.max(0, index));
      await input.click();
      await input.press('End');
      await input.pressSequentially('x');
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.getByText('Publish now', { exact: true }).click();
      // Saved, with no validation message on the way.
      const original = readFileSync(entry.path, 'utf8');
      const read = () =>
        page.evaluate((path) => {
          let node = (window as unknown as { repoFiles: Record<string, unknown> }).repoFiles;
          for (const part of path.split('/')) node = node?.[part] as Record<string, unknown>;
          return (node as { content?: string } | undefined)?.content;
        }, entry.path);
      await expect
        .poll(async () => {
          const errors = await page.locator('[class*="ControlErrorsList"] li, [class*="Toast"]:has-text("missed"), [class*="Toast"]:has-text("Oops")').allTextContents();
          if (errors.length) return `validation: ${errors.join('; ')}`;
          return (await read()) === original ? 'not saved yet' : 'saved';
        }, { message: entry.path, timeout: 30_000 })
        .toBe('saved')
        .catch(async (error) => {
          await page.screenshot({ path: `test-results/editor-${entry.path.replaceAll('/', '_')}.png` });
          throw error;
        });
      const saved = await read();
      const diff = differences(dataOf(entry.path, saved!), dataOf(entry.path, readFileSync(entry.path, 'utf8')));
      // Exactly the one character typed, and nothing else.
      expect(diff.length, `${entry.path}: ${JSON.stringify(diff).slice(0, 500)}`).toBe(1);
      expect(diff[0]!.saved, entry.path).toBe(`${String(diff[0]!.original)}x`);
    }
    // Saving wrote only the files that were edited: no stubs for other languages.
    const after = await page.evaluate(() => (window as unknown as { repoFiles: unknown }).repoFiles);
    expect(countFiles(after as Tree)).toBe(totalFiles);
  });
}
