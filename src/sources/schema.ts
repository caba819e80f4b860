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

/** One of the shared documents (content/sources.json), cited by its id: `- document: iom-….txt`. */
export const documentRefSchema = z.strictObject({
  document: z.string().regex(/^[a-z0-9-]+\.txt$/, { error: 'write the id of a document in content/sources.json, e.g. iom-approach-to-protection-2023.txt' }),
});

/**
 * Where a fact comes from: a shared document, or a public page with the day it was checked.
 * Always an object (never a bare id), so the staff editor can show and save every list of sources.
 */
export const sourceRefSchema = z.union([documentRefSchema, citationSchema], {
  error: 'cite a shared document as "document: <id from content/sources.json>", or a public page with title, url and accessed',
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** The address or id a source is known by, for exports and lists. */
export const sourceKey = (source: SourceRef): string => ('document' in source ? source.document : source.url);
