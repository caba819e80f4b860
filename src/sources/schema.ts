import { z } from 'astro/zod';
import { calendarDate, plainText, webUrl } from '../schema/fields.ts';

export const sourceSchema = z.strictObject({
  /** The file name of the document in the shared protection sources; what guides cite. */
  id: z.string().regex(/^[a-z0-9-]+\.txt$/, { error: 'use the source file name, e.g. "iom-approach-to-protection-2023.txt"' }),
  title: plainText.pipe(z.string().min(1)),
  publisher: plainText.pipe(z.string().min(1)),
  year: z.number().int().min(1950).max(2100).optional(),
  url: webUrl.optional(),
});

export const sourcesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  sources: z.array(sourceSchema).min(1),
});

export type Source = z.infer<typeof sourceSchema>;

/** A public citation written in place, for facts that the shared sources do not hold. */
export const citationSchema = z.strictObject({
  title: plainText.pipe(z.string().min(1, { error: 'a citation needs the title of the page or document' })),
  url: webUrl,
  publisher: plainText.optional(),
  /** The day someone opened the page and checked the facts taken from it. */
  accessed: calendarDate,
});

export type Citation = z.infer<typeof citationSchema>;
