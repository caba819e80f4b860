import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossaryFileSchema } from './glossary/schema.ts';
import { guideSchema } from './guides/schema.ts';
import { SOURCE_IDS } from './sources/sources.ts';
import { staticPageSchema } from './static-pages/schema.ts';

/**
 * Content lives outside `src/` so that editors and translators only ever open `content/`.
 * Entry ids are `<lang>/<slug>` (guides, pages) or `<lang>` (glossary).
 */
const guides = defineCollection({
  // DALIL_GUIDES_DIR points the benchmark at synthetic guides; readers' builds use content/guides.
  loader: glob({ pattern: '*/*.mdx', base: process.env.DALIL_GUIDES_DIR ?? './content/guides' }),
  schema: guideSchema(SOURCE_IDS),
});

const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/pages' }),
  schema: staticPageSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/glossary' }),
  schema: glossaryFileSchema,
});

export const collections = { guides, pages, glossary };
