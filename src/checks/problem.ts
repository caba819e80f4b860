/** One thing wrong (or worth a look) in the content, said so an editor can find and fix it. */
export interface Problem {
  level: 'error' | 'warning';
  /** Path from the project root, e.g. `content/guides/ar/voluntary-return.mdx`. */
  file: string;
  line?: number;
  /** The field, key or JSON path concerned, e.g. `summary` or `numbers.2.number`. */
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${p.level === 'error' ? 'error' : 'warning'}  ${where}${p.field ? `  ${p.field}:` : ''}  ${p.message}`;
}

/** Zod issues as problems, each naming its field path and, where `lineOf` knows it, its line. */
export function issuesToProblems(
  file: string,
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] }[],
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      const parent = issue.path.map(String).join('.');
      return issue.keys.map((key) => ({
        level: 'error',
        file,
        field: parent ? `${parent}.${key}` : key,
        line: lineOf([...issue.path, key]),
        message: 'unknown field: check its spelling against content/README.md, or remove it',
      }));
    }
    const field = issue.path.map(String).join('.') || undefined;
    return [{ level: 'error', file, field, line: lineOf(issue.path), message: issue.message }];
  });
}
