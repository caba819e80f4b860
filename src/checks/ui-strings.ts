import { DEFAULT_LOCALE, LOCALE_CODES } from '../i18n/locales.ts';
import { invisibleCharacter } from '../schema/fields.ts';
import { MAX_FILE_BYTES } from '../settings.ts';
import { listFiles, readJson } from './files.ts';
import type { Problem } from './problem.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

export interface UiReport {
  problems: Problem[];
  /** Per language: keys that fall back to another language. */
  missing: Map<string, string[]>;
}

/**
 * Checks the UI string files against the English reference: no unknown keys, the same
 * `{{placeholders}}`, the plural forms each language's rules need; lists what falls back.
 */
export function checkUiStrings(root: string): UiReport {
  const problems: Problem[] = [];
  const missing = new Map<string, string[]>();
  const files = new Map<string, Record<string, unknown>>();
  const lines = new Map<string, (path: readonly PropertyKey[]) => number | undefined>();
  for (const file of listFiles(root, 'content/ui', /\.json$/)) {
    const lang = file.split('/').at(-1)!.replace(/\.json$/, '');
    if (!LOCALE_CODES.includes(lang)) {
      problems.push({ level: 'error', file, message: `"${lang}" is not a language in content/locales.json: rename the file or add the language` });
      continue;
    }
    const { data, error, lineOf } = readJson(root, file, MAX_FILE_BYTES);
    lines.set(lang, lineOf);
    if (error) {
      problems.push({ level: 'error', file, line: error.line, message: error.message });
      continue;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      problems.push({ level: 'error', file, message: 'a UI strings file is one JSON object of "key": "text" pairs' });
      continue;
    }
    files.set(lang, data as Record<string, unknown>);
  }
  const reference = files.get(DEFAULT_LOCALE);
  const refFile = `content/ui/${DEFAULT_LOCALE}.json`;
  if (!reference) {
    problems.push({ level: 'error', file: refFile, message: 'the reference UI strings file is missing' });
    return { problems, missing };
  }
  const baseKeys = new Map<string, string>(); // base key → a reference text, for placeholders
  for (const [key, value] of Object.entries(reference)) {
    if (key === '$comment') continue;
    if (typeof value !== 'string') problems.push({ level: 'error', file: refFile, field: key, message: 'the text must be a string in "quotes"' });
    baseKeys.set(key.replace(PLURAL, ''), typeof value === 'string' ? value : '');
  }
  const pluralBases = new Set(Object.keys(reference).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));

  for (const lang of LOCALE_CODES) {
    const file = `content/ui/${lang}.json`;
    const strings = files.get(lang);
    if (!strings) {
      if (!problems.some((p) => p.file === file)) problems.push({ level: 'warning', file, message: `no UI strings for ${lang} yet: every string falls back (create the file from ${refFile})` });
      missing.set(lang, [...baseKeys.keys()]);
      continue;
    }
    const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const absent: string[] = [];
    for (const [key, value] of Object.entries(strings)) {
      if (key === '$comment') continue;
      const base = key.replace(PLURAL, '');
      if (!baseKeys.has(base)) {
        problems.push({ level: 'error', file, field: key, message: `unknown key: it is not in ${refFile} (misspelled, or removed there)` });
        continue;
      }
      if (typeof value !== 'string') {
        problems.push({ level: 'error', file, field: key, message: 'the text must be a string in "quotes"' });
        continue;
      }
      const line = lines.get(lang)?.([key]);
      // UI strings are plain text: pages print them as text, never as HTML.
      if (/<[A-Za-z!/?]/.test(value)) {
        problems.push({ level: 'error', file, line, field: key, message: 'interface text is plain text: remove the markup (< followed by a letter); write "less than" or ‹ if you need the sign' });
      }
      const invisible = invisibleCharacter(value);
      if (invisible) problems.push({ level: 'error', file, line, field: key, message: `contains an invisible control character (${invisible}): retype the text without it` });
      const form = PLURAL.exec(key)?.[1];
      if (form && !forms.includes(form as Intl.LDMLPluralRule)) {
        problems.push({ level: 'error', file, field: key, message: `${lang} has no "${form}" plural form (it uses: ${forms.join(', ')}): remove this key` });
      }
      // A plural form may spell its number out ("دليل واحد"), so {{count}} is optional there.
      const expected = placeholders(baseKeys.get(base) ?? '');
      const actual = placeholders(value);
      const lost = expected.filter((p) => !actual.includes(p) && !(form && p === 'count'));
      const extra = actual.filter((p) => !expected.includes(p));
      if (lost.length || extra.length) {
        problems.push({
          level: 'error',
          file,
          field: key,
          message: `placeholders differ from ${refFile}: ${[...lost.map((p) => `missing {{${p}}}`), ...extra.map((p) => `unknown {{${p}}}`)].join(', ')} (keep them exactly as in English)`,
        });
      }
    }
    for (const base of baseKeys.keys()) {
      if (pluralBases.has(base)) {
        for (const form of forms) if (typeof strings[`${base}_${form}`] !== 'string') absent.push(`${base}_${form}`);
      } else if (typeof strings[base] !== 'string' || strings[base] === '') {
        absent.push(base);
      }
    }
    missing.set(lang, absent);
  }
  return { problems, missing };
}
