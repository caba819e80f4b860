import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Recordings of guides, read aloud by a person: `content/audio/<lang>/<file>`, named by a guide's
 * `audio:` field, checked by `npm run check` (src/checks/audio.ts) and published at
 * /audio/<lang>/<file>. DALIL_AUDIO_DIR points the test site at fixture recordings.
 */
export const AUDIO_DIR = process.env.DALIL_AUDIO_DIR?.replace(/^\.\//, '').replace(/\/$/, '') ?? 'content/audio';

/** What a guide's `audio:` may name: a plain file name (it becomes part of an address) of a type phones play. */
export const AUDIO_FILE = /^[a-z0-9]+(-[a-z0-9]+)*\.(opus|ogg|mp3)$/;

export const AUDIO_TYPES = { opus: 'audio/ogg', ogg: 'audio/ogg', mp3: 'audio/mpeg' } as const;
export type AudioExtension = keyof typeof AUDIO_TYPES;

/**
 * Which kind of file the first bytes say this is: Ogg (Opus or Vorbis) starts with "OggS"; MP3
 * with an ID3 tag or an MPEG audio frame (eleven set bits, 0xFFE). A file named .mp3 that holds a
 * web page is neither.
 */
export function audioKind(head: Uint8Array): 'ogg' | 'mp3' | undefined {
  const text = String.fromCharCode(...head.subarray(0, 4));
  if (text === 'OggS') return 'ogg';
  if (text.startsWith('ID3') || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
  return undefined;
}

export const expectedKind = (extension: AudioExtension) => (extension === 'mp3' ? 'mp3' : 'ogg');

export interface Recording {
  /** Its address, with a version from its content so phones and hosts never keep an old one. */
  url: string;
  bytes: number;
}

const cache = new Map<string, Recording>();

/** A guide's recording as pages link it; `lang` is the guide text's language. */
export function recording(lang: string, file: string, root = '.'): Recording {
  const path = join(root, AUDIO_DIR, lang, file);
  let found = cache.get(path);
  if (!found) {
    const bytes = readFileSync(path);
    found = { url: `/audio/${lang}/${file}?v=${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}`, bytes: bytes.length };
    cache.set(path, found);
  }
  return found;
}
