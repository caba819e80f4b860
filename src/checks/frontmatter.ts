import { parseDocument } from 'yaml';

export interface Frontmatter {
  data: unknown;
  /** Line in the file (1-based) where each top-level field starts. */
  lines: Map<string, number>;
  /** Line where the body starts. */
  bodyLine: number;
  body: string;
  error?: { line?: number; message: string };
}

/** Splits an MDX file into its YAML frontmatter and body, keeping line numbers for messages. */
export function readFrontmatter(text: string): Frontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    return { data: undefined, lines: new Map(), bodyLine: 1, body: text, error: { line: 1, message: 'the file must start with frontmatter between two "---" lines' } };
  }
  const yaml = match[1] ?? '';
  const doc = parseDocument(yaml, { prettyErrors: false });
  const lines = new Map<string, number>();
  yaml.split('\n').forEach((line, i) => {
    const key = /^([A-Za-z_$][\w$-]*)\s*:/.exec(line)?.[1];
    if (key && !lines.has(key)) lines.set(key, i + 2);
  });
  const bodyLine = match[0].split('\n').length;
  const body = text.slice(match[0].length);
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    return { data: undefined, lines, bodyLine, body, error: { line: line ? line + 1 : undefined, message: `the frontmatter is not valid YAML: ${first.message.split('\n')[0]}` } };
  }
  // Dates stay strings here; the schema checks they exist on the calendar.
  return { data: doc.toJS(), lines, bodyLine, body };
}
