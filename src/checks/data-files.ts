import type { z } from 'astro/zod';
import { glossaryFileSchema } from '../glossary/schema.ts';
import { localesFileSchema } from '../i18n/locale-schema.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { sourcesFileSchema } from '../sources/schema.ts';
import { listFiles, readJson } from './files.ts';
import { issuesToProblems, type Problem } from './problem.ts';

function checkJson(root: string, file: string, schema: z.ZodType): { problems: Problem[]; data?: unknown } {
  const { data, error } = readJson(root, file);
  if (error) return { problems: [{ level: 'error', file, line: error.line, message: error.message }] };
  const parsed = schema.safeParse(data);
  return parsed.success ? { problems: [], data: parsed.data } : { problems: issuesToProblems(file, parsed.error.issues) };
}

/** The JSON files beside the guides: locales, sources, emergency numbers, glossaries. */
export function checkDataFiles(root: string): { problems: Problem[]; sourceIds: string[] } {
  const problems: Problem[] = [];
  problems.push(...checkJson(root, 'content/locales.json', localesFileSchema).problems);
  const sources = checkJson(root, 'content/sources.json', sourcesFileSchema);
  problems.push(...sources.problems);
  const sourceIds = (sources.data as z.infer<typeof sourcesFileSchema> | undefined)?.sources.map((s) => s.id) ?? [];

  for (const file of listFiles(root, 'content/glossary', /\.json$/)) {
    const lang = file.split('/').at(-1)!.replace(/\.json$/, '');
    if (!LOCALE_CODES.includes(lang)) {
      problems.push({ level: 'error', file, message: `"${lang}" is not a language in content/locales.json: name the file <lang>.json` });
      continue;
    }
    problems.push(...checkJson(root, file, glossaryFileSchema).problems);
  }
  return { problems, sourceIds };
}

/** Glossary ids known in any language: what `<Term id>` may point to. */
export function glossaryIds(root: string): Set<string> {
  const ids = new Set<string>();
  for (const file of listFiles(root, 'content/glossary', /\.json$/)) {
    const { data } = readJson(root, file);
    const parsed = glossaryFileSchema.safeParse(data);
    if (parsed.success) parsed.data.terms.forEach((t) => ids.add(t.id));
  }
  return ids;
}
