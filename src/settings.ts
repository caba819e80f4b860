import { z } from 'astro/zod';
import file from '../content/settings.json' with { type: 'json' };
import { ContentError, formatIssues } from './i18n/format-issues.ts';
import { COUNTRIES } from './places/countries.ts';
import { e164, plainEmail, slugId } from './schema/fields.ts';
import { citationSchema } from './sources/schema.ts';

export const settingsSchema = z
  .object({
    $comment: z.string().optional(),
    directory: z.object({ verificationMaxAgeDays: z.number().int().min(1) }).strict(),
    emergencyPage: z.object({ organizations: z.array(z.string()) }).strict(),
    /** maxAudioKilobytes: the largest recording (content/audio) the check accepts; readers pay for it on slow, expensive data. */
    limits: z.object({ maxFileKilobytes: z.number().int().min(10).max(5000), maxAudioKilobytes: z.number().int().min(50).max(20000) }).strict(),
    /** Where readers' "report a change" goes: Dalil's editors, never a third party. */
    editors: z.object({ email: plainEmail, whatsapp: e164.optional() }).strict(),
    /** Per country: services (ids) to call, beside the emergency numbers, for readers afraid of the police. */
    helpFirst: z.partialRecord(z.enum(COUNTRIES), z.array(slugId).min(1)),
    /**
     * Per country: the printable pocket card (src/pages/[lang]/print/). `services`: the ones most
     * used, at most five so the card stays one A6 page; `freeSource`: the page whose words the
     * card's "help is free" sentence repeats.
     */
    pocketCard: z.record(z.enum(COUNTRIES), z.strictObject({ services: z.array(slugId).min(1).max(5), freeSource: citationSchema })),
  })
  .strict();

const parsed = settingsSchema.safeParse(file);
if (!parsed.success) throw new ContentError(formatIssues('content/settings.json', parsed.error.issues));

/** Editorial settings from content/settings.json. */
export const SETTINGS = parsed.data;

/** The largest content file the check accepts, in bytes. */
export const MAX_FILE_BYTES = SETTINGS.limits.maxFileKilobytes * 1024;
