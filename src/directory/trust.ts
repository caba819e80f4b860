import { SETTINGS } from '../settings.ts';
import type { ServiceData } from './schema.ts';

/**
 * The day the build speaks for. Alerts that have expired by then are dropped and "checked over
 * six months ago" is decided against it; DALIL_TODAY (YYYY-MM-DD) freezes it for tests.
 */
export function buildDay(): Date {
  const fixed = process.env.DALIL_TODAY;
  return fixed ? new Date(`${fixed}T12:00:00Z`) : new Date();
}

const DAY_MS = 86_400_000;

/** Verified longer ago than content/settings.json allows: readers are told to call before they go. */
export function isStale(service: Pick<ServiceData, 'assured_date'>, today = buildDay()): boolean {
  return (today.getTime() - service.assured_date.getTime()) / DAY_MS > SETTINGS.directory.verificationMaxAgeDays;
}

/** The threshold in whole months, as readers are told it. */
export const STALE_MONTHS = Math.max(1, Math.round(SETTINGS.directory.verificationMaxAgeDays / 30.44));
