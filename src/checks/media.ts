import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files.ts';
import type { Problem } from './problem.ts';

/** Where the web editor puts uploads; the build publishes them at /media/. */
export const MEDIA_DIR = 'content/media';
export const MEDIA_MAX_BYTES = 1024 * 1024;

/**
 * Uploads may only be images, recognised by their first bytes as well as their name: a file named
 * .png that holds HTML or script is refused. SVG is not accepted, because an SVG file can carry
 * script.
 */
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  webp: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  avif: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]$/.test(b.subarray(8, 12).toString('latin1')),
};
export const MEDIA_EXTENSIONS = Object.keys(SIGNATURES);

export function checkMedia(root: string): Problem[] {
  const problems: Problem[] = [];
  for (const file of listFiles(root, MEDIA_DIR, /./)) {
    const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
    const sniff = SIGNATURES[extension];
    if (!sniff) {
      problems.push({ level: 'error', file, message: `only images can be uploaded (${MEDIA_EXTENSIONS.join(', ')}): remove this file` });
      continue;
    }
    if (statSync(join(root, file)).size > MEDIA_MAX_BYTES) {
      problems.push({ level: 'error', file, message: `is over ${MEDIA_MAX_BYTES / 1024} KB: readers pay for every byte, make the image smaller` });
      continue;
    }
    const head = Buffer.alloc(16);
    const bytes = readFileSync(join(root, file));
    bytes.copy(head, 0, 0, 16);
    if (!sniff(head)) problems.push({ level: 'error', file, message: `is not really a .${extension} image (its content says otherwise): export the image again and upload that` });
  }
  // Nothing may be published from public/media: uploads go to content/media, where they are checked.
  for (const file of listFiles(root, 'public/media', /./)) {
    problems.push({ level: 'error', file, message: `uploads belong in ${MEDIA_DIR}/, where they are checked: move the file there` });
  }
  return problems;
}
