/**
 * The names of everything the site keeps on a phone, in one place: the service worker, the save
 * button, the offline list and the quick exit all read them from here.
 */
export const CACHE_PREFIX = 'dalil-';
/** Pages kept as they are read (the worker expires the oldest). */
export const pagesCache = (lang: string) => `${CACHE_PREFIX}${lang}-pages`;
/** Pages the reader chose to save (kept until removed). */
export const savedCache = (lang: string) => `${CACHE_PREFIX}${lang}-saved`;
/** The language's search files (Pagefind's index and code), saved with the first saved page. */
export const searchCache = (lang: string) => `${CACHE_PREFIX}${lang}-search`;
/** The list of one language's search files and their size, written by the build (src/build/search-index.ts). */
export const searchManifest = (lang: string) => `/pagefind/offline-${lang}.json`;
/** Scripts, styles and icons pages use. */
export const assetsCache = (lang: string) => `${CACHE_PREFIX}${lang}-assets`;
/** The moment a stored copy was fetched, so a reader offline sees how old it is. */
export const SAVED_AT_HEADER = 'x-dalil-saved-at';

/** A copy of `response` that records when it was stored. */
export async function stamped(response: Response, now = new Date()): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, now.toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/** When a stored copy was fetched: our stamp, else the server's Date header. */
export function savedAt(response: Response): Date | undefined {
  const value = response.headers.get(SAVED_AT_HEADER) ?? response.headers.get('date');
  const date = value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}
