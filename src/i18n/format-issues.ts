import type { z } from 'astro/zod';

/**
 * Turns zod issues into one line each, `file: field: what is wrong`, so an editor who has never seen
 * a stack trace knows which file and which field to open.
 */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(whole file)';
    return `${file}: ${field}: ${issue.message}`;
  });
}

export class ContentError extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(`Content problem${lines.length > 1 ? 's' : ''}:\n  ${lines.join('\n  ')}`);
    this.name = 'ContentError';
    this.lines = lines;
  }
}
