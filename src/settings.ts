import { z } from 'astro/zod';
import file from '../content/settings.json' with { type: 'json' };
import { ContentError, formatIssues } from './i18n/format-issues.ts';

export const settingsSchema = z
  .object({
    $comment: z.string().optional(),
    directory: z.object({ verificationMaxAgeDays: z.number().int().min(1) }).strict(),
    emergencyPage: z.object({ organizations: z.array(z.string()) }).strict(),
    limits: z.object({ maxFileKilobytes: z.number().int().min(10).max(5000) }).strict(),
  })
  .strict();

const parsed = settingsSchema.safeParse(file);
if (!parsed.success) throw new ContentError(formatIssues('content/settings.json', parsed.error.issues));

/** Editorial settings from content/settings.json. */
export const SETTINGS = parsed.data;

/** The largest content file the check accepts, in bytes. */
export const MAX_FILE_BYTES = SETTINGS.limits.maxFileKilobytes * 1024;
