import type { APIRoute } from 'astro';
import { getLocale } from '../../i18n/locales.ts';
import { localeStaticPaths, localizedPath } from '../../i18n/routing.ts';
import { useTranslations } from '../../i18n/ui.ts';

export const getStaticPaths = localeStaticPaths;

/** One manifest per language, so a saved home-screen icon opens in the reader's language and direction. */
export const GET: APIRoute = ({ params }) => {
  const locale = getLocale(String(params.lang));
  const t = useTranslations(locale.code);
  const manifest = {
    name: t('site.name'),
    short_name: t('site.name'),
    description: t('site.tagline'),
    lang: locale.code,
    dir: locale.dir,
    start_url: localizedPath(locale.code),
    scope: localizedPath(locale.code),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5268',
    icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
