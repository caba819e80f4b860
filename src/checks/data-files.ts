import type { z } from 'astro/zod';
import { glossaryFileSchema } from '../glossary/schema.ts';
import { jargonFileSchema, type Wordlists } from '../guides/plain-language.ts';
import { localesFileSchema } from '../i18n/locale-schema.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { MAX_FILE_BYTES } from '../settings.ts';
import { sourcesFileSchema } from '../sources/schema.ts';
import { listFiles, readJson } from './files.ts';
import { issuesToProblems, type Problem } from './problem.ts';

/** Reads one JSON content file and checks it against its schema, with the line of each problem. */
export function checkJson(root: string, file: string, schema: z.ZodType): { problems: Problem[]; data?: unknown; lineOf: (path: readonly PropertyKey[]) => number | undefined } {
  const { data, error, lineOf } = readJson(root, file, MAX_FILE_BYTES);
  if (error) return { problems: [{ level: 'error', file, line: error.line, message: error.message }], lineOf };
  const parsed = schema.safeParse(data);
  return parsed.success ? { problems: [], data: parsed.data, lineOf } : { problems: issuesToProblems(file, parsed.error.issues, lineOf), lineOf };
}

/**
 * The JSON files beside the guides: locales, sources and glossaries. Returns the source ids guides
 * may cite and the glossary ids `<Term id>` may point to (known in any language).
 */
export function checkDataFiles(root: string): { problems: Problem[]; sourceIds: string[]; glossaryIds: Set<string>; wordlists: Map<string, Wordlists> } {
  const problems: Problem[] = [];
  problems.push(...checkJson(root, 'content/locales.json', localesFileSchema).problems);
  const sources = checkJson(root, 'content/sources.json', sourcesFileSchema);
  problems.push(...sources.problems);
  const sourceIds = (sources.data as z.infer<typeof sourcesFileSchema> | undefined)?.sources.map((s) => s.id) ?? [];

  const glossaryIds = new Set<string>();
  const wordlists = new Map<string, Wordlists>(LOCALE_CODES.map((lang) => [lang, { jargon: [], avoid: [] }]));
  for (const file of listFiles(root, 'content/glossary', /\.json$/)) {
    const lang = file.split('/').at(-1)!.replace(/\.json$/, '');
    if (!LOCALE_CODES.includes(lang)) {
      problems.push({ level: 'error', file, message: `"${lang}" is not a language in content/locales.json: name the file <lang>.json` });
      continue;
    }
    const glossary = checkJson(root, file, glossaryFileSchema);
    problems.push(...glossary.problems);
    (glossary.data as z.infer<typeof glossaryFileSchema> | undefined)?.terms.forEach((t) => {
      glossaryIds.add(t.id);
      for (const variant of t.avoid ?? []) wordlists.get(lang)?.avoid.push({ variant, term: t.term });
    });
  }
  for (const file of listFiles(root, 'content/jargon', /\.json$/)) {
    const lang = file.split('/').at(-1)!.replace(/\.json$/, '');
    if (!LOCALE_CODES.includes(lang)) {
      problems.push({ level: 'error', file, message: `"${lang}" is not a language in content/locales.json: name the file <lang>.json` });
      continue;
    }
    const jargon = checkJson(root, file, jargonFileSchema);
    problems.push(...jargon.problems);
    wordlists.get(lang)!.jargon.push(...((jargon.data as z.infer<typeof jargonFileSchema> | undefined)?.words ?? []));
  }
  return { problems, sourceIds, glossaryIds, wordlists };
}
