import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIO_DIR, AUDIO_FILE, audioKind, expectedKind, type AudioExtension } from '../audio/recordings.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { SETTINGS } from '../settings.ts';
import { listFiles } from './files.ts';
import type { Problem } from './problem.ts';

/** A guide as far as its recording is concerned. */
export interface GuideAudio {
  file: string;
  lang: string;
  audio?: string;
  line?: number;
  audioLanguage?: string;
}

function firstBytes(path: string, count = 16): Uint8Array {
  const buffer = Buffer.alloc(count);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, buffer, 0, count, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Recordings (content/audio/<lang>/<file>): each in a language folder, named so it can be an
 * address, of a type phones play, recognised by its first bytes as well as its name, and within
 * the size limit (content/settings.json, limits.maxAudioKilobytes); every recording a guide names
 * exists in that guide's language folder.
 */
export function checkAudio(root: string, guides: readonly GuideAudio[], maxKilobytes = SETTINGS.limits.maxAudioKilobytes): Problem[] {
  const problems: Problem[] = [];
  for (const file of listFiles(root, AUDIO_DIR, /./)) {
    const parts = file.slice(AUDIO_DIR.length + 1).split('/');
    const name = parts.at(-1) ?? '';
    const error = (message: string) => problems.push({ level: 'error', file, message });
    if (parts.length !== 2 || !LOCALE_CODES.includes(parts[0] ?? '')) {
      error(`recordings live at ${AUDIO_DIR}/<language>/<file> (languages: ${LOCALE_CODES.join(', ')}): move the file into its language folder`);
      continue;
    }
    if (!AUDIO_FILE.test(name)) {
      error('name a recording with lowercase letters, digits and hyphens, ending .opus, .ogg or .mp3 (e.g. voluntary-return.opus): rename the file, or export it as Opus or MP3');
      continue;
    }
    const size = statSync(join(root, file)).size;
    if (size > maxKilobytes * 1024) {
      error(`is ${Math.ceil(size / 1024)} KB, over the limit of ${maxKilobytes} KB (content/settings.json, limits.maxAudioKilobytes): readers pay for every byte, export it again at a lower bitrate (speech is clear at 24 kbit/s in Opus, 48 kbit/s mono in MP3) or split it`);
      continue;
    }
    const extension = name.split('.').pop() as AudioExtension;
    const kind = audioKind(firstBytes(join(root, file)));
    if (kind !== expectedKind(extension)) {
      error(`is not really a .${extension} recording (its first bytes say ${kind ? `it is ${kind === 'ogg' ? 'an Ogg' : 'an MP3'} file` : 'it is not audio'}): export the recording again as ${extension === 'mp3' ? 'MP3' : 'Opus'} and add that file`);
    }
  }
  const present = new Set(listFiles(root, AUDIO_DIR, /./));
  for (const guide of guides) {
    if (guide.audioLanguage && !guide.audio) {
      problems.push({ level: 'error', file: guide.file, field: 'audio_language', message: 'says which language the recording is in, but the guide names no recording: add audio, or remove audio_language' });
    }
    if (!guide.audio) continue;
    const expected = `${AUDIO_DIR}/${guide.lang}/${guide.audio}`;
    if (!present.has(expected)) {
      problems.push({ level: 'error', file: guide.file, line: guide.line, field: 'audio', message: `no recording ${expected}: add the file there (the folder of the guide's language), or fix the name` });
    }
  }
  // Nothing may be published from public/audio: recordings go to content/audio, where they are checked.
  for (const file of listFiles(root, 'public/audio', /./)) {
    problems.push({ level: 'error', file, message: `recordings belong in ${AUDIO_DIR}/<language>/, where they are checked: move the file there` });
  }
  return problems;
}
