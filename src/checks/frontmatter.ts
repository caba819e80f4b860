import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface Frontmatter {
  data: unknown;
  /** Line in the file (1-based) where the value at a field path starts. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Line where the body starts. */
  bodyLine: number;
  body: string;
  error?: { line?: number; message: string };
}

/** Aliases (`*name`) allowed in frontmatter: enough for any real use, far too few for an alias bomb. */
const MAX_ALIASES = 20;

/**
 * Splits an MDX file into its YAML frontmatter and body, keeping line numbers for messages.
 * Duplicate keys, YAML errors and alias bombs are reported with their line, never thrown.
 */
export function readFrontmatter(text: string): Frontmatter {
  const none = () => undefined;
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) {
    return { data: undefined, lineOf: none, bodyLine: 1, body: text, error: { line: 1, message: 'the file must start with frontmatter between two "---" lines' } };
  }
  const yaml = match[1] ?? '';
  const counter = new LineCounter();
  // The frontmatter starts on line 2 of the file.
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;
  const doc = parseDocument(yaml, { prettyErrors: false, lineCounter: counter, uniqueKeys: true });
  const bodyLine = match[0].split('\n').length;
  const body = text.slice(match[0].length);
  const lineOf = (path: readonly PropertyKey[]) => {
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
    return offset === undefined ? undefined : lineAt(offset);
  };
  const first = doc.errors[0];
  if (first) {
    const offset = first.pos[0];
    const reason = first.code === 'DUPLICATE_KEY' ? 'a field is written twice: keep one of them' : `the frontmatter is not valid YAML: ${first.message.split('\n')[0]}`;
    return { data: undefined, lineOf, bodyLine, body, error: { line: lineAt(offset), message: reason } };
  }
  try {
    // Dates stay strings here; the schema checks they exist on the calendar.
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }), lineOf, bodyLine, body };
  } catch (err) {
    const aliasLine = yaml.split('\n').findIndex((l) => /(^|[\s,[{-])\*[\w-]+/.test(l));
    return {
      data: undefined,
      lineOf,
      bodyLine,
      body,
      error: { line: aliasLine >= 0 ? aliasLine + 2 : 2, message: `the frontmatter repeats aliases (*name) too often (${(err as Error).message}): write the values out instead of using & and *` },
    };
  }
}
