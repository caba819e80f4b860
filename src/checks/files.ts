import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

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

/** What stops a file from being read at all, said so an editor can fix it. */
export interface ReadProblem {
  line?: number;
  message: string;
}

/**
 * Reads a content file as UTF-8 text, refusing what would make every later message misleading:
 * a byte-order mark (invisible, and it breaks JSON and frontmatter) and a file over the size
 * limit (a guide is copied into every fallback language).
 */
export function readContentText(root: string, file: string, maxBytes?: number): { text?: string; error?: ReadProblem } {
  let buffer: Buffer;
  try {
    buffer = readFileSync(join(root, file));
  } catch (err) {
    return { error: { message: `cannot be read: ${(err as Error).message}` } };
  }
  if (maxBytes !== undefined && buffer.length > maxBytes) {
    return { error: { message: `is ${Math.ceil(buffer.length / 1024)} KB, over the limit of ${Math.floor(maxBytes / 1024)} KB (content/settings.json, limits.maxFileKilobytes): split it into smaller files` } };
  }
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { error: { line: 1, message: 'the file starts with a byte-order mark (an invisible character some editors add): save it as "UTF-8" without BOM' } };
  }
  const text = buffer.toString('utf8');
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    return { error: { line, message: 'the file is not UTF-8 text: save it with the encoding "UTF-8"' } };
  }
  return { text };
}

export function readText(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

export interface JsonFile {
  data?: unknown;
  error?: ReadProblem;
  /** The line where the value at a field path starts (`['services', 2, 'phones', 0, 'number']`). */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Parses a JSON file with positions: JSON is YAML, and the `yaml` parser keeps where each value
 * is, so a problem deep inside a service file still gets its line. JSON.parse gives the values
 * (the YAML reading is only used for lines).
 */
export function readJson(root: string, file: string, maxBytes?: number): JsonFile {
  const none: JsonFile['lineOf'] = () => undefined;
  const { text, error } = readContentText(root, file, maxBytes);
  if (error || text === undefined) return { error, lineOf: none };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message)?.[1];
    const line = pos ? text.slice(0, Number(pos)).split('\n').length : /line (\d+)/.exec(message)?.[1] ? Number(/line (\d+)/.exec(message)?.[1]) : undefined;
    return { error: { line, message: `not valid JSON (${message.replace(/^.*?JSON[^:]*:\s*/, '').replace(/\s*\(line \d+ column \d+\)/, '')}): check for a missing comma, quote or bracket` }, lineOf: none };
  }
  let lineOf = none;
  try {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
    lineOf = (path) => {
      // The deepest node that exists on the path, so a missing field points at its parent.
      let node: unknown = doc.contents;
      let found: YamlNode | undefined = doc.contents ?? undefined;
      for (const key of path) {
        if (isMap(node)) node = node.get(String(key), true);
        else if (isSeq(node)) node = node.get(Number(key), true);
        else break;
        if (!node) break;
        found = node as YamlNode;
      }
      const offset = found?.range?.[0];
      return offset === undefined ? undefined : counter.linePos(offset).line;
    };
  } catch {
    // Positions are a help, never a reason to fail.
  }
  return { data, lineOf };
}
