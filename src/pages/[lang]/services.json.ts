import type { APIRoute } from 'astro';
import { allServices } from '../../directory/directory.ts';
import { toHsds } from '../../directory/hsds.ts';
import { localeStaticPaths, localizedPath } from '../../i18n/routing.ts';

export const getStaticPaths = localeStaticPaths;

/** All services in one language: a plain array of HSDS 3.0 services (compiled/service.json). */
export const GET: APIRoute = ({ params, site }) => {
  const lang = String(params.lang);
  const services = toHsds(allServices(), lang, { pageUrl: (id) => new URL(localizedPath(lang, `directory/service/${id}`), site).href });
  return new Response(JSON.stringify(services, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
