import { readFileSync } from 'node:fs';
import { listFiles } from './files.ts';
import type { Problem } from './problem.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * UI strings no code uses: translators would keep translating them for nothing. A key counts as
 * used when src/ names it in quotes, or builds it from a named prefix (`t(\`topic.${id}\`)` uses
 * every `topic.*` key).
 */
export function unusedUiKeys(root: string, keys: readonly string[]): Problem[] {
  const code = listFiles(root, 'src', /\.(ts|astro)$/).map((f) => readFileSync(`${root}/${f}`, 'utf8')).join('\n');
  const literals = new Set([...code.matchAll(/['"`]([A-Za-z][\w.-]*)['"`]/g)].map((m) => m[1]!));
  const prefixes = [...code.matchAll(/`([A-Za-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]!);
  return [...new Set(keys.map((k) => k.replace(PLURAL, '')))]
    .filter((key) => key !== '$comment' && !literals.has(key) && !prefixes.some((p) => key.startsWith(p)))
    .map((key) => ({ level: 'warning' as const, file: 'content/ui/en.json', field: key, message: 'no code uses this string: remove it from every language, or use it' }));
}
