import type { APIRoute } from 'astro';
import { allServices } from '../directory/directory.ts';
import { toHsdsAllLanguages } from '../directory/hsds.ts';
import { localizedPath } from '../i18n/routing.ts';

/**
 * All services in every language, Dalil's profile of HSDS 3.0: one list of HSDS services per
 * language, the same ids in each. The file names the schema it validates against.
 */
export const PROFILE_SCHEMA = '/schemas/dalil-hsds-profile.schema.json';

export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(
      {
        $schema: new URL(PROFILE_SCHEMA, site).href,
        profile: new URL(PROFILE_SCHEMA, site).href,
        hsds_version: '3.0',
        languages: toHsdsAllLanguages(allServices(), { pageUrl: (id) => new URL(localizedPath('en', `directory/service/${id}`), site).href }),
      },
      null,
      1,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
