import { cpSync, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AUDIO_DIR, AUDIO_FILE } from '../audio/recordings.ts';
import { MEDIA_DIR } from '../checks/media.ts';

/**
 * What `astro build` adds to the pages it renders, so the output is the published site: the
 * editors' uploads (checked images only, by `npm run check`) at /media/, and the guides'
 * recordings (checked by the same check) at /audio/<lang>/.
 */
export function publish(): AstroIntegration {
  return {
    name: 'dalil:publish',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        if (existsSync(MEDIA_DIR)) cpSync(MEDIA_DIR, `${out}/media`, { recursive: true });
        // Only what could be a recording is copied, whatever else lies in the folder.
        if (existsSync(AUDIO_DIR)) cpSync(AUDIO_DIR, `${out}/audio`, { recursive: true, filter: (src) => statSync(src).isDirectory() || AUDIO_FILE.test(basename(src)) });
      },
    },
  };
}
