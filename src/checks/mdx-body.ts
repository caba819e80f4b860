import type { MdxFile } from './mdx-files.ts';
import type { Problem } from './problem.ts';

/**
 * Catches the MDX mistakes editors make most, with a line number, before a build would stop
 * on them with a stack trace: a component that does not exist, a glossary link to no term.
 */
export function checkMdxBody(file: MdxFile<unknown>, components: readonly string[], glossaryIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  file.body.split('\n').forEach((text, i) => {
    const line = file.bodyLine + i;
    for (const match of text.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) {
      const name = match[1] ?? '';
      if (!components.includes(name)) {
        problems.push({ level: 'error', file: file.file, line, field: `<${name}>`, message: `unknown component: use one of ${components.join(', ')} (see content/README.md)` });
      }
    }
    for (const match of text.matchAll(/<Term\s+id=["']([^"']*)["']/g)) {
      const id = match[1] ?? '';
      if (!glossaryIds.has(id)) {
        problems.push({ level: 'error', file: file.file, line, field: '<Term id>', message: `"${id}" is not a glossary id: use an id from content/glossary/en.json or add the term there` });
      }
    }
  });
  return problems;
}
