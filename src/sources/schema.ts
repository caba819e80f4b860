import { z } from 'astro/zod';

export const sourceSchema = z.object({
  /** The file name of the document in the shared protection sources; what guides cite. */
  id: z.string().regex(/^[a-z0-9-]+\.txt$/, { error: 'use the source file name, e.g. "iom-approach-to-protection-2023.txt"' }),
  title: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int().min(1950).max(2100).optional(),
  url: z.url().optional(),
});

export const sourcesFileSchema = z.object({
  $comment: z.string().optional(),
  sources: z.array(sourceSchema).min(1),
});

export type Source = z.infer<typeof sourceSchema>;

/** A public citation written in place, for facts that the shared sources do not hold. */
export const citationSchema = z.object({
  title: z.string().min(1, { error: 'a citation needs the title of the page or document' }),
  url: z.url({ error: 'a citation needs the full address (https://…) of the page' }),
  publisher: z.string().optional(),
  accessed: z.coerce.date({ error: 'write the date you checked the page as YYYY-MM-DD' }),
});

export type Citation = z.infer<typeof citationSchema>;
