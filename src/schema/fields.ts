import { z } from 'astro/zod';

/**
 * Field types shared by every content schema (guides, pages, services, sources, glossary, UI
 * strings, component props). Each pattern lives here once, so the checker, the build, the JSON
 * Schema and the web editor all refuse the same values with the same words.
 */

/**
 * Characters that change how text is shown without being seen: bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), directional marks (U+200E, U+200F, U+061C), zero-width
 * space and joiner (U+200B, U+200D), word joiner and invisible operators (U+2060–U+2064), and the
 * byte-order mark (U+FEFF). With them "‮91 ro 0091+‬" displays as "+1900 or 19". Dalil's pages set
 * direction with `dir` and `lang`, so content never needs them.
 *
 * U+200C (zero-width non-joiner) is allowed in prose only: Kurdish Sorani and Persian spelling
 * need it to keep letters of one word apart. It cannot reorder text. It is refused in names,
 * numbers, addresses, ids and URLs (`strictLine`).
 */
export const INVISIBLE_CONTROLS = /[\u061C\u200B\u200D-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const INVISIBLE_OR_ZWNJ = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

export function invisibleCharacter(text: string, { allowZwnj = true } = {}): string | undefined {
  const found = (allowZwnj ? INVISIBLE_CONTROLS : INVISIBLE_OR_ZWNJ).exec(text)?.[0];
  return found ? `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

const invisibleMessage = (code: string) =>
  `contains an invisible control character (${code}) that can change how the text is shown: retype the text without it (copying from a chat or PDF often brings it in)`;

/** Zod's words for a missing or mistyped text field, said for editors. */
const textError = (issue: { input?: unknown }) => (issue.input === undefined ? 'this field is required: add it' : 'write text here, in quotes if it contains a colon');

/** Prose: any visible text; ZWNJ allowed for Kurdish and Persian spelling. */
export const plainText = z
  .string({ error: textError })
  .trim()
  .superRefine((text, ctx) => {
    const code = invisibleCharacter(text);
    if (code) ctx.addIssue({ code: 'custom', message: invisibleMessage(code) });
  });

/** A name, address, label or other single line that readers must be able to trust as shown. */
export const strictLine = z
  .string({ error: textError })
  .trim()
  .superRefine((text, ctx) => {
    const code = invisibleCharacter(text, { allowZwnj: false });
    if (code) ctx.addIssue({ code: 'custom', message: invisibleMessage(code) });
    else if (/[\r\n]/.test(text)) ctx.addIssue({ code: 'custom', message: 'write this on one line' });
  });

/** International (E.164) form: `+` then up to 15 digits, no spaces. */
export const E164 = /^\+[1-9]\d{6,14}$/;
export const e164 = z.string().regex(E164, { error: 'write the phone in international form: + country code and number, no spaces (e.g. +212537652881)' });

/**
 * A number dialled exactly as written inside its country: emergency short codes (19, 911) and
 * national toll-free lines that have no international form (e.g. an 8-digit free hotline).
 */
export const SHORT_CODE = /^\d{2,8}$/;

/** Lowercase words joined by hyphens: ids and slugs that appear in addresses. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugId = z.string().regex(SLUG, { error: 'ids are lowercase words joined by hyphens, e.g. "iom-rabat-avrr"' });

/**
 * A plain email address. Anything after the address (`?bcc=…`, `?subject=…`, `%40`) is refused:
 * a mailto link built from it would copy a reader's message to someone else.
 */
export const EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
export const plainEmail = z.string().trim().regex(EMAIL, { error: 'write a plain email address (name@example.org), with nothing after it' });

/** A date written `YYYY-MM-DD` that exists on the calendar (2026-02-30 is refused, not rolled over). */
export const calendarDate = z
  .union([z.string(), z.date()], { error: 'write the date as YYYY-MM-DD' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
    if (!date || date.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a real date: write it as YYYY-MM-DD, e.g. 2026-11-23` });
      return z.NEVER;
    }
    return date;
  })
  .meta({ decap: { widget: 'date' } });

/** The kinds of address a link in content may have. */
export type UrlKind = 'web' | 'tel' | 'sms' | 'mailto' | 'path' | 'fragment';

/** Which kind an address is, or why it is refused. http: is allowed but reported as a warning by the checker. */
export function classifyUrl(value: string): { kind: UrlKind } | { error: string } {
  const url = value.trim();
  if (url !== value || /[\s\u0000-\u001F\u007F]/.test(url)) return { error: 'remove spaces and line breaks from the address' };
  const code = invisibleCharacter(url, { allowZwnj: false });
  if (code) return { error: invisibleMessage(code) };
  if (url.startsWith('#')) return /^#[\w-]+$/u.test(url) ? { kind: 'fragment' } : { error: 'an anchor is # followed by an id' };
  if (url.startsWith('/')) {
    if (url.startsWith('//') || url.includes('\\')) return { error: 'a link to this site starts with one "/" (e.g. /en/guides/voluntary-return/); for another site write https://…' };
    return { kind: 'path' };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'https':
    case 'http': {
      try {
        const parsed = new URL(url);
        if (parsed.username || parsed.password) return { error: 'an address must not carry a user name or password' };
        if (!parsed.hostname.includes('.')) return { error: 'write the full address of the site, e.g. https://www.unhcr.org/…' };
        return { kind: 'web' };
      } catch {
        return { error: 'not a valid web address' };
      }
    }
    case 'tel':
    case 'sms': {
      const number = url.slice(scheme.length + 1);
      return E164.test(number) || SHORT_CODE.test(number) ? { kind: scheme } : { error: `write ${scheme}: then the number in international form (e.g. ${scheme}:+212537652881) or a short code (${scheme}:19)` };
    }
    case 'mailto':
      return EMAIL.test(url.slice(7)) ? { kind: 'mailto' } : { error: 'write mailto: then one plain address, with nothing after it (no ?subject, ?cc or ?bcc)' };
    case undefined:
      return { error: 'write the full address with https://, or a link to this site starting with /' };
    default:
      return { error: `"${scheme}:" addresses are not allowed: use https://, tel:, sms:, mailto: or a link to this site starting with /` };
  }
}

/** Schema for an address of one of `kinds`; messages say which kinds this field takes. */
export function urlField(kinds: readonly UrlKind[], hint = 'write the full address, starting with https://') {
  return z.string().superRefine((value, ctx) => {
    const result = classifyUrl(value);
    if ('error' in result) ctx.addIssue({ code: 'custom', message: `"${value}": ${result.error}` });
    else if (!kinds.includes(result.kind)) ctx.addIssue({ code: 'custom', message: `"${value}": ${hint}` });
  });
}

/** A page on the web (a service's site, a citation): https: or http:. */
export const webUrl = urlField(['web']).meta({ decap: { pattern: ['^https?://[^\\s/]+\\.[^\\s]+$', 'write the full address, starting with https://'] } });

/** Markdown links in guides: the web, phone, text message, plain email, or a page of this site. */
export const LINK_KINDS: readonly UrlKind[] = ['web', 'tel', 'sms', 'mailto', 'path', 'fragment'];
