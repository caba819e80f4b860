/**
 * Where the quick-exit button sends a reader: a neutral, widely used page that raises no
 * suspicion if someone looks at the screen. Opened with no referrer.
 */
export const QUICK_EXIT_URL = 'https://www.bbc.com/weather';
