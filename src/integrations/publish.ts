import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MEDIA_DIR } from '../checks/media.ts';

/**
 * What `astro build` adds to the pages it renders, so the output is the published site: the
 * editors' uploads (checked images only, by `npm run check`) at /media/.
 */
export function publish(): AstroIntegration {
  return {
    name: 'dalil:publish',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        if (existsSync(MEDIA_DIR)) cpSync(MEDIA_DIR, `${out}/media`, { recursive: true });
      },
    },
  };
}
