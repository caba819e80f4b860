import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files below `dir` whose name matches `pattern`, sorted, as paths relative to `root`. */
export function listFiles(root: string, dir: string, pattern: RegExp): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (pattern.test(name)) out.push(relative(root, p));
    }
  };
  walk(abs);
  return out;
}

export function readText(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

/** Parses a JSON file; on failure returns the reason with its line, as editors see it. */
export function readJson(root: string, file: string): { data?: unknown; error?: { line?: number; message: string } } {
  const text = readText(root, file);
  try {
    return { data: JSON.parse(text) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message)?.[1];
    const line = pos ? text.slice(0, Number(pos)).split('\n').length : /line (\d+)/.exec(message)?.[1] ? Number(/line (\d+)/.exec(message)?.[1]) : undefined;
    return { error: { line, message: `not valid JSON (${message.replace(/^.*?JSON[^:]*:\s*/, '')}): check for a missing comma, quote or bracket` } };
  }
}
