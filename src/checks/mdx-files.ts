import type { z } from 'astro/zod';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { MAX_FILE_BYTES } from '../settings.ts';
import { SLUG } from '../schema/fields.ts';
import { listFiles, readContentText } from './files.ts';
import { readFrontmatter } from './frontmatter.ts';
import { issuesToProblems, type Problem } from './problem.ts';

export interface MdxFile<T> {
  file: string;
  lang: string;
  slug: string;
  data?: T;
  body: string;
  bodyLine: number;
  /** The line of a frontmatter field, for checks made after the schema (e.g. that a named file exists). */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}


/**
 * Reads `<dir>/<lang>/<slug>.mdx` files and checks where they are and their frontmatter:
 * a known language folder, a slug that works in a URL, fields that match `schema`.
 */
export function readMdxFiles<S extends z.ZodType>(root: string, dir: string, schema: S): { problems: Problem[]; files: MdxFile<z.output<S>>[] } {
  const problems: Problem[] = [];
  const files: MdxFile<z.output<S>>[] = [];
  for (const file of listFiles(root, dir, /\.(mdx?|markdown)$/)) {
    const parts = file.slice(dir.length + 1).split('/');
    const lang = parts[0] ?? '';
    const name = parts.at(-1) ?? '';
    if (parts.length !== 2) {
      problems.push({ level: 'error', file, message: `these files live at ${dir}/<lang>/<name>.mdx: move the file into its language folder` });
      continue;
    }
    if (!LOCALE_CODES.includes(lang)) {
      problems.push({ level: 'error', file, message: `"${lang}" is not a language in content/locales.json (${LOCALE_CODES.join(', ')}): move the file or add the language` });
      continue;
    }
    if (!name.endsWith('.mdx')) {
      problems.push({ level: 'error', file, message: 'use MDX: rename the file to .mdx' });
      continue;
    }
    const slug = name.replace(/\.mdx$/, '');
    if (!SLUG.test(slug)) {
      problems.push({ level: 'error', file, message: `the file name "${slug}" becomes the address: use lowercase letters, digits and hyphens only (e.g. voluntary-return.mdx)` });
      continue;
    }
    const { text, error } = readContentText(root, file, MAX_FILE_BYTES);
    if (error || text === undefined) {
      problems.push({ level: 'error', file, line: error?.line, message: error?.message ?? 'cannot be read' });
      continue;
    }
    const fm = readFrontmatter(text);
    if (fm.error) {
      problems.push({ level: 'error', file, line: fm.error.line, message: fm.error.message });
      files.push({ file, lang, slug, body: fm.body, bodyLine: fm.bodyLine });
      continue;
    }
    const parsed = schema.safeParse(fm.data ?? {});
    if (!parsed.success) problems.push(...issuesToProblems(file, parsed.error.issues, fm.lineOf));
    files.push({ file, lang, slug, data: parsed.success ? parsed.data : undefined, body: fm.body, bodyLine: fm.bodyLine, lineOf: fm.lineOf });
  }
  // One slug per language: files that differ only by letter case or extension would share an address.
  const seen = new Map<string, string>();
  for (const file of listFiles(root, dir, /\.(mdx?|markdown)$/)) {
    const key = file.toLowerCase().replace(/\.(mdx?|markdown)$/, '');
    const first = seen.get(key);
    if (first) problems.push({ level: 'error', file, field: 'slug', message: `same address as ${first}: rename or remove one of them` });
    else seen.set(key, file);
  }
  return { problems, files };
}
