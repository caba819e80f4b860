import { z } from 'astro/zod';
import { calendarDate } from '../guides/schema.ts';
import { localizedText } from '../i18n/localized-text.ts';
import { COUNTRIES } from '../places/countries.ts';
import { citationSchema } from '../sources/schema.ts';

/** International (E.164) form: `+` then up to 15 digits, no spaces. */
export const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, { error: 'write the phone in international form: + country code and number, no spaces (e.g. +212537652881)' });

export const emergencyFileSchema = z.object({
  $comment: z.string().optional(),
  numbers: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      country: z.enum(COUNTRIES),
      /** A short national number dialled as is (`19`, `911`). */
      number: z.string().regex(/^\d{2,5}$/, { error: 'a national emergency number is 2 to 5 digits, dialled as is' }),
      label: localizedText,
      description: localizedText.optional(),
      sources: z.array(citationSchema).min(1, { error: 'cite the public page the number comes from' }),
      checked: calendarDate,
    }).strict(),
  ),
  organisations: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      country: z.enum(COUNTRIES),
      name: localizedText,
      phone: e164.optional(),
      email: z.email().optional(),
      website: z.url().optional(),
      address: z.string().optional(),
      source: z.string().min(1),
      checked: calendarDate,
    }).strict(),
  ),
});

export type EmergencyFile = z.infer<typeof emergencyFileSchema>;
export type EmergencyNumber = EmergencyFile['numbers'][number];
export type EmergencyOrganisation = EmergencyFile['organisations'][number];
