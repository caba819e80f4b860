import { z } from 'astro/zod';
import { COUNTRIES } from '../places/countries.ts';
import { AUDIO_FILE } from '../audio/recordings.ts';
import { calendarDate, plainText, SLUG } from '../schema/fields.ts';
import { sourceRefSchema } from '../sources/schema.ts';
import { plainLanguageException } from './plain-language.ts';
import { TOPICS } from './topics.ts';

/**
 * Frontmatter of a guidance note (`content/guides/<lang>/<slug>.mdx`).
 * `knownSources` are the ids a guide may cite by name (from `content/sources.json`).
 */
export function guideSchema(knownSources: readonly string[]) {
  return z.object({
    /** The heading readers see; a question or a plain statement. */
    title: plainText.pipe(z.string().min(3, { error: 'give the guide a title' }).max(120, { error: 'keep the title under 120 characters' })),
    /** One plain sentence: what the reader will learn or can do. */
    summary: plainText
      .pipe(z.string().min(10, { error: 'write one plain sentence that says what the guide is for' }).max(240, { error: 'keep the summary to one short sentence (under 240 characters)' }))
      .refine((s) => !/[.!?؟。]\s+\S/.test(s), { error: 'the summary must be one sentence: move the rest into the guide' }),
    /** One of the fixed topics in `src/guides/topics.ts`. */
    topic: z.enum(TOPICS, { error: `use one of: ${TOPICS.join(', ')}` }),
    /** Where the guidance applies: `[MA]`, `[IQ]`, `[MA, IQ]` or `[all]`. */
    countries: z
      .array(z.enum([...COUNTRIES, 'all'], { error: `use ${COUNTRIES.join(', ')} or all` }))
      .min(1, { error: 'list at least one country, or [all]' }),
    /** When the text last changed. */
    updated: calendarDate,
    /** When a specialist last checked it, or `draft` until someone has. */
    reviewed: z.union([z.literal('draft'), calendarDate], { error: 'write a date (YYYY-MM-DD) or draft' }).meta({ decap: { pattern: ['^(draft|\\d{4}-\\d{2}-\\d{2})$', 'write draft, or the date (YYYY-MM-DD) a reviewer signed it off'] } }),
    /** What the facts come from: ids from `content/sources.json`, or a public citation. */
    sources: z
      .array(
        sourceRefSchema.refine((s) => !('document' in s) || knownSources.includes(s.document), {
          error: (issue) => `"${String((issue.input as { document?: string }).document)}" is not in content/sources.json (known: ${knownSources.join(', ')})`,
        }),
      )
      .min(1, { error: 'cite at least one source' }),
    /** Slugs of other guides to suggest at the end. */
    related: z.array(z.string().regex(SLUG, { error: 'use the other guide\'s file name without .mdx' })).default([]),
    /** Set when a translation was drafted with machine translation; readers are told until it is reviewed. */
    machine_translated: z.boolean().default(false),
    /** Words or sentences kept on purpose although the plain-language check warns, each with why. */
    plain_language_exceptions: z.array(plainLanguageException).optional(),
    /** A recording of this guide read by a person: a file in `content/audio/<this guide's language>/`. */
    audio: z
      .string({ error: 'write the file name of the recording, e.g. voluntary-return.opus' })
      .regex(AUDIO_FILE, { error: 'write only the file name of a recording in content/audio/<language>/, e.g. voluntary-return.opus: lowercase letters, digits and hyphens, ending .opus, .ogg or .mp3' })
      .optional(),
    /**
     * The language spoken in the recording, where it is not the guide's own (a Wolof recording of a
     * French guide): readers are told before they press play.
     */
    audio_language: z
      .string()
      .regex(/^[a-z]{2,3}$/, { error: 'write the language spoken in the recording as its two- or three-letter code: ff (Pular, Fula), bm (Bambara), wo (Wolof), kmr (Kurmanji)' })
      .optional(),
    /** Position within its topic; lower comes first. */
    order: z.number().int().min(0).default(100),
  }).strict();
}

export type GuideData = z.infer<ReturnType<typeof guideSchema>>;
