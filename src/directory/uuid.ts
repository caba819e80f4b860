import { createHash } from 'node:crypto';

/**
 * HSDS requires every `id` to be a UUID. Dalil's records have readable slug ids, so each UUID is
 * derived from one (UUID v5, RFC 4122: SHA-1 of a fixed namespace and the name `<kind>:<id>`),
 * and the same record keeps the same UUID from build to build and in every language.
 */
export const DALIL_NAMESPACE = 'ab93f934-83a8-42b0-99e6-3ac1241ffe48';

export function uuid(kind: string, id: string, namespace = DALIL_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(`${kind}:${id}`, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
