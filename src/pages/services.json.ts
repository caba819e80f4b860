import type { APIRoute } from 'astro';
import { allServices } from '../directory/directory.ts';
import { toHsds } from '../directory/hsds.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';

/** All services, all languages: HSDS 3.0 service objects with per-language text (Dalil profile). */
export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(
      {
        profile: new URL('/schemas/services.schema.json', site).href,
        languages: LOCALE_CODES,
        generated: new Date().toISOString().slice(0, 10),
        services: toHsds(allServices()),
      },
      null,
      1,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
