import { z } from 'astro/zod';
import { localizedText } from '../i18n/localized-text.ts';
import { COUNTRIES } from '../places/countries.ts';
import { sourceRefSchema } from '../sources/schema.ts';
import { calendarDate, e164, SHORT_CODE, plainEmail, slugId as id, strictLine, webUrl } from '../schema/fields.ts';
import { CATEGORIES } from './categories.ts';
import { DAYS, minutes } from './hours.ts';

/**
 * One organisation, its locations and its services: `content/services/<organisation>.json`.
 * Field names follow Open Referral HSDS 3.0 where they fit (organization, service, location,
 * phone, schedule, service_at_location via `location_ids`, `assured_date` for "last verified").
 * Dalil's profile of HSDS: translatable text is a per-language map; addresses are written as
 * people write them locally (no postal code required); phones add `whatsapp` and national
 * emergency short codes. See content/README.md.
 */

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'write the time as HH:MM, 00:00 to 24:00' });

export const openingPeriodSchema = z
  .object({
    days: z.array(z.enum(DAYS, { error: `days are ${DAYS.join(', ')}` })).min(1),
    opens: time,
    closes: time,
  })
  .strict()
  .refine((p) => minutes(p.closes) > minutes(p.opens), { error: 'closes must be after opens on the same day (split overnight hours into two periods)', path: ['closes'] });

export const scheduleSchema = z
  .object({
    /** IANA time zone where the hours apply, e.g. Africa/Casablanca. */
    timezone: z.string().refine(
      (tz) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      },
      { error: 'not a time zone: use an IANA name such as "Africa/Casablanca" or "Asia/Baghdad"' },
    ),
    always_open: z.boolean().optional(),
    hours: z.array(openingPeriodSchema).optional(),
    note: localizedText.optional(),
  })
  .strict()
  .refine((s) => s.always_open || (s.hours?.length ?? 0) > 0, { error: 'give opening hours, or "always_open": true' });

export const phoneSchema = z
  .object({
    number: z.string().meta({ decap: { pattern: ['^(\\+[1-9]\\d{6,14}|\\d{2,8})$', '+ country code and number, no spaces (or a short code or national free line dialled as written)'] } }),
    /** How to use it: call, WhatsApp or text message. */
    type: z.enum(['voice', 'whatsapp', 'sms']).default('voice'),
    /** Dialled as written inside the country instead of in E.164 form: emergency short codes (19, 177, 911) and national free lines that have no international form. */
    short_code: z.boolean().optional(),
    description: localizedText.optional(),
  })
  .strict()
  .superRefine((phone, ctx) => {
    const ok = phone.short_code ? SHORT_CODE.test(phone.number) : e164.safeParse(phone.number).success;
    if (!ok) {
      ctx.addIssue({
        code: 'custom',
        path: ['number'],
        message: phone.short_code
          ? 'a number dialled as written (short code or national free line) is 2 to 8 digits, no spaces'
          : `"${phone.number}" is not in E.164 form: write + country code and number without spaces or leading 0 (e.g. +212537652881)`,
      });
    }
  });

const source = sourceRefSchema;

/** A temporary notice on a service, from `starts` (default: now) until the end of `expires`. */
export const alertSchema = z
  .object({
    text: localizedText,
    starts: calendarDate.optional(),
    expires: calendarDate,
  })
  .strict()
  .refine((a) => !a.starts || a.starts.getTime() <= a.expires.getTime(), { error: 'expires must be on or after starts', path: ['expires'] });

export const locationSchema = z
  .object({
    id,
    name: localizedText.optional(),
    /** physical: a place to go; virtual: a phone line or service with no address to visit. */
    location_type: z.enum(['physical', 'virtual']).default('physical'),
    country: z.enum(COUNTRIES),
    /** A city id from content/places.json; not needed for national lines. */
    city: id.optional(),
    /** The address as written locally. */
    address: strictLine.pipe(z.string().min(3, { error: 'write the address as people write it locally' })).optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    accessibility: localizedText.optional(),
  })
  .strict()
  .refine((l) => (l.latitude === undefined) === (l.longitude === undefined), { error: 'give both latitude and longitude, or neither', path: ['longitude'] })
  .refine((l) => l.location_type === 'virtual' || l.city, { error: 'a physical location needs a city id from content/places.json', path: ['city'] });

export const serviceSchema = z
  .object({
    id,
    name: localizedText,
    description: localizedText,
    categories: z.array(z.enum(CATEGORIES, { error: `unknown category: use one of ${CATEGORIES.join(', ')}` })).min(1, { error: 'give at least one category' }),
    status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']).default('active'),
    /** Where the service is delivered (HSDS service_at_location): ids of this file's locations. */
    location_ids: z.array(id).default([]),
    phones: z.array(phoneSchema).default([]),
    email: plainEmail.optional(),
    url: webUrl.optional(),
    schedule: scheduleSchema.optional(),
    /** Languages spoken, as language codes (ar, fr, en, es, ckb, ber, …). */
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/, { error: 'use a 2–3 letter language code' })).default([]),
    /** Who may use it. */
    eligibility: localizedText.optional(),
    cost: z.enum(['free', 'paid', 'unknown']).default('unknown'),
    cost_description: localizedText.optional(),
    /** How to reach it: walk in, by appointment, by phone, or by referral from IOM or a partner. */
    access: z.array(z.enum(['walk-in', 'appointment', 'phone', 'referral'])).min(1, { error: 'say how people reach the service' }),
    /** How to apply or get seen, step by step as the source says (HSDS application_process). */
    application_process: localizedText.optional(),
    /** Whether someone must refer you (IOM, a partner, UNHCR) before the service sees you. */
    referral_required: z.boolean().optional(),
    /** What to bring (HSDS required_document), one item each. */
    required_documents: z.array(localizedText).optional(),
    /** Interpreters or languages on request (HSDS interpretation_services). */
    interpretation: localizedText.optional(),
    /** How to complain about the service, and to whom. */
    complaints: localizedText.optional(),
    /** Temporary notices ("closed until…", "new number from…"), shown until they expire (HSDS alert). */
    alerts: z.array(alertSchema).default([]),
    /** Shown among the emergency numbers in every page footer and on the emergency page. */
    emergency: z.boolean().optional(),
    sources: z.array(source).min(1, { error: 'cite where these details come from' }),
    /** When someone last checked these details against the source (HSDS assured_date). */
    assured_date: calendarDate,
  })
  .strict();

export const organizationSchema = z
  .object({
    id,
    name: localizedText,
    description: localizedText.optional(),
    email: plainEmail.optional(),
    website: webUrl.optional(),
    /** How to reach an organisation that publishes no contact of its own (e.g. through IOM). */
    referral_note: localizedText.optional(),
    sources: z.array(source).min(1),
    assured_date: calendarDate,
  })
  .strict();

export const serviceFileSchema = z
  .object({
    $schema: z.string().optional(),
    organization: organizationSchema,
    locations: z.array(locationSchema).default([]),
    services: z.array(serviceSchema).default([]),
  })
  .strict()
  .superRefine((file, ctx) => {
    const locationIds = file.locations.map((l) => l.id);
    file.services.forEach((s, i) =>
      s.location_ids.forEach((lid, j) => {
        if (!locationIds.includes(lid)) {
          ctx.addIssue({ code: 'custom', path: ['services', i, 'location_ids', j], message: `no location "${lid}" in this file (known: ${locationIds.join(', ') || 'none'})` });
        }
      }),
    );
  });

export type ServiceFile = z.infer<typeof serviceFileSchema>;
export type ServiceData = ServiceFile['services'][number];
export type LocationData = ServiceFile['locations'][number];
export type OrganizationData = ServiceFile['organization'];

export const placesFileSchema = z
  .object({
    $comment: z.string().optional(),
    countries: z.array(z.object({ code: z.enum(COUNTRIES), timezone: z.string() }).strict()),
    cities: z.array(z.object({ id, country: z.enum(COUNTRIES), region: z.string().optional(), name: localizedText }).strict()),
  })
  .strict();
