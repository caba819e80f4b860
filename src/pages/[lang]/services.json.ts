import type { APIRoute } from 'astro';
import { allServices } from '../../directory/directory.ts';
import { toHsds } from '../../directory/hsds.ts';
import { localeStaticPaths } from '../../i18n/routing.ts';

export const getStaticPaths = localeStaticPaths;

/** All services in one language: plain HSDS 3.0 service objects. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify({ language: params.lang, services: toHsds(allServices(), String(params.lang)) }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
