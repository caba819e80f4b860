import type { LocalizedText } from '../i18n/localized-text.ts';

export interface ServiceAlert {
  text: LocalizedText;
  starts?: Date;
  expires: Date;
}

/** The end of an alert's last day, in UTC: an alert that "expires 2027-01-05" still shows that day. */
export const alertEnd = (alert: ServiceAlert) => alert.expires.getTime() + 86_400_000;

/**
 * Alerts to show on `today`: started, and not past the end of their expiry day. The build drops
 * the rest; pages carry the end time so an offline copy can hide an alert that has since expired.
 */
export function currentAlerts(alerts: readonly ServiceAlert[] | undefined, today: Date): ServiceAlert[] {
  return (alerts ?? []).filter((a) => (!a.starts || a.starts.getTime() <= today.getTime()) && alertEnd(a) > today.getTime());
}
