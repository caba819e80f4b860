import { z } from 'astro/zod';
import { calendarDate, plainText } from '../schema/fields.ts';

/** Frontmatter of the site's own pages (`content/pages/<lang>/about.mdx`, `privacy.mdx`, …). */
export const staticPageSchema = z
  .object({
    title: plainText.pipe(z.string().min(3)),
    summary: plainText.pipe(z.string().min(10)),
    updated: calendarDate,
    reviewed: z.union([z.literal('draft'), calendarDate], { error: 'write a date (YYYY-MM-DD) or draft' }).meta({ decap: { pattern: ['^(draft|\\d{4}-\\d{2}-\\d{2})$', 'write draft, or the date (YYYY-MM-DD) a reviewer signed it off'] } }),
  })
  .strict();

/** The pages every language has, whose text lives in `content/pages/`. */
export const STATIC_PAGES = ['about', 'privacy', 'browsing-safely'] as const;
export type StaticPage = (typeof STATIC_PAGES)[number];
