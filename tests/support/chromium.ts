import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the tests drive. Playwright's own browser download is not possible on every
 * machine (closed networks), so a system Chromium comes first:
 * CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser Playwright installed itself.
 */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here; fall through to the message.
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one and run the tests again:\n' +
      '  Debian/Ubuntu:  sudo apt-get install chromium\n' +
      '  or point CHROMIUM_PATH at a Chromium or Chrome binary\n' +
      '  or, where downloads are allowed: npx playwright install chromium',
  );
}

/** Flags for closed networks: Chromium's own background connections would only fail and slow tests. */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run'];
