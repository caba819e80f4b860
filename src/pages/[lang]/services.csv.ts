import type { APIRoute } from 'astro';
import { allServices } from '../../directory/directory.ts';
import { toCsv } from '../../directory/hsds.ts';
import { localeStaticPaths, localizedPath } from '../../i18n/routing.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const lang = String(params.lang);
  const csv = toCsv(allServices(), lang, (id) => new URL(localizedPath(lang, `directory/service/${id}`), site).href);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
