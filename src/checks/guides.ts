import { guideSchema } from '../guides/schema.ts';
import { readMdxFiles, type MdxFile } from './mdx-files.ts';
import type { Problem } from './problem.ts';

export type GuideFile = MdxFile<ReturnType<ReturnType<typeof guideSchema>['parse']>>;

/** Guides: place, frontmatter, and related guides that exist in some language. */
export function checkGuides(root: string, sourceIds: readonly string[]): { problems: Problem[]; guides: GuideFile[] } {
  const dir = process.env.DALIL_GUIDES_DIR?.replace(/^\.\//, '') ?? 'content/guides';
  const { problems, files: guides } = readMdxFiles(root, dir, guideSchema(sourceIds));
  const slugs = new Set(guides.map((g) => g.slug));
  for (const g of guides) {
    for (const related of g.data?.related ?? []) {
      if (related === g.slug) problems.push({ level: 'error', file: g.file, field: 'related', message: 'a guide cannot be related to itself' });
      else if (!slugs.has(related)) problems.push({ level: 'error', file: g.file, field: 'related', message: `no guide "${related}" exists in any language: fix the name or remove it` });
    }
  }
  return { problems, guides };
}
